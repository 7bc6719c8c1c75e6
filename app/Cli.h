#pragma once

#include "services/core/Error.h"

#include <QStringList>

class QTextStream;

namespace slipway {

// The headless `slipway COMMAND …` interface. Exit codes: 0 ok, 1 the command found problems, 2 usage or
// input error; errors go to stderr as one line "slipway: <what>: <why>".
namespace Cli {

enum ExitCode
{
    Ok = 0,
    ProblemsFound = 1,
    UsageError = 2
};

// Whether these arguments (without the program name) are for the command line rather than the GUI.
bool isCommandLine(const QStringList& arguments);
// Whether the command reads a git repository (its start-up can begin before the QCoreApplication exists).
bool needsGit(const QStringList& arguments);
// Runs them; needs a QCoreApplication.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

QString helpText();

// "slipway: <what>: <why>" and a pointer to --help, on `err`; returns UsageError.
int usageError(QTextStream& err, const QString& what, const QString& why);
// "slipway: <error>" on `err`; returns UsageError.
int inputError(QTextStream& err, const Error& error);

} // namespace Cli
} // namespace slipway
