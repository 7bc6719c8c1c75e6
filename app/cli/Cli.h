// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliCommon.h"
#include "services/core/Error.h"

#include <QStringList>

class QTextStream;

namespace slipway {

// The headless `slipway COMMAND …` interface. Exit codes: 0 ok, 1 the command found problems, 2 usage or
// input error; errors go to stderr as one line "slipway: <what>: <why>".
namespace cli {

// Whether these arguments (without the program name) are for the command line rather than the GUI.
bool isCommandLine(const QStringList& arguments);
// Whether the command reads a git repository (its start-up can begin before the QCoreApplication exists).
bool needsGit(const QStringList& arguments);
// Runs them; needs a QCoreApplication.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace cli
} // namespace slipway
