// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/lint/Diagnostic.h"

#include <QByteArray>
#include <QStringView>

#include <optional>

// Reading each tool's own output (never re-implementing its rules).
namespace slipway::lint {

// flake8's and pycodestyle's default format, one finding a line: "path:line:col: CODE message". Lines that
// are not findings (a crash's traceback, a plugin's chatter) give nullopt. `file` replaces the path when
// given (standard input is reported as "stdin" or a display name).
std::optional<Diagnostic> parseFlake8Line(QStringView line, Tool tool);
// pylint's --output-format=json2 ({"messages": […]}) or json ([…]).
Result<QList<Diagnostic>> parsePylintJson(const QByteArray& output);
// ruff check --output-format=json ([{"code", "message", "location": {"row", "column"}, …}]).
Result<QList<Diagnostic>> parseRuffJson(const QByteArray& output);

// The severity a code means for its tool (flake8: E9xx and F82x/F63x errors, other F and E/W warnings, C/N
// info; pylint: its message type letter).
Severity severityFor(Tool tool, const QString& code);

} // namespace slipway::lint
