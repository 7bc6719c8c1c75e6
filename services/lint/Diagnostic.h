// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// What linters find, as one value type for every tool.
namespace slipway::lint {

enum class Tool
{
    Flake8,
    Pylint,
    Ruff,
    Pycodestyle
};

enum class Severity
{
    Error,   // the code will not run or is wrong (syntax errors, undefined names, pylint E/F)
    Warning, // likely a problem (pyflakes warnings, pylint W, most style rules)
    Info     // conventions and refactoring hints (pylint C/R, naming, complexity)
};

struct Diagnostic
{
    QString file;    // relative to the project root, with '/'
    int cell = 0;    // 1-based cell of a notebook; 0 for a plain file
    int line = 0;    // 1-based, in the cell for a notebook, else in the file
    int column = 0;  // 1-based
    int endLine = 0; // 0 when the tool does not say
    int endColumn = 0;
    QString code;   // "E501", "W0611", "F401"
    QString symbol; // pylint's "unused-import"; empty for the others
    Severity severity = Severity::Warning;
    QString message;
    Tool tool = Tool::Flake8;
    bool operator==(const Diagnostic&) const = default;
};

QString toolName(Tool tool); // "flake8", "pylint", "ruff", "pycodestyle"
std::optional<Tool> toolFromName(const QString& name);
QString severityName(Severity severity); // "error", "warning", "info"
QList<Tool> allTools();

} // namespace slipway::lint

Q_DECLARE_METATYPE(slipway::lint::Diagnostic)
