// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The percent script's header (jupytext's header_to_metadata_and_cell) and update_metadata_filters.
#include "services/notebook/PercentHeader.h"

#include "services/notebook/PyYaml.h"
#include "services/notebook/PythonText.h"

namespace slipway::notebook::percent {

using convert::member;
using convert::stringMember;
using script::Lines;

namespace {

using LineSpan = std::span<const std::string>;

} // namespace

Result<Header> readHeader(const Lines& lines, std::string_view comment, bool python, const QString& path)
{
    Header header;
    Lines other, jupyter;
    bool inJupyter = false, started = false, ended = false;
    size_t start = 0;
    size_t i = 0;
    json::Value jupytext(json::Value::Object{});
    const auto isEncoding = [&](std::string_view line) {
        size_t k = 0;
        while (k < line.size() && (line[k] == ' ' || line[k] == '\t' || line[k] == '\f'))
            ++k;
        if (!line.substr(k).starts_with(comment))
            return false;
        const size_t coding = line.find("coding", k);
        return coding != std::string_view::npos && coding + 6 < line.size() &&
               (line[coding + 6] == ':' || line[coding + 6] == '=');
    };
    for (i = 0; i < lines.size(); ++i) {
        const std::string& raw = lines[i];
        if (i == 0 && raw.starts_with("#!")) {
            jupytext.set("executable", json::Value(raw.substr(2)));
            start = i + 1;
            continue;
        }
        if ((i == 0 || (i == 1 && !isEncoding(lines[0]))) && isEncoding(raw)) {
            jupytext.set("encoding", json::Value(raw));
            start = i + 1;
            continue;
        }
        if (!raw.starts_with(comment))
            break;
        const std::string line = script::uncommentLines({raw}, comment).front();
        if (line.starts_with("---") && python::rstrip(std::string_view(line).substr(3)).empty()) {
            if (!started) {
                started = true;
                continue;
            }
            ended = true;
            break;
        }
        if (!started && python::hasNonSpace(line))
            break;
        const std::string_view trimmed = python::rstrip(line);
        if (trimmed.starts_with("jupyter") && python::strip(trimmed.substr(7)) == ":")
            inJupyter = true;
        else if (size_t length = 0; !line.empty() && !python::isSpace(python::codePointAt(line, 0, length)))
            inJupyter = false;
        (inJupyter ? jupyter : other).push_back(line);
    }
    if (!ended) {
        if (jupytext.truthy())
            header.metadata.set("jupytext", jupytext);
        header.next = start;
        return header;
    }
    header.hasJupyterSection = !jupyter.empty();
    if (!jupyter.empty()) {
        Result<json::Value> loaded = yaml::safeLoad(script::joinLines(jupyter), path);
        if (!loaded)
            return std::unexpected(loaded.error());
        const json::Value* section = member(*loaded, "jupyter");
        if (section && section->isObject())
            header.metadata = *section;
    }
    if (jupytext.truthy()) {
        json::Value* existing = header.metadata.find("jupytext");
        if (!existing || !existing->isObject()) {
            header.metadata.set("jupytext", jupytext);
        } else {
            for (const auto& [key, value] : jupytext.object())
                existing->set(key, value);
        }
    }
    int linesToNext = 1;
    if (lines.size() > i + 1) {
        const std::string after = script::uncommentLines({lines[i + 1]}, comment).front();
        if (!script::isBlank(after))
            linesToNext = 0;
        else
            ++i;
    } else {
        linesToNext = 0;
    }
    if (!other.empty()) {
        convert::Cell cell;
        cell.type = "raw";
        Lines body{"---"};
        body.insert(body.end(), other.begin(), other.end());
        body.push_back("---");
        cell.source = script::joinLines(body);
        cell.metadata = json::Value(json::Value::Object{});
        if (linesToNext != script::pep8LinesBetween(Lines{"---"}, LineSpan(lines).subspan(i + 1), python))
            cell.metadata.set("lines_to_next_cell", json::Value::integer(linesToNext));
        header.cell = std::move(cell);
    }
    header.next = i + 1;
    return header;
}

json::Value& jupytextSection(json::Value& metadata)
{
    json::Value* jupytext = metadata.find("jupytext");
    if (!jupytext || !jupytext->isObject()) {
        metadata.set("jupytext", json::Value(json::Value::Object{}));
        jupytext = metadata.find("jupytext");
    }
    return *jupytext;
}

// update_metadata_filters(): the notebook records which metadata its script carried, so that writing it again
// gives the same script. (jupytext lists the cell keys in a set's order; Slipway sorts them.)
void updateMetadataFilters(json::Value& metadata, bool hasJupyterSection,
                           const std::vector<convert::Cell>& cells)
{
    static constexpr std::array<std::string_view, 5> jupytextKeys{
        "skipline", "noskipline", "cell_marker", "lines_to_next_cell", "lines_to_end_of_cell_marker"};
    std::vector<std::string> cellKeys;
    for (const convert::Cell& cell : cells)
        for (const auto& [key, value] : cell.metadata.object())
            if (std::ranges::find(cellKeys, key) == cellKeys.end())
                cellKeys.push_back(key);
    std::ranges::sort(cellKeys);
    const auto notJupytext = [&](const std::string& key) {
        return std::ranges::find(jupytextKeys, key) == jupytextKeys.end();
    };
    const auto join = [](const std::vector<std::string>& entries) {
        std::string text;
        for (const std::string& entry : entries)
            text += (text.empty() ? "" : ",") + entry;
        return text;
    };
    if (!hasJupyterSection) {
        json::Value& jupytext = jupytextSection(metadata);
        jupytext.set("notebook_metadata_filter", json::Value(std::string("-all")));
        if (!jupytext.find("cell_metadata_filter")) {
            std::vector<std::string> entries;
            for (const std::string& key : cellKeys)
                if (notJupytext(key))
                    entries.push_back(key);
            entries.push_back("-all");
            jupytext.set("cell_metadata_filter", json::Value(join(entries)));
        }
        return;
    }
    json::Value* jupytext = metadata.find("jupytext");
    if (jupytext && jupytext->isObject() && jupytext->find("cell_metadata_filter")) {
        const json::Value* filter = jupytext->find("cell_metadata_filter");
        if (!filter->isString())
            return;
        convert::FilterSpec spec = convert::parseFilter(filter);
        std::vector<std::string>& additional = spec.additional;
        const std::vector<std::string>& excluded = spec.excluded;
        const bool additionalAll = spec.additionalAll;
        const bool excludedAll = spec.excludedAll;
        std::vector<std::string> entries;
        if (additionalAll) {
            entries.push_back("all");
        } else {
            for (const std::string& key : cellKeys)
                if (std::ranges::find(additional, key) == additional.end())
                    additional.push_back(key);
            for (const std::string& key : additional)
                if (notJupytext(key))
                    entries.push_back(key);
        }
        if (excludedAll) {
            entries.push_back("-all");
        } else {
            for (const std::string& key : excluded)
                if (std::ranges::find(cellKeys, key) == cellKeys.end())
                    entries.push_back('-' + key);
        }
        jupytext->set("cell_metadata_filter", json::Value(join(entries)));
        return;
    }
    std::vector<std::string> filter;
    if (jupytext && jupytext->isObject()) {
        const std::string text = stringMember(*jupytext, "notebook_metadata_filter");
        std::string_view rest = text;
        while (!rest.empty()) {
            const size_t comma = rest.find(',');
            if (const std::string_view key = rest.substr(0, comma); !key.empty())
                filter.emplace_back(key);
            if (comma == std::string_view::npos)
                break;
            rest = rest.substr(comma + 1);
        }
    }
    if (std::ranges::find(filter, "all") != filter.end() || std::ranges::find(filter, "-all") != filter.end())
        return;
    static constexpr std::array<std::string_view, 5> defaults{"jupytext", "kernelspec", "kernel_info",
                                                              "orphan", "tocdepth"};
    for (const auto& [key, value] : metadata.object()) {
        if (std::ranges::find(defaults, key) != defaults.end() ||
            std::ranges::find(filter, key) != filter.end() ||
            std::ranges::find(filter, '-' + key) != filter.end())
            continue;
        filter.push_back(key);
    }
    if (!filter.empty())
        jupytextSection(metadata).set("notebook_metadata_filter", json::Value(join(filter)));
}

} // namespace slipway::notebook::percent
