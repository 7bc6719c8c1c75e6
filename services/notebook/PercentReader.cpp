// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Percent script → notebook, as jupytext's reads() with DoublePercentScriptCellReader.
#include "services/notebook/Convert.h"
#include "services/notebook/ConvertCells.h"
#include "services/notebook/PercentHeader.h"
#include "services/notebook/PythonText.h"
#include "services/notebook/ScriptText.h"

#include <QCoreApplication>

namespace slipway::notebook {

using convert::member;
using convert::stringMember;
using script::Lines;

namespace {

using LineSpan = std::span<const std::string>;

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

size_t skipSpaces(std::string_view line, size_t i)
{
    while (i < line.size() && isAsciiSpace(line[i]))
        ++i;
    return i;
}

// ^\s*#\s*%%(%*)\s(.*)$ — a marker with options (or at least a space after it).
bool isMarkerWithOptions(std::string_view line, std::string_view comment)
{
    size_t i = skipSpaces(line, 0);
    if (!line.substr(i).starts_with(comment))
        return false;
    i = skipSpaces(line, i + comment.size());
    if (!line.substr(i).starts_with("%%"))
        return false;
    i += 2;
    while (i < line.size() && line[i] == '%')
        ++i;
    // `(%*)` may give back percents so that `\s` follows… but a percent is not a space: no difference.
    return i < line.size() && isAsciiSpace(line[i]) && line[i] != '\n';
}

// ^\s*#\s*(%%|<codecell>|In\[[0-9 ]*\]:?)\s*$
bool isBareMarker(std::string_view line, std::string_view comment)
{
    size_t i = skipSpaces(line, 0);
    if (!line.substr(i).starts_with(comment))
        return false;
    i = skipSpaces(line, i + comment.size());
    const std::string_view rest = line.substr(i);
    size_t end = 0;
    if (rest.starts_with("%%")) {
        end = 2;
    } else if (rest.starts_with("<codecell>")) {
        end = 10;
    } else if (rest.starts_with("In[")) {
        end = 3;
        while (end < rest.size() && (rest[end] == ' ' || (rest[end] >= '0' && rest[end] <= '9')))
            ++end;
        if (end >= rest.size() || rest[end] != ']')
            return false;
        ++end;
        if (end < rest.size() && rest[end] == ':')
            ++end;
    } else {
        return false;
    }
    return skipSpaces(rest, end) == rest.size();
}

bool isBlankLine(std::string_view line)
{
    return script::isBlank(line);
}

bool lastTwoBlank(LineSpan source)
{
    return source.size() >= 3 && !isBlankLine(source[source.size() - 3]) &&
           isBlankLine(source[source.size() - 2]) && isBlankLine(source.back());
}

bool isIdentifier(std::string_view text)
{
    // ^[a-zA-Z_\.]+[a-zA-Z0-9_\.]*$
    if (text.empty())
        return false;
    const auto first = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.';
    };
    if (!first(text.front()))
        return false;
    return std::ranges::all_of(text, [&](char c) { return first(c) || (c >= '0' && c <= '9'); });
}

json::Value incorrectlyEncoded(std::string_view text)
{
    json::Value object(json::Value::Object{});
    object.set("incorrectly_encoded_metadata", json::Value(std::string(text)));
    return object;
}

// parse_key_equal_value(): "key1=value1 key2 key3=[…]", read from the right.
json::Value parseKeyEqualValue(std::string_view text)
{
    text = python::strip(text);
    if (text.empty())
        return json::Value(json::Value::Object{});
    const size_t lastSpace = text.rfind(' ');
    const std::string_view lastWord = text.substr(lastSpace == std::string_view::npos ? 0 : lastSpace + 1);
    if (!text.starts_with("--") && isIdentifier(lastWord)) {
        json::Value result(json::Value::Object{});
        if (lastSpace != std::string_view::npos && lastSpace > 0)
            result = parseKeyEqualValue(text.substr(0, lastSpace));
        if (!result.isObject())
            result = json::Value(json::Value::Object{});
        result.set(lastWord, json::Value());
        return result;
    }
    size_t equal = text.size();
    while (true) {
        equal = equal == 0 ? std::string_view::npos : text.rfind('=', equal - 1);
        if (equal == std::string_view::npos)
            return incorrectlyEncoded(text);
        const std::string_view left = python::rstrip(text.substr(0, equal));
        const size_t previousSpace = left.rfind(' ');
        const std::string_view key = python::strip(
            text.substr(previousSpace == std::string_view::npos ? 0 : previousSpace + 1,
                        equal - (previousSpace == std::string_view::npos ? 0 : previousSpace + 1)));
        if (!convert::isValidMetadataKey(key))
            continue;
        std::optional<json::Value> value = convert::relaxedLoads(text.substr(equal + 1));
        if (!value)
            continue;
        json::Value metadata = previousSpace != std::string_view::npos && previousSpace > 0
                                   ? parseKeyEqualValue(text.substr(0, previousSpace))
                                   : json::Value(json::Value::Object{});
        metadata.set(key, std::move(*value));
        return metadata;
    }
}

// text_to_metadata(text, allow_title=True): the title and the metadata of a marker line.
std::pair<std::string, json::Value> textToMetadata(std::string_view text)
{
    text = python::strip(text);
    const size_t brace = text.find('{');
    const size_t equal = text.find('=');
    if (brace == std::string_view::npos || (equal != std::string_view::npos && equal < brace)) {
        std::vector<std::string_view> words;
        const auto split = [&](std::string_view part) {
            size_t start = 0;
            while (true) {
                const size_t space = part.find(' ', start);
                words.push_back(part.substr(start, space - start));
                if (space == std::string_view::npos)
                    break;
                start = space + 1;
            }
        };
        if (equal != std::string_view::npos) {
            split(text.substr(0, equal));
            while (!words.empty() && words.back().empty())
                words.pop_back();
            if (!words.empty())
                words.pop_back();
        } else {
            split(text);
        }
        while (!words.empty() && (python::strip(words.back()).empty() || words.back().starts_with('.')))
            words.pop_back();
        std::string title;
        for (size_t i = 0; i < words.size(); ++i)
            title += (i ? " " : "") + std::string(words[i]);
        return {title, parseKeyEqualValue(text.substr(title.size()))};
    }
    std::optional<json::Value> value = convert::relaxedLoads(text.substr(brace));
    return {std::string(python::strip(text.substr(0, brace))),
            value ? std::move(*value) : incorrectlyEncoded(text.substr(brace))};
}

// ^(# |#)*(#|# )\+ : a light-format cell start escaped in code.
bool isEscapedCodeStart(std::string_view line)
{
    size_t i = 0;
    std::vector<size_t> ends{0};
    for (size_t k = 0; k < ends.size(); ++k) {
        i = ends[k];
        if (i < line.size() && line[i] == '#') {
            if (std::ranges::find(ends, i + 1) == ends.end())
                ends.push_back(i + 1);
            if (i + 1 < line.size() && line[i + 1] == ' ' && std::ranges::find(ends, i + 2) == ends.end())
                ends.push_back(i + 2);
        }
    }
    for (size_t end : ends) {
        const std::string_view rest = line.substr(end);
        if (rest.starts_with("#+") || rest.starts_with("# +"))
            return true;
    }
    return false;
}

class CellReader
{
public:
    CellReader(std::string language, std::string_view comment)
        : m_defaultLanguage(std::move(language))
        , m_comment(comment)
    {}

