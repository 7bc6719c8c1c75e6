// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/notebook/ConvertCells.h"

#include "services/notebook/Convert.h"
#include "services/notebook/PythonText.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <limits>
#include <set>

namespace slipway::notebook::convert {

const char* const defaultCellFilter =
    "-autoscroll,-collapsed,-scrolled,-trusted,-execution,-ExecuteTime,"
    "-skipline,-noskipline,-cell_marker,-lines_to_next_cell,-lines_to_end_of_cell_marker";
const char* const defaultNotebookFilter = "jupytext,kernelspec,kernel_info,orphan,tocdepth";

const json::Value* member(const json::Value& object, std::string_view key)
{
    return object.isObject() ? object.find(key) : nullptr;
}

std::string stringMember(const json::Value& object, std::string_view key)
{
    const json::Value* value = member(object, key);
    return value && value->isString() ? value->string() : std::string();
}

std::vector<Cell> cellsOf(const Notebook& notebook)
{
    std::vector<Cell> cells;
    for (const json::Value::Array* list : notebook.cellLists()) {
        for (const json::Value& raw : *list) {
            const json::Value& cell = raw;
            const std::string type = stringMember(cell, "cell_type");
            Cell out;
            out.id = stringMember(cell, "id");
            const json::Value* metadata = member(cell, "metadata");
            out.metadata = metadata && metadata->isObject() ? *metadata : json::Value(json::Value::Object{});
            if (notebook.major >= 4) {
                out.type = type;
                out.source = stringMember(cell, "source");
            } else if (type == "heading") {
                // nbformat.v4.convert.upgrade_cell: "#" * level + " " + the source on one line.
                const int depth = countMember(cell, "level", 1);
                std::string line;
                for (const std::string& part : python::splitLines(stringMember(cell, "source"), false))
                    line += (line.empty() ? "" : " ") + part;
                out.type = "markdown";
                out.source = std::string(size_t(std::max(depth, 0)), '#') + ' ' + line;
            } else if (type == "code") {
                out.type = "code";
                out.source = stringMember(cell, "input");
            } else {
                out.type = type == "html" ? "markdown" : type;
                out.source = stringMember(cell, "source");
            }
            cells.push_back(std::move(out));
        }
    }
    return cells;
}

int countMember(const json::Value& metadata, std::string_view key, int fallback)
{
    const json::Value* value = member(metadata, key);
    return json::boundedInteger(value, std::numeric_limits<int>::min(), maxMetadataCount).value_or(fallback);
}

Result<void> checkCounts(const Notebook& notebook, const QString& operation)
{
    const auto check = [&](const json::Value& object, std::string_view key, int cell) -> Result<void> {
        const json::Value* value = member(object, key);
        if (!value || !value->isNumber() ||
            json::boundedInteger(value, std::numeric_limits<int>::min(), maxMetadataCount))
            return {};
        return fail(operation, notebook.path,
                    QCoreApplication::translate(
                        "slipway::notebook", "cell %1: \"%2\" is %3; a count here is a whole number up to %4")
                        .arg(cell)
                        .arg(QLatin1StringView(key), QString::fromStdString(value->number().text))
                        .arg(maxMetadataCount));
    };
    int number = 0;
    for (const json::Value::Array* list : notebook.cellLists()) {
        for (const json::Value& cell : *list) {
            ++number;
            if (auto ok = check(cell, "level", number); !ok)
                return ok;
            const json::Value* metadata = member(cell, "metadata");
            for (const std::string_view key : {"lines_to_next_cell", "cell_depth"})
                if (auto ok = metadata ? check(*metadata, key, number) : Result<void>(); !ok)
                    return ok;
        }
    }
    return {};
}

json::Value metadataOf(const Notebook& notebook)
{
    const json::Value* metadata = member(notebook.root, "metadata");
    return metadata && metadata->isObject() ? *metadata : json::Value(json::Value::Object{});
}

Notebook makeNotebook(json::Value metadata, const std::vector<Cell>& cells, const QString& path)
{
    json::Value::Array list;
    list.reserve(cells.size());
    std::set<std::string> ids;
    for (size_t i = 0; i < cells.size(); ++i) {
        const Cell& cell = cells[i];
        QCryptographicHash hash(QCryptographicHash::Sha1);
        hash.addData(QByteArrayView(cell.type.data(), qsizetype(cell.type.size())));
        hash.addData(QByteArrayView(cell.source.data(), qsizetype(cell.source.size())));
        std::string id = hash.result().toHex().left(8).toStdString();
        while (!ids.insert(id).second) // the same cell twice: the next hash in the chain
            id = QCryptographicHash::hash(QByteArray::fromStdString(id), QCryptographicHash::Sha1)
                     .toHex()
                     .left(8)
                     .toStdString();
        json::Value object(json::Value::Object{});
        object.set("cell_type", json::Value(cell.type));
        if (cell.type == "code")
            object.set("execution_count", json::Value());
        object.set("id", json::Value(id));
        object.set("metadata", cell.metadata.isObject() ? cell.metadata : json::Value(json::Value::Object{}));
        if (cell.type == "code")
            object.set("outputs", json::Value(json::Value::Array{}));
        object.set("source", json::Value(cell.source));
        list.push_back(std::move(object));
    }
    Notebook notebook;
    notebook.root = json::Value(json::Value::Object{});
    notebook.root.set("cells", json::Value(std::move(list)));
    notebook.root.set("metadata", std::move(metadata));
    notebook.root.set("nbformat", json::Value::integer(4));
    notebook.root.set("nbformat_minor", json::Value::integer(5));
    notebook.major = 4;
    notebook.minor = 5;
    notebook.hasVersion = true;
    notebook.path = path;
    return notebook;
}

namespace {

void dumpTo(const json::Value& value, std::string& out)
{
    if (value.isRaw()) {
        dumpTo(value.materialized().value_or(json::Value()), out);
    } else if (value.isArray()) {
        out += '[';
        bool first = true;
        for (const json::Value& item : value.array()) {
            if (!first)
                out += ", ";
            first = false;
            dumpTo(item, out);
        }
        out += ']';
    } else if (value.isObject()) {
        out += '{';
        bool first = true;
        for (const auto& [key, item] : value.object()) {
            if (!first)
                out += ", ";
            first = false;
            json::write(json::Value(key), {.indent = 0, .sortKeys = false, .ensureAscii = true}, out);
            out += ": ";
            dumpTo(item, out);
        }
        out += '}';
    } else {
        json::write(value, {.indent = 0, .sortKeys = false, .ensureAscii = true}, out);
    }
}

} // namespace

std::string dumps(const json::Value& value)
{
    std::string out;
    dumpTo(value, out);
    return out;
}

std::optional<json::Value> relaxedLoads(std::string_view text)
{
    const std::string_view stripped = python::strip(text);
    if (stripped.empty())
        return std::nullopt;
    // The parser reads documents that are objects or arrays: a scalar is read as the one element of a list.
    QByteArray wrapped = json::paddedBuffer(qsizetype(stripped.size()) + 2);
    wrapped += '[';
    wrapped.append(stripped.data(), qsizetype(stripped.size()));
    wrapped += ']';
    if (Result<json::Value> value = json::parse(wrapped, {}); value && value->array().size() == 1)
        return std::move(value->array().front());
    // The literals of ast.literal_eval that JSON spells differently.
    if (stripped == "True" || stripped == "False")
        return json::Value(stripped == "True");
    if (stripped == "None")
        return json::Value();
    if (stripped.size() >= 2 && stripped.front() == '\'' && stripped.back() == '\'' &&
        !stripped.substr(1, stripped.size() - 2).contains('\''))
        return json::Value(std::string(stripped.substr(1, stripped.size() - 2)));
    return std::nullopt;
}

bool isValidMetadataKey(std::string_view key)
{
    // jupytext 1.19 (PR #1445): letters, digits, "_", ".", "-", "@" and "/".
    return !key.empty() && std::ranges::all_of(key, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
               c == '.' || c == '-' || c == '@' || c == '/';
    });
}

