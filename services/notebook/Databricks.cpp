// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Databricks source format, both ways. What Databricks writes when it exports a notebook "as source":
//   # Databricks notebook source
//   <cell>
//
//   # COMMAND ----------
//
//   # DBTITLE 1,<title>
//   # MAGIC %md
//   # MAGIC text
// Python cells are plain code; every other cell is `# MAGIC`-prefixed with its language magic first.
#include "services/notebook/Convert.h"
#include "services/notebook/ConvertCells.h"
#include "services/notebook/PythonText.h"
#include "services/notebook/ScriptText.h"

#include <QCoreApplication>

namespace slipway::notebook {

using convert::member;
using convert::stringMember;
using script::Lines;

namespace {

constexpr std::string_view header = "# Databricks notebook source";
constexpr std::string_view separator = "# COMMAND ----------";
constexpr std::string_view magicPrefix = "# MAGIC";
constexpr std::string_view titlePrefix = "# DBTITLE ";

// IPython cell magics and the Databricks language magics they stand for.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> cellMagics{{{"sql", "sql"},
                                                                                   {"sh", "sh"},
                                                                                   {"bash", "sh"},
                                                                                   {"R", "r"},
                                                                                   {"scala", "scala"},
                                                                                   {"md", "md"},
                                                                                   {"markdown", "md"}}};
// Databricks line magics that make a whole cell (kept as the IPython line magic of the same name).
constexpr std::array<std::string_view, 4> lineMagics{"run", "pip", "fs", "conda"};

Lines magicLines(const Lines& lines)
{
    Lines out;
    out.reserve(lines.size());
    for (const std::string& line : lines)
        out.push_back(line.empty() ? std::string(magicPrefix) : std::string(magicPrefix) + ' ' + line);
    return out;
}

std::string firstWord(std::string_view line)
{
    const size_t end = line.find_first_of(" \t");
    return std::string(line.substr(0, end));
}

Lines cellLines(const convert::Cell& cell)
{
    Lines out;
    if (const json::Value* title = member(cell.metadata, "title"); title && title->isString())
        out.push_back(std::string(titlePrefix) + "1," + title->string());
    if (cell.type != "code") {
        // Every line, a final empty one included, so that the text comes back exactly.
        Lines source = script::sourceLines(cell.source);
        std::string magic = "%md";
        if (const std::string variant = stringMember(cell.metadata, "databricks_magic"); !variant.empty())
            magic = '%' + variant;
        source.insert(source.begin(), magic);
        const Lines magic_ = magicLines(source);
        out.insert(out.end(), magic_.begin(), magic_.end());
        return out;
    }
    // Code without blank lines around it, as Databricks keeps it.
    Lines source = cell.source.empty() ? Lines{} : python::splitLines(cell.source, false);
    while (!source.empty() && script::isBlank(source.front()))
        source.erase(source.begin());
    while (!source.empty() && script::isBlank(source.back()))
        source.pop_back();
    if (!source.empty() && source.front().starts_with("%%")) {
        const std::string name = firstWord(std::string_view(source.front()).substr(2));
        for (const auto& [ipython, databricks] : cellMagics) {
            if (name != ipython)
                continue;
            source.front() = '%' + std::string(databricks) + source.front().substr(2 + name.size());
            const Lines magic = magicLines(source);
            out.insert(out.end(), magic.begin(), magic.end());
            return out;
        }
    }
    if (!source.empty() && source.front().starts_with('%') && !source.front().starts_with("%%")) {
        const std::string name = firstWord(std::string_view(source.front()).substr(1));
        if (std::ranges::find(lineMagics, name) != lineMagics.end()) {
            const Lines magic = magicLines(source);
            out.insert(out.end(), magic.begin(), magic.end());
            return out;
        }
    }
    out.insert(out.end(), source.begin(), source.end());
    return out;
}

} // namespace

