// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/lint/LintParsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::lint {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::lint)
};

// Qt's JSON refuses files over 128 MB; lint output is far smaller, and an error names the tool.
Result<QJsonDocument> readJson(const QByteArray& output, const QString& tool)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(output, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(Text::tr("read %1 output").arg(tool), {},
                    Text::tr("not the JSON %1 writes (%2 at byte %3); its output is in the Log")
                        .arg(tool, error.errorString())
                        .arg(error.offset));
    return document;
}

QString relative(QString path)
{
    path.replace(u'\\', u'/');
    while (path.startsWith(u"./"))
        path.remove(0, 2);
    return path;
}

} // namespace

QString toolName(Tool tool)
{
    switch (tool) {
    case Tool::Flake8:
        return u"flake8"_s;
    case Tool::Pylint:
        return u"pylint"_s;
    case Tool::Ruff:
        return u"ruff"_s;
    case Tool::Pycodestyle:
        return u"pycodestyle"_s;
    }
    return {};
}

std::optional<Tool> toolFromName(const QString& name)
{
    const auto tools = allTools();
    for (Tool tool : tools)
        if (toolName(tool) == name.toLower())
            return tool;
    return std::nullopt;
}

QList<Tool> allTools()
{
    return {Tool::Flake8, Tool::Pylint, Tool::Ruff, Tool::Pycodestyle};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        break;
    }
    return u"info"_s;
}

Severity severityFor(Tool tool, const QString& code)
{
    if (code.isEmpty())
        return Severity::Warning;
    const QChar letter = code.front().toUpper();
    if (tool == Tool::Pylint) {
        if (letter == u'E' || letter == u'F')
            return Severity::Error;
        if (letter == u'W')
            return Severity::Warning;
        return Severity::Info;
    }
    // pycodestyle/pyflakes/ruff codes: E9 (syntax, IO), F63x/F7xx/F82x (comparisons, syntax, undefined
    // names) stop the code; the rest of E/W/F are warnings; C (complexity), N (naming), D (docstrings)… info.
    if (code.startsWith(u"E9") || code.startsWith(u"F63") || code.startsWith(u"F7") ||
        code.startsWith(u"F82"))
        return Severity::Error;
    if (letter == u'E' || letter == u'W' || letter == u'F' || letter == u'B')
        return Severity::Warning;
    return Severity::Info;
}

std::optional<Diagnostic> parseFlake8Line(QStringView line, Tool tool)
{
    // path:line:col: CODE message — the path may itself hold colons (Windows drives, odd names): read the
    // numbers from the right of the path.
    const qsizetype codeStart = line.indexOf(u": ");
    if (codeStart < 0)
        return std::nullopt;
    const QStringView location = line.left(codeStart);
    const qsizetype columnColon = location.lastIndexOf(u':');
    if (columnColon <= 0)
        return std::nullopt;
    const qsizetype lineColon = location.left(columnColon).lastIndexOf(u':');
    if (lineColon <= 0)
        return std::nullopt;
    bool lineOk = false, columnOk = false;
    const int lineNumber = location.mid(lineColon + 1, columnColon - lineColon - 1).toInt(&lineOk);
    const int column = location.mid(columnColon + 1).toInt(&columnOk);
    if (!lineOk || !columnOk)
        return std::nullopt;
    const QStringView rest = line.mid(codeStart + 2);
    const qsizetype space = rest.indexOf(u' ');
    const QString code = (space < 0 ? rest : rest.left(space)).toString();
    if (code.isEmpty() || !code.front().isLetter())
        return std::nullopt;
    Diagnostic d;
    d.file = relative(location.left(lineColon).toString());
    d.line = lineNumber;
    d.column = column;
    d.code = code;
    d.message = space < 0 ? QString() : rest.mid(space + 1).toString();
    d.tool = tool;
    d.severity = severityFor(tool, code);
    return d;
}

Result<QList<Diagnostic>> parsePylintJson(const QByteArray& output)
{
    const Result<QJsonDocument> document = readJson(output, u"pylint"_s);
    if (!document)
        return std::unexpected(document.error());
    // json2: {"messages": [...], "statistics": {...}}; json (older): [...].
    const QJsonArray messages =
        document->isArray() ? document->array() : document->object().value(u"messages"_s).toArray();
    if (!document->isArray() && !document->object().contains(u"messages"_s))
        return fail(Text::tr("read pylint output"), {},
                    Text::tr("pylint's JSON has no \"messages\"; its output is in the Log"));
    QList<Diagnostic> diagnostics;
    diagnostics.reserve(messages.size());
    for (const auto& value : messages) {
        const QJsonObject m = value.toObject();
        Diagnostic d;
        d.file = relative(m.value(u"path"_s).toString());
        d.line = m.value(u"line"_s).toInt();
        d.column = m.value(u"column"_s).toInt() + 1; // pylint counts columns from 0
        d.endLine = m.value(u"endLine"_s).toInt();
        d.endColumn = m.value(u"endColumn"_s).isDouble() ? m.value(u"endColumn"_s).toInt() + 1 : 0;
        d.code = m.value(u"messageId"_s).toString();
        if (d.code.isEmpty())
            d.code = m.value(u"message-id"_s).toString();
        d.symbol = m.value(u"symbol"_s).toString();
        d.message = m.value(u"message"_s).toString();
        d.tool = Tool::Pylint;
        d.severity = severityFor(Tool::Pylint, d.code);
        diagnostics.append(d);
    }
    return diagnostics;
}

Result<QList<Diagnostic>> parseRuffJson(const QByteArray& output)
{
    const Result<QJsonDocument> document = readJson(output, u"ruff"_s);
    if (!document)
        return std::unexpected(document.error());
    if (!document->isArray())
        return fail(Text::tr("read ruff output"), {},
                    Text::tr("ruff's JSON is not a list; its output is in the Log"));
    QList<Diagnostic> diagnostics;
    const auto values = document->array();
    for (const auto& value : values) {
        const QJsonObject m = value.toObject();
        const QJsonObject location = m.value(u"location"_s).toObject();
        const QJsonObject end = m.value(u"end_location"_s).toObject();
        Diagnostic d;
        d.file = relative(m.value(u"filename"_s).toString());
        d.line = location.value(u"row"_s).toInt();
        d.column = location.value(u"column"_s).toInt();
        d.endLine = end.value(u"row"_s).toInt();
        d.endColumn = end.value(u"column"_s).toInt();
        d.code = m.value(u"code"_s).toString(); // null for a syntax error
        d.message = m.value(u"message"_s).toString();
        d.tool = Tool::Ruff;
        // A syntax error has no code in ruff's JSON.
        d.severity = d.code.isEmpty() ? Severity::Error : severityFor(Tool::Ruff, d.code);
        if (d.code.isEmpty())
            d.code = u"syntax"_s;
        diagnostics.append(d);
    }
    return diagnostics;
}

} // namespace slipway::lint