FilterSpec parseFilter(const json::Value* value)
{
    FilterSpec spec;
    if (!value || value->isNull())
        return spec;
    if (value->isBool()) {
        (value->toBool() ? spec.additionalAll : spec.excludedAll) = true;
        return spec;
    }
    if (!value->isString())
        return spec;
    std::string_view rest = value->string();
    while (true) {
        const size_t comma = rest.find(',');
        std::string_view key = python::strip(rest.substr(0, comma));
        if (key.starts_with('-')) {
            key = python::strip(key.substr(1));
            if (key == "all")
                spec.excludedAll = true;
            else if (!key.empty())
                spec.excluded.emplace_back(key);
        } else {
            if (key.starts_with('+'))
                key = python::strip(key.substr(1));
            if (key == "all")
                spec.additionalAll = true;
            else if (!key.empty())
                spec.additional.emplace_back(key);
        }
        if (comma == std::string_view::npos)
            break;
        rest = rest.substr(comma + 1);
    }
    return spec;
}

namespace {

// {"I": ["a", "b"]} for keys "I.a", "I.b".
std::vector<std::pair<std::string, std::vector<std::string>>>
secondLevel(const std::vector<std::string>& keys)
{
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    for (const std::string& key : keys) {
        const size_t dot = key.find('.');
        if (dot == std::string::npos)
            continue;
        const std::string left = key.substr(0, dot);
        auto it = std::ranges::find(out, left, &std::pair<std::string, std::vector<std::string>>::first);
        if (it == out.end())
            it = out.insert(out.end(), {left, {}});
        it->second.push_back(key.substr(dot + 1));
    }
    return out;
}

json::Value subset(const json::Value& metadata, const std::vector<std::string>* keepOnly,
                   const std::vector<std::string>* exclude)
{
    if (!metadata.isObject())
        return metadata;
    json::Value::Object valid;
    for (const auto& [key, value] : metadata.object())
        if (isValidMetadataKey(key))
            valid.emplace_back(key, value);
    json::Value::Object filtered;
    if (keepOnly) {
        for (const auto& [key, value] : valid)
            if (std::ranges::find(*keepOnly, key) != keepOnly->end())
                filtered.emplace_back(key, value);
        for (const auto& [key, subKeys] : secondLevel(*keepOnly)) {
            const auto it = std::ranges::find(valid, key, &json::Value::Member::first);
            if (it == valid.end())
                continue;
            json::Value sub = subset(it->second, &subKeys, nullptr);
            const auto existing = std::ranges::find(filtered, key, &json::Value::Member::first);
            if (existing != filtered.end())
                existing->second = std::move(sub);
            else
                filtered.emplace_back(key, std::move(sub));
        }
    } else {
        filtered = std::move(valid);
    }
    if (exclude) {
        std::erase_if(filtered, [&](const json::Value::Member& m) {
            return std::ranges::find(*exclude, m.first) != exclude->end();
        });
        for (const auto& [key, subKeys] : secondLevel(*exclude)) {
            const auto it = std::ranges::find(filtered, key, &json::Value::Member::first);
            if (it != filtered.end())
                it->second = subset(it->second, nullptr, &subKeys);
        }
    }
    return json::Value(std::move(filtered));
}

} // namespace

