// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliCommon.h"

#include <QCoreApplication>
#include <QTextStream>

namespace slipway::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::cli)
};

} // namespace

int usageError(QTextStream& err, const QString& what, const QString& why)
{
    err << "slipway: " << what << ": " << why << '\n';
    err << Text::tr("Try 'slipway --help'.") << '\n';
    err.flush();
    return UsageError;
}

int inputError(QTextStream& err, const Error& error)
{
    err << "slipway: " << error.toString() << '\n';
    err.flush();
    return UsageError;
}

} // namespace slipway::cli
