// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/StripPlan.h"

#include "services/notebook/Notebook.h"
#include "services/notebook/Strip.h"
#include "services/project/StripSettings.h"

#include <QtConcurrentRun>

namespace slipway {

using json::Value;

namespace {

QStringList keysOf(const Value* object)
{
    QStringList keys;
    if (object && object->isObject())
        for (const auto& [key, value] : object->object())
            keys.append(QString::fromStdString(key));
    return keys;
}

QStringList removedKeys(const Value* before, const Value* after)
{
    QStringList removed;
    const QStringList kept = keysOf(after);
    const auto keys = keysOf(before);
    for (const QString& key : keys)
        if (!kept.contains(key))
            removed.append(key);
    return removed;
}

qint64 outputBytes(const Value& output)
{
    if (output.isRaw())
        return qint64(output.raw().text.size());
    std::string text;
    json::write(output, {}, text);
    return qint64(text.size());
}

// Cells in order, across worksheets for old formats.
std::vector<const Value*> cellsOf(const notebook::Notebook& notebook)
{
    std::vector<const Value*> cells;
    for (const Value::Array* list : notebook.cellLists())
        for (const Value& cell : *list)
            cells.push_back(&cell);
    return cells;
}

} // namespace

Result<StripPlan> planStrip(const QString& path, const QString& projectRoot,
                            const std::optional<QByteArray>& content)
{
    const auto options = stripOptionsFor(projectRoot);
    if (!options)
        return std::unexpected(options.error());
    const auto bytes = content ? Result<QByteArray>(*content) : notebook::readNotebookBytes(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto before = notebook::parseNotebook(*bytes, path);
    if (!before)
        return std::unexpected(before.error());
    notebook::Notebook after = *before;
    if (auto report = notebook::strip(after, *options); !report)
        return std::unexpected(report.error());
    const auto stripped = notebook::serializeNotebook(after);
    if (!stripped)
        return std::unexpected(stripped.error());

    StripPlan result;
    result.path = path;
    result.original = *bytes;
    result.stripped = *stripped;
    result.notebookMetadataKeysRemoved =
        removedKeys(before->root.find("metadata"), after.root.find("metadata"));

    // Cells are matched by position; cells a drop option removed are the ones missing from the end of a run,
    // so match them by their source instead when the counts differ.
    const auto old = cellsOf(*before);
    const auto now = cellsOf(after);
    size_t j = 0;
    for (size_t i = 0; i < old.size(); ++i) {
        const Value* cell = old[i];
        StripPlan::CellChange change;
        change.cell = int(i) + 1;
        const bool kept =
            j < now.size() && (old.size() == now.size() || *cell->find("source") == *now[j]->find("source"));
        if (!kept) {
            change.removed = true;
            result.changes.append(change);
            continue;
        }
        const Value* next = now[j++];
        const Value* outputsBefore = cell->find("outputs");
        const Value* outputsAfter = next->find("outputs");
        if (outputsBefore && outputsBefore->isArray()) {
            const size_t left = outputsAfter && outputsAfter->isArray() ? outputsAfter->array().size() : 0;
            change.outputsRemoved =
                int(outputsBefore->array().size() - std::min(left, outputsBefore->array().size()));
            qint64 bytesBefore = 0, bytesAfter = 0;
            for (const Value& output : outputsBefore->array())
                bytesBefore += outputBytes(output);
            if (outputsAfter && outputsAfter->isArray())
                for (const Value& output : outputsAfter->array())
                    bytesAfter += outputBytes(output);
            change.outputBytes = std::max<qint64>(0, bytesBefore - bytesAfter);
        }
        for (const char* key : {"execution_count", "prompt_number"})
            if (const Value* count = cell->find(key); count && !count->isNull())
                change.countCleared = next->find(key) && next->find(key)->isNull();
        change.metadataKeysRemoved = removedKeys(cell->find("metadata"), next->find("metadata"));
        if (change.outputsRemoved || change.countCleared || !change.metadataKeysRemoved.isEmpty())
            result.changes.append(change);
    }
    return result;
}

QFuture<Result<StripPlan>> planStripAsync(const QString& path, const QString& projectRoot)
{
    return QtConcurrent::run([path, projectRoot] { return planStrip(path, projectRoot); });
}

} // namespace slipway