    // Reads one cell from `lines`; returns the position of the next one.
    size_t read(LineSpan lines, convert::Cell& cell)
    {
        json::Value metadata(json::Value::Object{});
        std::string language;
        if (isMarkerWithOptions(lines[0], m_comment)) {
            const std::string line = script::uncommentLines({lines[0]}, m_comment).front();
            metadata = optionsToMetadata(std::string_view(line).substr(line.find("%%") + 2));
        }
        if (json::Value* value = metadata.find("language")) {
            language = value->isString() ? value->string() : std::string();
            metadata.remove("language");
        }

        // find_cell_end()
        std::string type = "code";
        std::string_view comment = m_comment;
        if (metadata.find("cell_type")) {
            type = stringMember(metadata, "cell_type");
            metadata.remove("cell_type");
        } else if (!convert::isActive(metadata, "ipynb", true)) {
            if (const json::Value* active = metadata.find("active");
                active && active->isString() && active->string().empty())
                metadata.remove("active");
            type = "raw";
            comment = {};
        }
        size_t next = lines.size();
        script::StringParser parser(language.empty() ? m_defaultLanguage : language);
        for (size_t i = 0; i < lines.size(); ++i) {
            if (parser.isQuoted()) {
                parser.readLine(lines[i]);
                continue;
            }
            parser.readLine(lines[i]);
            if (i > 0 && (isMarkerWithOptions(lines[i], m_comment) || isBareMarker(lines[i], m_comment))) {
                next = i;
                break;
            }
        }
        size_t end = next;
        if (lastTwoBlank(lines.first(next)))
            end = next - 2;
        else if (next > 0 && isBlankLine(lines[next - 1]))
            end = next - 1;

        const size_t start =
            isMarkerWithOptions(lines[0], m_comment) || isBareMarker(lines[0], m_comment) ? 1 : 0;
        const LineSpan original = lines.subspan(start, end > start ? end - start : 0);
        Lines content =
            extract(Lines(original.begin(), original.end()), metadata, type, language, comment, start > 0);

        int linesToNext = 1;
        if (end < lines.size()) {
            linesToNext = int(next - end);
            if (next >= lines.size())
                ++linesToNext;
        }
        const Lines originalOrEmpty = original.empty() ? Lines{""} : Lines(original.begin(), original.end());
        const int expected = script::pep8LinesBetween(originalOrEmpty, lines.subspan(next), m_python);
        if (linesToNext != expected)
            metadata.set("lines_to_next_cell", json::Value::integer(linesToNext));
        if (!language.empty())
            metadata.set("language", json::Value(language));
        cell.type = type;
        cell.source = script::joinLines(content);
        cell.metadata = std::move(metadata);
        return next;
    }

