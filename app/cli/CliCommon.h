// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/common/ExitCode.h"
#include "services/core/Error.h"

#include <optional>

class QCommandLineParser;
class QString;
class QTextStream;

namespace slipway::cli {

// Errors go to stderr as one line "slipway: <what>: <why>"; the exit codes are in app/common/ExitCode.h.

// "slipway: <what>: <why>" and a pointer to --help, on `err`; returns UsageError.
int usageError(QTextStream& err, const QString& what, const QString& why);

// `slipway --help`: every command in a line or two.
QString helpText();
// One command's lines of helpText() (a command may have several forms), without the indentation.
QString commandSynopsis(const QString& command);
// Adds -h/--help to `parser` and parses `arguments` (the command first). Returns the exit code when the
// command ends here — help printed (0), or a usage error reported (2) — else nullopt.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                                    QTextStream& out, QTextStream& err);
// "slipway: <error>" on `err`; returns UsageError.
int inputError(QTextStream& err, const Error& error);

} // namespace slipway::cli
