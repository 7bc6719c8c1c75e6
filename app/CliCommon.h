#pragma once

#include "services/core/Error.h"

class QString;
class QTextStream;

namespace slipway::Cli {

// Exit codes: 0 ok, 1 the command found problems, 2 usage or input error; errors go to stderr as one line
// "slipway: <what>: <why>".
enum ExitCode
{
    Ok = 0,
    ProblemsFound = 1,
    UsageError = 2
};

// "slipway: <what>: <why>" and a pointer to --help, on `err`; returns UsageError.
int usageError(QTextStream& err, const QString& what, const QString& why);
// "slipway: <error>" on `err`; returns UsageError.
int inputError(QTextStream& err, const Error& error);

} // namespace slipway::Cli
