// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/LintCommand.h"

#include "app/cli/Cli.h"
#include "services/lint/LintJob.h"
#include "services/project/Project.h"
#include "services/project/TrustStore.h"
#include "services/python/Environments.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace slipway::cli {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::cli)
};

QString where(const lint::Diagnostic& d)
{
    return d.cell > 0 ? u"%1:cell %2:%3:%4"_s.arg(d.file).arg(d.cell).arg(d.line).arg(d.column)
                      : u"%1:%2:%3"_s.arg(d.file).arg(d.line).arg(d.column);
}

QJsonObject toJson(const lint::Diagnostic& d)
{
    QJsonObject o{{u"file"_s, d.file},
                  {u"line"_s, d.line},
                  {u"column"_s, d.column},
                  {u"code"_s, d.code},
                  {u"severity"_s, lint::severityName(d.severity)},
                  {u"message"_s, d.message},
                  {u"tool"_s, lint::toolName(d.tool)}};
    if (d.cell > 0)
        o.insert(u"cell"_s, d.cell);
    if (!d.symbol.isEmpty())
        o.insert(u"symbol"_s, d.symbol);
    if (d.endLine > 0)
        o.insert(u"endLine"_s, d.endLine);
    if (d.endColumn > 0)
        o.insert(u"endColumn"_s, d.endColumn);
    return o;
}

} // namespace

// SARIF 2.1.0: one run per tool, its rules, and each finding with its location; a notebook finding's line is
// in its cell, which `properties.cell` gives (and the message names).
QJsonObject sarifLog(const QList<lint::Diagnostic>& diagnostics, const QList<lint::Tool>& tools)
{
    QJsonArray runs;
    for (lint::Tool tool : tools) {
        QJsonArray results;
        QJsonArray rules;
        QStringList ruleIds;
        for (const lint::Diagnostic& d : diagnostics) {
            if (d.tool != tool)
                continue;
            if (!ruleIds.contains(d.code)) {
                ruleIds << d.code;
                QJsonObject rule{{u"id"_s, d.code}};
                if (!d.symbol.isEmpty())
                    rule.insert(u"name"_s, d.symbol);
                rules.append(rule);
            }
            QJsonObject region{{u"startLine"_s, std::max(d.line, 1)},
                               {u"startColumn"_s, std::max(d.column, 1)}};
            if (d.endLine >= d.line && d.endLine > 0)
                region.insert(u"endLine"_s, d.endLine);
            QJsonObject result{
                {u"ruleId"_s, d.code},
                {u"ruleIndex"_s, int(ruleIds.indexOf(d.code))},
                {u"level"_s, d.severity == lint::Severity::Error     ? u"error"_s
                             : d.severity == lint::Severity::Warning ? u"warning"_s
                                                                     : u"note"_s},
                {u"message"_s,
                 QJsonObject{{u"text"_s,
                              d.cell > 0 ? Text::tr("cell %1: %2").arg(d.cell).arg(d.message) : d.message}}},
                {u"locations"_s,
                 QJsonArray{QJsonObject{{u"physicalLocation"_s,
                                         QJsonObject{{u"artifactLocation"_s, QJsonObject{{u"uri"_s, d.file}}},
                                                     {u"region"_s, region}}}}}}};
            if (d.cell > 0)
                result.insert(u"properties"_s, QJsonObject{{u"cell"_s, d.cell}});
            results.append(result);
        }
        runs.append(QJsonObject{
            {u"tool"_s,
             QJsonObject{{u"driver"_s, QJsonObject{{u"name"_s, lint::toolName(tool)}, {u"rules"_s, rules}}}}},
            {u"results"_s, results}});
    }
    return QJsonObject{{u"$schema"_s, u"https://json.schemastore.org/sarif-2.1.0.json"_s},
                       {u"version"_s, u"2.1.0"_s},
                       {u"runs"_s, runs}};
}

int lint(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Text::tr("The project folder (default: here)."));
    parser.addOption({u"tool"_s,
                      Text::tr("flake8, pylint, pycodestyle or ruff (repeat for several; default flake8)."),
                      u"tool"_s});
    parser.addOption({u"format"_s, Text::tr("text (default), json or sarif."), u"format"_s});
    parser.addOption({u"python"_s, Text::tr("The interpreter that runs the tools."), u"python"_s});
    parser.addOption({u"trust"_s, Text::tr("Trust the project for this run.")});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    const QString format = parser.value(u"format"_s).isEmpty() ? u"text"_s : parser.value(u"format"_s);
    if (format != u"text" && format != u"json" && format != u"sarif")
        return usageError(err, u"--format"_s, Text::tr("expects text, json or sarif"));
    QList<lint::Tool> tools;
    const auto names = parser.values(u"tool"_s);
    for (const QString& name : names) {
        const std::optional<lint::Tool> tool = lint::toolFromName(name);
        if (!tool)
            return usageError(err, name, Text::tr("not a lint tool (flake8, pylint, pycodestyle, ruff)"));
        tools << *tool;
    }
    if (tools.isEmpty())
        tools << lint::Tool::Flake8;
    const QStringList positional = parser.positionalArguments();
    const QString root = QDir(QDir::current().absoluteFilePath(positional.value(0, u"."_s))).canonicalPath();
    if (root.isEmpty())
        return inputError(err, Error{u"lint"_s, positional.value(0), Text::tr("no such folder")});
    if (!trustFlag && !parser.isSet(u"trust"_s)) {
        const TrustStore trust(TrustStore::defaultStorePath());
        if (auto trusted = trust.require(root, Text::tr("lint (runs the project's tools and their plugins)"));
            !trusted)
            return inputError(err, trusted.error());
    }
    Result<ProjectInfo> project = loadProject(root);
    if (!project)
        return inputError(err, project.error());

    lint::LintRequest request;
    request.root = root;
    request.tools = tools;
    request.python = parser.isSet(u"python"_s) ? parser.value(u"python"_s) : python::defaultPython(root);
    for (const QString& file : std::as_const(project->files))
        if (file.endsWith(u".py"))
            request.files << file;
    request.notebooks = project->notebooks;
    lint::LintJob job(request);
    runToCompletion(job);

    QList<lint::Diagnostic> diagnostics = job.diagnostics();
    std::ranges::stable_sort(diagnostics, [](const lint::Diagnostic& a, const lint::Diagnostic& b) {
        return std::tie(a.file, a.cell, a.line, a.column) < std::tie(b.file, b.cell, b.line, b.column);
    });
    if (format == u"sarif") {
        out << QJsonDocument(sarifLog(diagnostics, tools)).toJson(QJsonDocument::Indented);
    } else if (format == u"json") {
        QJsonArray array;
        for (const lint::Diagnostic& d : std::as_const(diagnostics))
            array.append(toJson(d));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (const lint::Diagnostic& d : std::as_const(diagnostics))
            out << where(d) << ": " << d.code << ' ' << d.message << " [" << lint::toolName(d.tool) << "]\n";
        if (diagnostics.isEmpty() && job.problems().isEmpty())
            out << Text::tr("No findings.") << '\n';
    }
    out.flush();
    for (const Error& problem : job.problems())
        err << "slipway: " << problem.toString() << '\n';
    err.flush();
    if (!job.problems().isEmpty())
        return UsageError;
    return diagnostics.isEmpty() ? Ok : ProblemsFound;
}

} // namespace slipway::cli
