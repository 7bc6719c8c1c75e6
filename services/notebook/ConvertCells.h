// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the converters: a notebook's cells and metadata as nbformat 4 has them, and the JSON helpers
// the script formats share.
#include "services/notebook/Json.h"
#include "services/notebook/Notebook.h"

#include <string>
#include <vector>

namespace slipway::notebook::convert {

struct Cell
{
    std::string type; // "code", "markdown", "raw"
    std::string source;
    json::Value metadata; // an object
    std::string id;
};

// The cells (nbformat 3 upgraded as nbformat.v4.upgrade does: headings become markdown) and the metadata.
std::vector<Cell> cellsOf(const Notebook& notebook);
json::Value metadataOf(const Notebook& notebook);

// The largest count a conversion takes from metadata (blank lines after a cell, a cell's depth, a v3
// heading's level); jupytext takes any, but a larger one in a file is hostile or broken, not a layout.
inline constexpr int maxMetadataCount = 1000;
// Every count the converters read (lines_to_next_cell, cell_depth, v3 heading levels) is an integer in
// range: an error naming the cell and the key otherwise. Converters call it before they write anything.
Result<void> checkCounts(const Notebook& notebook, const QString& operation);
// `key` of `metadata` as a count; `fallback` when absent or not a number (checkCounts() ran first).
int countMember(const json::Value& metadata, std::string_view key, int fallback);

// A new nbformat 4.5 notebook with these cells; ids are derived from each cell's position and content.
Notebook makeNotebook(json::Value metadata, const std::vector<Cell>& cells, const QString& path);

// json.dumps(value) with Python's defaults: ", " and ": " separators, ASCII only, keys in their order.
std::string dumps(const json::Value& value);
// json.loads, or Python's ast.literal_eval for the simple cases jupytext accepts (single-quoted strings,
// True/False/None); nullopt when neither reads it.
std::optional<json::Value> relaxedLoads(std::string_view text);

const json::Value* member(const json::Value& object, std::string_view key);
std::string stringMember(const json::Value& object, std::string_view key);

// A metadata filter as jupytext's metadata_filter_as_dict() reads it: "all", "-all", "key,-other,+sub.key",
// or true/false.
struct FilterSpec
{
    bool additionalAll = false;
    bool excludedAll = false;
    std::vector<std::string> additional;
    std::vector<std::string> excluded;
};
FilterSpec parseFilter(const json::Value* value);

// jupytext's metadata filters: "all", "-all", "key,-other,sub.key" (or true/false), applied over defaults.
json::Value filterMetadata(const json::Value& metadata, const json::Value* userFilter,
                           std::string_view defaultFilter);
extern const char* const defaultCellFilter;
extern const char* const defaultNotebookFilter;
bool isValidMetadataKey(std::string_view key);

// jupytext's is_active(): whether a cell is active for `extension` ("py", "ipynb"): frozen cells only in
// notebooks, `active-py-ipynb` tags, an `active` key; `fallback` when nothing says.
bool isActive(const json::Value& metadata, std::string_view extension, bool fallback);

// The notebook's kernel language as jupytext names it (default_language_from_metadata_and_ext for a script):
// jupytext.main_language, else the kernelspec's, else "python"; lower case but for "R" and "sas". `pop`
// drops main_language when the kernelspec says the same.
std::string kernelLanguage(json::Value& metadata, bool pop);

} // namespace slipway::notebook::convert