json::Value filterMetadata(const json::Value& metadata, const json::Value* userFilter,
                           std::string_view defaultFilter)
{
    const json::Value defaults{std::string(defaultFilter)};
    const FilterSpec base = parseFilter(&defaults);
    const FilterSpec user = parseFilter(userFilter);
    const bool defaultExcludesAll = base.excludedAll || (!base.additional.empty() && base.excluded.empty());
    if (defaultExcludesAll) {
        if (user.additionalAll)
            return subset(metadata, nullptr, &user.excluded);
        if (user.excludedAll)
            return subset(metadata, &user.additional, nullptr);
        std::vector<std::string> keep = user.additional;
        for (const std::string& key : base.additional)
            if (std::ranges::find(keep, key) == keep.end())
                keep.push_back(key);
        return subset(metadata, &keep, &user.excluded);
    }
    if (user.additionalAll)
        return subset(metadata, nullptr, &user.excluded);
    if (user.excludedAll)
        return subset(metadata, &user.additional, nullptr);
    json::Value source = metadata;
    if (const json::Value* tags = member(source, "tags"); tags && !tags->truthy())
        source.remove("tags");
    std::vector<std::string> exclude = user.excluded;
    for (const std::string& key : base.excluded)
        if (std::ranges::find(user.additional, key) == user.additional.end())
            exclude.push_back(key);
    return subset(source, nullptr, &exclude);
}

