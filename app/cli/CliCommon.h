// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/common/ExitCode.h"
#include "services/core/Error.h"

class QString;
class QTextStream;

namespace slipway::cli {

// Errors go to stderr as one line "slipway: <what>: <why>"; the exit codes are in app/common/ExitCode.h.

// "slipway: <what>: <why>" and a pointer to --help, on `err`; returns UsageError.
int usageError(QTextStream& err, const QString& what, const QString& why);
// "slipway: <error>" on `err`; returns UsageError.
int inputError(QTextStream& err, const Error& error);

} // namespace slipway::cli
