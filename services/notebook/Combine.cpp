// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A notebook read from a script, given back the outputs of the notebook it was paired with.
#include "services/notebook/Convert.h"
#include "services/notebook/ConvertCells.h"

namespace slipway::notebook {

using convert::member;
using convert::stringMember;

namespace {

json::Value::Array* firstCellList(Notebook& notebook)
{
    std::vector<json::Value::Array*> lists = notebook.cellLists();
    return lists.empty() ? nullptr : lists.front();
}

} // namespace

Notebook combineOutputs(const Notebook& script, const Notebook& previous)
{
    Notebook combined = script;
    combined.path = previous.path;
    if (previous.major < 4)
        return combined; // nbformat 3 outputs do not carry over into a 4.5 notebook
    json::Value::Array* cells = firstCellList(combined);
    const std::vector<const json::Value::Array*> previousLists = previous.cellLists();
    if (!cells || previousLists.empty())
        return combined;
    const json::Value::Array& old = *previousLists.front();
    std::vector<bool> used(old.size(), false);

    const auto sameInput = [](const json::Value& a, const json::Value& b) {
        return stringMember(a, "cell_type") == stringMember(b, "cell_type") &&
               stringMember(a, "source") == stringMember(b, "source");
    };
    // First pass: cells whose input did not change, in order. Second: a changed cell takes the next unused
    // previous cell of its type between its neighbours' matches.
    std::vector<std::optional<size_t>> match(cells->size());
    size_t from = 0;
    for (size_t i = 0; i < cells->size(); ++i) {
        for (size_t j = from; j < old.size(); ++j) {
            if (!used[j] && sameInput((*cells)[i], old[j])) {
                match[i] = j;
                used[j] = true;
                from = j + 1;
                break;
            }
        }
    }
    size_t lower = 0;
    for (size_t i = 0; i < cells->size(); ++i) {
        if (match[i]) {
            lower = *match[i] + 1;
            continue;
        }
        size_t upper = old.size();
        for (size_t k = i + 1; k < cells->size(); ++k)
            if (match[k]) {
                upper = *match[k];
                break;
            }
        for (size_t j = lower; j < upper; ++j) {
            if (!used[j] && stringMember(old[j], "cell_type") == stringMember((*cells)[i], "cell_type")) {
                match[i] = j;
                used[j] = true;
                lower = j + 1;
                break;
            }
        }
    }

    const json::Value oldMetadata = convert::metadataOf(previous);
    const json::Value* jupytext = member(oldMetadata, "jupytext");
    const json::Value* filter = jupytext ? member(*jupytext, "cell_metadata_filter") : nullptr;
    for (size_t i = 0; i < cells->size(); ++i) {
        if (!match[i])
            continue;
        json::Value& cell = (*cells)[i];
        const json::Value& before = old[*match[i]];
        for (const char* key : {"outputs", "execution_count", "id", "attachments"})
            if (const json::Value* value = member(before, key))
                cell.set(key, *value);
        // Metadata the script does not show (ExecuteTime, collapsed, …) comes back from the notebook.
        const json::Value* oldCellMetadata = member(before, "metadata");
        json::Value* metadata = cell.find("metadata");
        if (oldCellMetadata && oldCellMetadata->isObject() && metadata && metadata->isObject()) {
            const json::Value shown =
                convert::filterMetadata(*oldCellMetadata, filter, convert::defaultCellFilter);
            for (const auto& [key, value] : oldCellMetadata->object())
                if (!member(shown, key) && !metadata->find(key) && key != "lines_to_next_cell")
                    metadata->set(key, value);
        }
    }
    // Notebook metadata the script header did not carry (language_info, widgets…) is kept.
    if (json::Value* metadata = combined.root.find("metadata"); metadata && metadata->isObject())
        for (const auto& [key, value] : oldMetadata.object())
            if (!metadata->find(key))
                metadata->set(key, value);
    return combined;
}

} // namespace slipway::notebook