Result<QByteArray> toDatabricksSource(const Notebook& notebook)
{
    if (auto counts =
            convert::checkCounts(notebook, QCoreApplication::translate("slipway::notebook", "convert"));
        !counts)
        return std::unexpected(counts.error());
    QByteArray out(header.data(), qsizetype(header.size()));
    out += '\n';
    bool first = true;
    for (const convert::Cell& cell : convert::cellsOf(notebook)) {
        if (!first)
            out += "\n\n" + QByteArray(separator.data(), qsizetype(separator.size())) + "\n\n";
        first = false;
        const Lines lines = cellLines(cell);
        const std::string text = script::joinLines(lines);
        out.append(text.data(), qsizetype(text.size()));
    }
    if (!out.endsWith('\n'))
        out += '\n';
    return out;
}

Result<Notebook> fromDatabricksSource(QByteArrayView text, const QString& path)
{
    const std::string_view view(text.data(), size_t(text.size()));
    if (!QUtf8StringView(view.data(), qsizetype(view.size())).isValidUtf8())
        return fail(QCoreApplication::translate("slipway::notebook", "read script"), path,
                    QCoreApplication::translate("slipway::notebook", "the file is not UTF-8 text"));
    Lines lines = python::splitLines(view, false);
    if (lines.empty() || python::rstrip(lines.front()) != header)
        return fail(QCoreApplication::translate("slipway::notebook", "read script"), path,
                    QCoreApplication::translate("slipway::notebook",
                                                "not a Databricks notebook: the first line is not \"%1\"")
                        .arg(QLatin1StringView(header)));
    std::vector<Lines> blocks(1);
    for (size_t i = 1; i < lines.size(); ++i) {
        if (python::rstrip(lines[i]) == separator)
            blocks.emplace_back();
        else
            blocks.back().push_back(std::move(lines[i]));
    }
    std::vector<convert::Cell> cells;
    for (Lines& block : blocks) {
        while (!block.empty() && script::isBlank(block.front()))
            block.erase(block.begin());
        while (!block.empty() && script::isBlank(block.back()))
            block.pop_back();
        convert::Cell cell;
        cell.type = "code";
        cell.metadata = json::Value(json::Value::Object{});
        if (!block.empty() && block.front().starts_with(titlePrefix)) {
            const std::string& line = block.front();
            const size_t comma = line.find(',');
            cell.metadata.set(
                "title", json::Value(comma == std::string::npos ? std::string() : line.substr(comma + 1)));
            block.erase(block.begin());
        }
        const bool allMagic = !block.empty() && std::ranges::all_of(block, [](const std::string& line) {
            return line.starts_with(magicPrefix) &&
                   (line.size() == magicPrefix.size() || line[magicPrefix.size()] == ' ');
        });
        if (allMagic) {
            for (std::string& line : block)
                line = line.size() > magicPrefix.size() ? line.substr(magicPrefix.size() + 1) : std::string();
            const std::string magic = block.front().starts_with('%')
                                          ? firstWord(std::string_view(block.front()).substr(1))
                                          : std::string();
            const std::string rest =
                block.front().size() > magic.size() + 1
                    ? std::string(python::lstrip(std::string_view(block.front()).substr(magic.size() + 1)))
                    : std::string();
            if (magic == "md" || magic == "md-sandbox") {
                cell.type = "markdown";
                if (magic != "md")
                    cell.metadata.set("databricks_magic", json::Value(magic));
                if (rest.empty())
                    block.erase(block.begin());
                else
                    block.front() = rest;
            } else if (magic == "python") {
                block.erase(block.begin());
            } else if (std::ranges::find(lineMagics, magic) != lineMagics.end()) {
                // %run, %pip, %fs, %conda: IPython line magics of the same name
            } else if (!magic.empty()) {
                std::string ipython = magic;
                for (const auto& [ipythonName, databricks] : cellMagics)
                    if (databricks == magic && ipythonName != "bash" && ipythonName != "markdown") {
                        ipython = std::string(ipythonName);
                        break;
                    }
                block.front() = "%%" + ipython + block.front().substr(1 + magic.size());
            }
        }
        cell.source = script::joinLines(block);
        cells.push_back(std::move(cell));
    }
    json::Value metadata(json::Value::Object{});
    return convert::makeNotebook(std::move(metadata), cells, path);
}

} // namespace slipway::notebook