bool isActive(const json::Value& metadata, std::string_view extension, bool fallback)
{
    if (const json::Value* runControl = member(metadata, "run_control")) {
        const json::Value* frozen = member(*runControl, "frozen");
        if (frozen && frozen->isBool() && frozen->toBool())
            return extension == "ipynb";
    }
    if (const json::Value* tags = member(metadata, "tags"); tags && tags->isArray()) {
        for (const json::Value& tag : tags->array()) {
            if (!tag.isString() || !tag.string().starts_with("active-"))
                continue;
            std::string_view rest = tag.string();
            while (!rest.empty()) {
                const size_t dash = rest.find('-');
                if (rest.substr(0, dash) == extension)
                    return true;
                if (dash == std::string_view::npos)
                    break;
                rest = rest.substr(dash + 1);
            }
            return false;
        }
    }
    const json::Value* active = member(metadata, "active");
    if (!active)
        return fallback;
    if (!active->isString())
        return false;
    std::string_view rest = active->string();
    while (true) {
        const size_t separator = rest.find_first_of(".,");
        if (rest.substr(0, separator) == extension)
            return true;
        if (separator == std::string_view::npos)
            return false;
        rest = rest.substr(separator + 1);
    }
}

std::string kernelLanguage(json::Value& metadata, bool pop)
{
    json::Value* jupytext = metadata.find("jupytext");
    const std::string mainLanguage = jupytext ? stringMember(*jupytext, "main_language") : std::string();
    const json::Value* kernelspec = metadata.find("kernelspec");
    std::string fromKernel = kernelspec ? stringMember(*kernelspec, "language") : std::string();
    if (fromKernel.empty())
        fromKernel = "python";
    std::string language = mainLanguage.empty() ? fromKernel : mainLanguage;
    if (!mainLanguage.empty() && mainLanguage == fromKernel && pop)
        jupytext->remove("main_language");
    if (language == "R" || language == "sas")
        return language;
    if (language.starts_with("C++"))
        return "c++";
    std::string lower;
    for (char c : language) {
        if (c == '#')
            lower += "sharp";
        else
            lower += char(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return lower;
}

} // namespace slipway::notebook::convert

namespace slipway::notebook {

QList<ScriptCell> scriptCells(const Notebook& notebook)
{
    const json::Value metadata = convert::metadataOf(notebook);
    const json::Value* jupytext = convert::member(metadata, "jupytext");
    const json::Value* filter = jupytext ? convert::member(*jupytext, "cell_metadata_filter") : nullptr;
    QList<ScriptCell> cells;
    for (const convert::Cell& cell : convert::cellsOf(notebook)) {
        const json::Value kept = convert::filterMetadata(cell.metadata, filter, convert::defaultCellFilter);
        cells.append({QString::fromStdString(cell.type), QString::fromStdString(cell.source),
                      QString::fromStdString(convert::dumps(kept)), QString::fromStdString(cell.id)});
    }
    return cells;
}

} // namespace slipway::notebook
