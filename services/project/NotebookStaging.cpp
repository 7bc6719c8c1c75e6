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

Result<void> stageNotebookCells(const QString& repositoryRoot, const QString& path, const QList<int>& cells)
{
    const QString operation = Text::tr("stage cells of %1").arg(path);
    auto repo = git::Repository::open(repositoryRoot);
    if (!repo)
        return std::unexpected(repo.error().toError());
    const QString file = QDir(repo->workdir()).filePath(path);

    auto options = stripOptionsFor(file);
    if (!options)
        return std::unexpected(options.error());
    auto raw = notebook::readNotebookBytes(file);
    if (!raw)
        return std::unexpected(raw.error());
    auto cleaned = cleanNotebook(*options, file, *raw);
    if (!cleaned)
        return std::unexpected(cleaned.error());
    auto staged = repo->indexContent(path);
    if (!staged)
        return std::unexpected(staged.error().toError());
    if (!*staged) { // a new notebook: the cleaned file is its first version
        auto written = repo->setIndexContent(path, *cleaned);
        return written ? Result<void>() : std::unexpected(written.error().toError());
    }

    auto work = notebook::parseNotebook(*cleaned, file);
    if (!work)
        return std::unexpected(work.error());
    auto index = notebook::parseNotebook(**staged, path + Text::tr(" (staged)"));
    if (!index)
        return std::unexpected(index.error());
    if (work->cellLists().size() != 1 || index->cellLists().size() != 1)
        return fail(operation, file, Text::tr("cell staging needs an nbformat 4 notebook"));
    json::Value::Array& workCells = *work->cellLists().front();
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
