// Percent script → notebook, as jupytext's reads() with DoublePercentScriptCellReader.
#include "services/notebook/Convert.h"
#include "services/notebook/ConvertCells.h"
#include "services/notebook/PyYaml.h"
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
                        right = '\n' + right;
                    }
                    if (prefix.empty()) {
                        if (left.size() == 4 && right.size() == 4)
                            metadata.set("cell_marker", json::Value(left.substr(0, 3)));
                    } else if (left.size() - 1 == 4 && right.size() == 4) {
                        metadata.set("cell_marker", json::Value(left.substr(0, 4)));
                    } else {
                        metadata.set("cell_marker", json::Value(left + ',' + right));
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

// header_to_metadata_and_cell(): the commented YAML header, split into the `jupyter:` metadata and the rest
// (which becomes a raw cell, as jupytext keeps front matter).
struct Header
{
    json::Value metadata = json::Value(json::Value::Object{});
    bool hasJupyterSection = false;
    std::optional<convert::Cell> cell;
    size_t next = 0;
};

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
        if (!isBlankLine(after))
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

} // namespace

Result<Notebook> fromPercentScript(QByteArrayView text, const QString& path)
{
    const std::string_view view(text.data(), size_t(text.size()));
    if (!QUtf8StringView(view.data(), qsizetype(view.size())).isValidUtf8())
        return fail(QCoreApplication::translate("slipway::notebook", "read script"), path,
                    QCoreApplication::translate("slipway::notebook", "the file is not UTF-8 text"));
    const Lines lines = python::splitLines(view, false);
    const std::string_view comment = "#";
    Result<Header> header = readHeader(lines, comment, true, path);
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
    updateMetadataFilters(metadata, header->hasJupyterSection, cells);
    if (reader.m_sawJsonMetadata) {
        json::Value& jupytext = jupytextSection(metadata);
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