    bool m_python = true;
    bool m_sawJsonMetadata = false; // some marker line had its metadata as one JSON object

private:
    std::string m_defaultLanguage;
    std::string_view m_comment;

    json::Value optionsToMetadata(std::string_view options)
    {
        const size_t brace = options.find('{');
        const size_t equal = options.find('=');
        if (brace != std::string_view::npos && (equal == std::string_view::npos || brace < equal))
            m_sawJsonMetadata = true;
        auto [title, metadata] = textToMetadata(options);
        if (!metadata.isObject())
            metadata = incorrectlyEncoded(options);
        for (std::string_view type : {"markdown", "raw", "md"}) {
            const std::string code = '[' + std::string(type) + ']';
            const size_t at = title.find(code);
            if (at == std::string::npos)
                continue;
            title.erase(at, code.size());
            title = std::string(python::strip(title));
            if (type == "md") {
                metadata.set("region_name", json::Value(std::string("md")));
                metadata.set("cell_type", json::Value(std::string("markdown")));
            } else {
                metadata.set("cell_type", json::Value(std::string(type)));
            }
            break;
        }
        int depth = 0;
        while (title.starts_with('%')) {
            ++depth;
            title.erase(0, 1);
        }
        if (depth > 0) {
            metadata.set("cell_depth", json::Value::integer(depth));
            title = std::string(python::strip(title));
        }
        if (!title.empty())
            metadata.set("title", json::Value(title));
        return metadata;
    }

    Lines extract(Lines lines, json::Value& metadata, const std::string& type, const std::string& language,
                  std::string_view comment, bool explicitStart)
    {
        // A cell that is one triple-quoted string (and not active code) is a markdown cell in quotes.
        if (!convert::isActive(metadata, "py", type == "code")) {
            std::string content(python::strip(script::joinLines(lines)));
            for (std::string_view prefix : {"", "r", "R"}) {
                for (std::string_view quote : {"\"\"\"", "'''"}) {
                    std::string left = std::string(prefix) + std::string(quote);
                    std::string right(quote);
                    if (!content.starts_with(left) || !content.ends_with(right) ||
                        content.size() < left.size() + right.size())
                        continue;
                    content = content.substr(left.size(), content.size() - left.size() - right.size());
                    if (content.starts_with('\n')) {
                        content.erase(0, 1);
                        left += '\n';
                    }
                    if (content.ends_with('\n')) {
                        content.pop_back();
                        right.insert(right.begin(), '\n');
                    }
                    if (prefix.empty()) {
                        if (left.size() == 4 && right.size() == 4)
                            metadata.set("cell_marker", json::Value(left.substr(0, 3)));
                    } else if (left.size() - 1 == 4 && right.size() == 4) {
                        metadata.set("cell_marker", json::Value(left.substr(0, 4)));
                    } else {
                        std::string marker = left;
                        marker += ',';
                        marker += right;
                        metadata.set("cell_marker", json::Value(std::move(marker)));
                    }
                    return python::splitLines(content, false);
                }
            }
        }
        if (!convert::isActive(metadata, "py", true) ||
            (!metadata.find("active") && !language.empty() && language != m_defaultLanguage))
            return script::uncommentLines(lines, comment);

        // uncomment_code_and_magics()
        const std::string magicLanguage = language.empty() ? m_defaultLanguage : language;
        if (convert::isActive(metadata, "py", true))
            script::uncommentMagics(lines, magicLanguage, explicitStart);
        if (type == "code") {
            script::StringParser parser(magicLanguage);
            for (std::string& line : lines) {
                const std::string original = line;
                if (!parser.isQuoted() && isEscapedCodeStart(line)) {
                    Lines one = script::uncommentLines({line}, m_comment);
                    // uncommenting must not break the escaped marker
                    if (isEscapedCodeStart(one.front()))
                        line = one.front();
                }
                parser.readLine(original);
            }
            return lines;
        }
        return script::uncommentLines(lines, comment);
    }
};

} // namespace

