// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/NotebookStaging.h"

#include "services/git/Repository.h"
#include "services/notebook/Notebook.h"
#include "services/project/NotebookCleaner.h"
#include "services/project/StripSettings.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <string>
#include <vector>

namespace slipway {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::NotebookStaging)
};

std::string cellId(const json::Value& cell)
{
    const json::Value* id = cell.find("id");
    return id && id->isString() ? id->string() : std::string();
}

std::string cellSource(const json::Value& cell)
{
    const json::Value* source = cell.find("source");
    if (!source)
        return {};
    if (source->isString())
        return source->string();
    std::string text;
    if (source->isArray())
        for (const json::Value& line : source->array())
            if (line.isString())
                text += line.string();
    return text;
}

double similarity(const std::string& a, const std::string& b)
{
    if (a.empty() && b.empty())
        return 1.0;
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    return double(prefix + suffix) / double(std::max(a.size(), b.size()));
}

// For each work-tree cell, the staged cell it is a version of (-1: a new cell). With kept ids, the ids say;
// otherwise (the filter renumbers ids) the sources do: cells with the same source anchor the alignment (a
// longest common subsequence), and between anchors each cell pairs with the most similar one left.
QList<qsizetype> alignCells(const json::Value::Array& staged, const json::Value::Array& work, bool byId)
{
    QList<qsizetype> match(qsizetype(work.size()), -1);
    if (byId) {
        for (size_t w = 0; w < work.size(); ++w)
            for (size_t s = 0; s < staged.size(); ++s)
                if (!cellId(work[w]).empty() && cellId(work[w]) == cellId(staged[s]))
                    match[qsizetype(w)] = qsizetype(s);
        return match;
    }
    const size_t n = staged.size();
    const size_t m = work.size();
    std::vector<std::string> a(n), b(m);
    for (size_t i = 0; i < n; ++i)
        a[i] = cellSource(staged[i]);
    for (size_t j = 0; j < m; ++j)
        b[j] = cellSource(work[j]);
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::vector<std::pair<size_t, size_t>> anchors;
    for (size_t i = 0, j = 0; i < n && j < m;) {
        if (a[i] == b[j]) {
            anchors.emplace_back(i, j);
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    anchors.emplace_back(n, m);
    size_t si = 0;
    size_t wj = 0;
    for (const auto& [ai, aj] : anchors) {
        // The segment staged[si, ai) against work[wj, aj): most similar first.
        std::vector<bool> taken(ai - si, false);
        for (size_t j = wj; j < aj; ++j) {
            double best = 0.3;
            size_t bestIndex = ai;
            for (size_t i = si; i < ai; ++i)
                if (!taken[i - si] && similarity(a[i], b[j]) > best) {
                    best = similarity(a[i], b[j]);
                    bestIndex = i;
                }
            if (bestIndex == ai && (ai - si) == (aj - wj) && !taken[j - wj])
                bestIndex = si + (j - wj); // rewritten beyond recognition, but in its place
            if (bestIndex < ai) {
                taken[bestIndex - si] = true;
                match[qsizetype(j)] = qsizetype(bestIndex);
            }
        }
        if (ai < n)
            match[qsizetype(aj)] = qsizetype(ai);
        si = ai + 1;
        wj = aj + 1;
    }
    return match;
}

} // namespace

namespace {

// Both sides of a notebook's unstaged change: the work tree as the filter cleans it, and the index.
struct Sides
{
    std::unique_ptr<git::Repository> repo;
    QString file;
    notebook::StripOptions options;
    QByteArray cleaned;
    std::optional<notebook::Notebook> work;
    std::optional<notebook::Notebook> index; // empty when the notebook is not staged yet
};

Result<Sides> readSides(const QString& repositoryRoot, const QString& path, const QString& operation)
{
    auto repo = git::Repository::open(repositoryRoot);
    if (!repo)
        return std::unexpected(repo.error().toError());
    Sides s;
    s.repo = std::make_unique<git::Repository>(std::move(*repo));
    s.file = QDir(s.repo->workdir()).filePath(path);
    auto options = stripOptionsFor(s.file);
    if (!options)
        return std::unexpected(options.error());
    s.options = *options;
    auto raw = notebook::readNotebookBytes(s.file);
    if (!raw)
        return std::unexpected(raw.error());
    auto cleaned = cleanNotebook(s.options, s.file, *raw);
    if (!cleaned)
        return std::unexpected(cleaned.error());
    s.cleaned = *cleaned;
    auto work = notebook::parseNotebook(s.cleaned, s.file);
    if (!work)
        return std::unexpected(work.error());
    s.work = std::move(*work);
    auto staged = s.repo->indexContent(path);
    if (!staged)
        return std::unexpected(staged.error().toError());
    if (*staged) {
        auto index = notebook::parseNotebook(**staged, path + Text::tr(" (staged)"));
        if (!index)
            return std::unexpected(index.error());
        s.index = std::move(*index);
    }
    if (s.work->cellLists().size() != 1 || (s.index && s.index->cellLists().size() != 1))
        return fail(operation, s.file, Text::tr("cell staging needs an nbformat 4 notebook"));
    return s;
}

} // namespace

Result<QList<CellChange>> notebookCellChanges(const QString& repositoryRoot, const QString& path)
{
    auto sides = readSides(repositoryRoot, path, Text::tr("compare cells of %1").arg(path));
    if (!sides)
        return std::unexpected(sides.error());
    const json::Value::Array& workCells = *sides->work->cellLists().front();
    const json::Value::Array empty;
    const json::Value::Array& indexCells = sides->index ? *sides->index->cellLists().front() : empty;
    const QList<qsizetype> match = alignCells(indexCells, workCells, sides->options.keepId);
    QList<CellChange> changes;
    for (size_t i = 0; i < workCells.size(); ++i) {
        CellChange c;
        c.index = int(i);
        const json::Value* type = workCells[i].find("cell_type");
        c.cellType = type && type->isString() ? QString::fromStdString(type->string()) : QString();
        const QString source = QString::fromStdString(cellSource(workCells[i]));
        c.firstLine = source.section(u'\n', 0, 0);
        if (match[qsizetype(i)] < 0)
            c.state = CellChange::State::New;
        else
            c.state =
                workCells[i].find("source") && indexCells[size_t(match[qsizetype(i)])].find("source") &&
                        cellSource(workCells[i]) == cellSource(indexCells[size_t(match[qsizetype(i)])]) &&
                        workCells[i].find("cell_type") &&
                        *workCells[i].find("cell_type") ==
                            *indexCells[size_t(match[qsizetype(i)])].find("cell_type")
                    ? CellChange::State::Same
                    : CellChange::State::Changed;
        changes.append(std::move(c));
    }
    return changes;
}

Result<void> stageNotebookCells(const QString& repositoryRoot, const QString& path, const QList<int>& cells)
{
    const QString operation = Text::tr("stage cells of %1").arg(path);
    auto sides = readSides(repositoryRoot, path, operation);
    if (!sides)
        return std::unexpected(sides.error());
    git::Repository* repo = sides->repo.get();
    const QString file = sides->file;
    const notebook::StripOptions* options = &sides->options;
    if (!sides->index) { // a new notebook: the cleaned file is its first version
        auto written = repo->setIndexContent(path, sides->cleaned);
        return written ? Result<void>() : std::unexpected(written.error().toError());
    }
    notebook::Notebook* index = &*sides->index;
    json::Value::Array& workCells = *sides->work->cellLists().front();
    json::Value::Array& indexCells = *index->cellLists().front();
    const QList<qsizetype> match = alignCells(indexCells, workCells, options->keepId);

    QList<int> chosen = cells;
    std::ranges::sort(chosen);
    // Replacements first (positions stay valid), then insertions from the last one back.
    QList<int> inserted;
    for (int i : std::as_const(chosen)) {
        if (i < 0 || i >= int(workCells.size()))
            return fail(operation, file, Text::tr("there is no cell %1").arg(i + 1));
        const json::Value& cell = workCells[size_t(i)];
        if (match[i] < 0) {
            inserted.append(i);
            continue;
        }
        json::Value& stagedCell = indexCells[size_t(match[i])];
        if (const json::Value* source = cell.find("source"))
            stagedCell.set("source", *source);
        if (const json::Value* type = cell.find("cell_type"))
            stagedCell.set("cell_type", *type);
    }
    for (qsizetype k = inserted.size(); k-- > 0;) {
        const int i = inserted[k];
        qsizetype after = -1; // after the staged cell that matches the nearest matched cell before it
        for (int p = i - 1; p >= 0 && after < 0; --p)
            after = match[p];
        json::Value cell = workCells[size_t(i)];
        if (!options->keepId && cell.contains("id")) // renumbered below; until then it must not collide
            cell.set("id", json::Value(std::string("slipway-new-") + std::to_string(i)));
        indexCells.insert(indexCells.begin() + (after + 1), std::move(cell));
    }
    auto bytes = notebook::serializeNotebook(*index);
    if (!bytes)
        return std::unexpected(bytes.error());
    // What the filter makes of the composed notebook is what git would store for it.
    auto stored = cleanNotebook(*options, file, *bytes);
    if (!stored)
        return std::unexpected(stored.error());
    auto written = repo->setIndexContent(path, *stored);
    return written ? Result<void>() : std::unexpected(written.error().toError());
}

} // namespace slipway
