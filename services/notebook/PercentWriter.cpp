// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ipynb → percent script, as jupytext's writes() with DoublePercentCellExporter and the default options.
#include "services/notebook/Convert.h"
#include "services/notebook/ConvertCells.h"
#include "services/notebook/PyYaml.h"
#include "services/notebook/PythonText.h"
#include "services/notebook/ScriptText.h"

#include <QCoreApplication>

#include <deque>

namespace slipway::notebook {

using namespace Qt::StringLiterals;

using convert::member;
using convert::stringMember;
using script::Lines;

namespace {

bool hasActiveTag(const json::Value& metadata)
{
    if (const json::Value* tags = member(metadata, "tags"); tags && tags->isArray())
        for (const json::Value& tag : tags->array())
            if (tag.isString() && tag.string().starts_with("active-"))
                return true;
    return false;
}

std::string takeString(json::Value& metadata, std::string_view key)
{
    json::Value* value = metadata.find(key);
    if (!value)
        return {};
    std::string text = value->isString() ? value->string() : convert::dumps(*value);
    metadata.remove(key);
    return text;
}

// metadata_to_double_percent_options + metadata_to_text.
std::string markerOptions(json::Value& metadata, bool plainJson)
{
    std::vector<std::string> words;
    if (metadata.find("title"))
        words.push_back(takeString(metadata, "title"));
    if (metadata.find("cell_depth")) {
        const int n = convert::countMember(metadata, "cell_depth", 0);
        metadata.remove("cell_depth");
        words.insert(words.begin(), std::string(size_t(std::max(n, 0)), '%'));
    }
    if (metadata.find("cell_type")) {
        std::string type = takeString(metadata, "cell_type");
        if (metadata.find("region_name"))
            type = takeString(metadata, "region_name");
        words.push_back('[' + type + ']');
    }
    std::string text;
    for (const std::string& word : words)
        text += (text.empty() ? "" : " ") + word;
    static constexpr std::array<std::string_view, 5> jupytextKeys{
        "skipline", "noskipline", "cell_marker", "lines_to_next_cell", "lines_to_end_of_cell_marker"};
    if (plainJson) {
        json::Value kept(json::Value::Object{});
        for (const auto& [key, value] : metadata.object())
            if (std::ranges::find(jupytextKeys, key) == jupytextKeys.end())
                kept.set(key, value);
        if (!kept.object().empty())
            text += (text.empty() ? "" : " ") + convert::dumps(kept);
        return text;
    }
    for (const auto& [key, value] : metadata.object()) {
        if (std::ranges::find(jupytextKeys, key) != jupytextKeys.end())
            continue;
        std::string item;
        if (key == "incorrectly_encoded_metadata" && value.isString())
            item = value.string();
        else if (value.isNull())
            item = key;
        else
            item = key + '=' + convert::dumps(value);
        text += (text.empty() ? "" : " ") + item;
    }
    return text;
}

struct ExportedCell
{
    Lines text;
    std::optional<int> linesToNextCell;
    bool code = false; // an active code cell: its lines after the marker are its source
};

ExportedCell exportCell(const convert::Cell& cell, const std::string& language, const json::Value* cellFilter,
                        bool plainJson)
{
    Lines source = script::sourceLines(cell.source);
    json::Value metadata = convert::filterMetadata(cell.metadata, cellFilter, convert::defaultCellFilter);

    // cell_language(): a first line "%%lang args" for a known language makes this an other-language cell.
    std::string cellLanguage;
    if (!source.empty() && source.front().starts_with("%%")) {
        const std::string magic = source.front().substr(2);
        const size_t space = magic.find(' ');
        const std::string name = magic.substr(0, space);
        if (script::isCellMagicLanguage(name)) {
            const std::string args = space == std::string::npos ? std::string() : magic.substr(space + 1);
            source.erase(source.begin());
            if (!args.empty())
                metadata.set("magic_args", json::Value(args));
            metadata.set("language", json::Value(name));
            cellLanguage = name;
        }
    }
    const std::string effectiveLanguage = !cellLanguage.empty() ? cellLanguage
                                          : !stringMember(cell.metadata, "language").empty()
                                              ? stringMember(cell.metadata, "language")
                                              : language;
    ExportedCell out;
    if (const json::Value* lines = member(cell.metadata, "lines_to_next_cell"); lines && lines->isNumber())
        out.linesToNextCell = convert::countMember(cell.metadata, "lines_to_next_cell", 0);

    if (cell.type == "raw" && !metadata.find("active") && !hasActiveTag(metadata))
        metadata.set("active", json::Value(std::string()));
    const bool active = convert::isActive(
        metadata, "py", script::usualLanguageName(effectiveLanguage) == script::usualLanguageName(language));
    if (cell.type == "raw") {
        const json::Value* flag = metadata.find("active");
        if (flag && flag->isString() && flag->string().empty())
            metadata.remove("active");
    }
    const bool isCode =
        cell.type == "code" || (cell.type == "raw" && metadata.find("active")) || hasActiveTag(metadata);
    if (!isCode)
        metadata.set("cell_type", json::Value(cell.type));

    const std::string options = markerOptions(metadata, plainJson);
    std::string indent;
    if (isCode && active && !source.empty() && python::hasNonSpace(source.front()))
        indent = source.front().substr(0, source.front().size() - python::lstrip(source.front()).size());
    const std::string_view comment = script::commentFor(language);
    out.text.push_back(indent + std::string(comment) + ' ' + "%%" +
                       (options.empty() || options.starts_with('%') ? "" : " ") + options);

    if (isCode && active) {
        out.code = true;
        script::commentMagics(source, effectiveLanguage);
        if (!(source.size() == 1 && source.front().empty()))
            out.text.insert(out.text.end(), source.begin(), source.end());
        return out;
    }

    // markdown_to_text(): a cell_marker of triple quotes writes the text as a string, else it is commented.
    const std::string marker = stringMember(cell.metadata, "cell_marker");
    if (!marker.empty()) {
        std::string left, right;
        if (const size_t comma = marker.find(','); comma != std::string::npos) {
            left = marker.substr(0, comma);
            right = marker.substr(comma + 1);
        } else {
            left = marker + '\n';
            right = '\n' + (marker.starts_with('r') || marker.starts_with('R') ? marker.substr(1) : marker);
        }
        const auto tail3 = [](const std::string& s) { return s.size() >= 3 ? s.substr(s.size() - 3) : s; };
        const bool rawPrefix = left.starts_with('r') || left.starts_with('R');
        if ((left.substr(0, 3) == tail3(right) || (rawPrefix && left.substr(1, 3) == tail3(right))) &&
            (tail3(right) == "\"\"\"" || tail3(right) == "'''")) {
            if (!rawPrefix && script::joinLines(source).contains('\\'))
                left = 'r' + left;
            source.front() = left + source.front();
            source.back() += right;
            out.text.insert(out.text.end(), source.begin(), source.end());
            return out;
        }
    }
    const Lines commented = script::commentLines(source, comment);
    out.text.insert(out.text.end(), commented.begin(), commented.end());
    return out;
}

} // namespace

Result<QByteArray> toPercentScript(const Notebook& notebook, const PercentOptions& options)
{
    return toPercentScript(notebook, options, nullptr);
}

Result<QByteArray> toPercentScript(const Notebook& notebook, const PercentOptions& options,
                                   QList<ScriptLineOrigin>* origins)
{
    if (auto counts =
            convert::checkCounts(notebook, QCoreApplication::translate("slipway::notebook", "convert"));
        !counts)
        return std::unexpected(counts.error());
    json::Value metadata = convert::metadataOf(notebook);
    std::vector<convert::Cell> cells = convert::cellsOf(notebook);
    const std::string language = convert::kernelLanguage(metadata, true);
    const bool python = language == "python";
    const std::string_view comment = script::commentFor(language);
    json::Value jupytextOptions = metadata.find("jupytext") ? *metadata.find("jupytext") : json::Value();
    const json::Value* cellFilter = member(jupytextOptions, "cell_metadata_filter");
    const json::Value* notebookFilter = member(jupytextOptions, "notebook_metadata_filter");
    const json::Value* cellMetadataJson = member(jupytextOptions, "cell_metadata_json");
    const bool plainJson = cellMetadataJson && cellMetadataJson->truthy();

    // encoding_and_executable()
    Lines header;
    if (json::Value* jupytext = metadata.find("jupytext"); jupytext && jupytext->isObject()) {
        if (jupytext->find("executable"))
            header.push_back("#!" + takeString(*jupytext, "executable"));
        if (jupytext->find("encoding"))
            header.push_back(takeString(*jupytext, "encoding"));
    }

    // metadata_and_cell_to_header(): a first raw cell between "---" lines opens the header.
    Lines yamlLines;
    std::optional<int> headerLinesToNextCell;
    int firstCellNumber = 1; // 2 when the first cell became the header
    if (!cells.empty() && cells.front().type == "raw") {
        const std::string& source = cells.front().source;
        const size_t first = source.find_first_not_of("\n\t ");
        const size_t last = source.find_last_not_of("\n\t ");
        const Lines lines =
            first == std::string::npos
                ? Lines{}
                : python::splitLines(std::string_view(source).substr(first, last - first + 1), false);
        const auto isRule = [](const std::string& line) {
            return line.starts_with("---") && python::rstrip(std::string_view(line).substr(3)).empty();
        };
        if (lines.size() >= 2 && isRule(lines.front()) && isRule(lines.back())) {
            yamlLines.assign(lines.begin() + 1, lines.end() - 1);
            if (const json::Value* n = member(cells.front().metadata, "lines_to_next_cell");
                n && n->isNumber())
                headerLinesToNextCell = convert::countMember(cells.front().metadata, "lines_to_next_cell", 0);
            cells.erase(cells.begin());
            firstCellNumber = 2;
        }
    }
    if (!options.jupytextVersion.isEmpty()) {
        if (!metadata.find("jupytext") || !metadata.find("jupytext")->isObject())
            metadata.set("jupytext", json::Value(json::Value::Object{}));
        json::Value stamp(json::Value::Object{});
        const QString extension = options.extension.isEmpty() ? scriptExtension(notebook) : options.extension;
        stamp.set("extension", json::Value(extension.toStdString()));
        stamp.set("format_name", json::Value(std::string("percent")));
        stamp.set("format_version", json::Value(std::string("1.3")));
        stamp.set("jupytext_version", json::Value(options.jupytextVersion.toStdString()));
        metadata.find("jupytext")->set("text_representation", std::move(stamp));
    }
    if (const json::Value* jupytext = metadata.find("jupytext"); jupytext && !jupytext->truthy())
        metadata.remove("jupytext");
    const json::Value kept =
        convert::filterMetadata(metadata, notebookFilter, convert::defaultNotebookFilter);
    if (kept.truthy()) {
        json::Value root(json::Value::Object{});
        root.set("jupyter", kept);
        for (const std::string& line : python::splitLines(yaml::safeDump(root), false))
            yamlLines.push_back(line);
    }
    Lines headerContent;
    if (!yamlLines.empty()) {
        yamlLines.insert(yamlLines.begin(), "---");
        yamlLines.push_back("---");
        headerContent = script::commentLines(yamlLines, comment);
    }

    std::vector<ExportedCell> exported;
    exported.reserve(cells.size());
    for (const convert::Cell& cell : cells)
        exported.push_back(exportCell(cell, language, cellFilter, plainJson));

    // Cells are joined from the last one back, so that PEP 8's blank lines can look at the rest of the
    // script.
    std::deque<std::string> lines;
    std::deque<ScriptLineOrigin> lineOrigins;
    for (size_t i = exported.size(); i-- > 0;) {
        ExportedCell& cell = exported[i];
        const int blank =
            cell.linesToNextCell ? *cell.linesToNextCell : script::pep8LinesBetween(cell.text, lines, python);
        for (int k = 0; k < blank; ++k)
            lines.emplace_front();
        if (origins) {
            lineOrigins.insert(lineOrigins.begin(), size_t(blank), ScriptLineOrigin{});
            const int number = int(i) + firstCellNumber;
            for (size_t k = cell.text.size(); k-- > 0;) {
                // A text may hold line breaks (a triple-quoted markdown cell's first line): one origin each.
                const auto breaks = std::ranges::count(cell.text[k], '\n');
                for (long b = 0; b <= breaks; ++b)
                    lineOrigins.push_front({number, int(k), cell.code && k > 0});
            }
        }
        for (size_t k = cell.text.size(); k-- > 0;)
            lines.push_front(std::move(cell.text[k]));
    }
    const int headerBlank = headerLinesToNextCell ? *headerLinesToNextCell
                                                  : script::pep8LinesBetween(headerContent, lines, python);
    header.insert(header.end(), headerContent.begin(), headerContent.end());
    for (int k = 0; k < headerBlank; ++k)
        header.emplace_back();

    size_t total = 0;
    for (const std::string& line : header)
        total += line.size() + 1;
    for (const std::string& line : lines)
        total += line.size() + 1;
    QByteArray out;
    out.reserve(qsizetype(total));
    bool first = true;
    const auto append = [&](const std::string& line) {
        if (!first)
            out += '\n';
        first = false;
        out.append(line.data(), qsizetype(line.size()));
    };
    for (const std::string& line : header)
        append(line);
    for (const std::string& line : lines)
        append(line);
    if (origins) {
        origins->clear();
        for (const std::string& line : header)
            for (long b = 0; b <= std::ranges::count(line, '\n'); ++b)
                origins->append(ScriptLineOrigin{});
        origins->append(QList<ScriptLineOrigin>(lineOrigins.begin(), lineOrigins.end()));
    }
    return out;
}

QString scriptExtension(const Notebook& notebook)
{
    json::Value metadata = convert::metadataOf(notebook);
    const std::string language = script::usualLanguageName(convert::kernelLanguage(metadata, false));
    static const std::vector<std::pair<std::string_view, QString>> extensions{
        {"python", u".py"_s},   {"R", u".R"_s},           {"julia", u".jl"_s},      {"bash", u".sh"_s},
        {"scala", u".scala"_s}, {"javascript", u".js"_s}, {"typescript", u".ts"_s}, {"c++", u".cpp"_s},
        {"rust", u".rs"_s},     {"java", u".java"_s},     {"matlab", u".m"_s},      {"sas", u".sas"_s}};
    for (const auto& [name, extension] : extensions)
        if (name == language)
            return extension;
    return u".py"_s;
}

} // namespace slipway::notebook
