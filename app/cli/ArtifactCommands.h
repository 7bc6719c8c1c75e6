// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace slipway::cli {

// `slipway build [--wheel] [--sdist] [--exe] [--allow-dirty] [--json] [PATH]`: PEP 517 builds (and a
// single-file executable) of a trusted project, each artifact inspected.
int build(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag);
// `slipway inspect [--json] [--files] [--strict] FILE…`, `slipway inspect --diff A B`.
int inspect(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace slipway::cli