Result<Notebook> fromPercentScript(QByteArrayView text, const QString& path)
{
    const std::string_view view(text.data(), size_t(text.size()));
    if (!QUtf8StringView(view.data(), qsizetype(view.size())).isValidUtf8())
        return fail(QCoreApplication::translate("slipway::notebook", "read script"), path,
                    QCoreApplication::translate("slipway::notebook", "the file is not UTF-8 text"));
    const Lines lines = python::splitLines(view, false);
    const std::string_view comment = "#";
    Result<percent::Header> header = percent::readHeader(lines, comment, true, path);
    if (!header)
        return std::unexpected(header.error());
    json::Value metadata = std::move(header->metadata);
    json::Value languageSource = metadata;
    const std::string language = convert::kernelLanguage(languageSource, false);

    std::vector<convert::Cell> cells;
    if (header->cell)
        cells.push_back(std::move(*header->cell));
    CellReader reader(language, script::commentFor(language));
    reader.m_python = true;
    LineSpan rest = LineSpan(lines).subspan(std::min(header->next, lines.size()));
    while (!rest.empty()) {
        convert::Cell cell;
        const size_t next = reader.read(rest, cell);
        cells.push_back(std::move(cell));
        rest = rest.subspan(std::max<size_t>(next, 1));
    }

    // set_main_and_cell_language(): other-language cells get their "%%lang" line back.
    const json::Value* kernelspec = member(metadata, "kernelspec");
    if ((!kernelspec || stringMember(*kernelspec, "language").empty()) && !cells.empty()) {
        if (!metadata.find("jupytext") || !metadata.find("jupytext")->isObject())
            metadata.set("jupytext", json::Value(json::Value::Object{}));
        metadata.find("jupytext")->set("main_language", json::Value(language));
    }
    for (convert::Cell& cell : cells) {
        const json::Value* value = cell.metadata.find("language");
        if (!value)
            continue;
        const std::string cellLanguage = value->isString() ? value->string() : std::string();
        if (cellLanguage == language) {
            cell.metadata.remove("language");
            continue;
        }
        if (script::usualLanguageName(cellLanguage) == language || !script::isCellMagicLanguage(cellLanguage))
            continue;
        cell.metadata.remove("language");
        std::string magic = "%%" + cellLanguage;
        if (const json::Value* args = cell.metadata.find("magic_args")) {
            magic += ' ' + (args->isString() ? args->string() : convert::dumps(*args));
            cell.metadata.remove("magic_args");
        }
        cell.source = magic + '\n' + cell.source;
    }
    percent::updateMetadataFilters(metadata, header->hasJupyterSection, cells);
    if (reader.m_sawJsonMetadata) {
        json::Value& jupytext = percent::jupytextSection(metadata);
        if (!jupytext.find("cell_metadata_json"))
            jupytext.set("cell_metadata_json", json::Value(true));
    }
    return convert::makeNotebook(std::move(metadata), cells, path);
}

std::optional<ScriptFormat> detectScriptFormat(QByteArrayView text)
{
    const std::string_view view(text.data(), size_t(text.size()));
    if (view.starts_with("# Databricks notebook source"))
        return ScriptFormat::Databricks;
    for (size_t start = 0; start < view.size();) {
        const size_t end = view.find('\n', start);
        const std::string_view line = view.substr(start, end - start);
        if (isMarkerWithOptions(line, "#") || isBareMarker(python::rstrip(line), "#"))
            return ScriptFormat::Percent;
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return std::nullopt;
}

} // namespace slipway::notebook
