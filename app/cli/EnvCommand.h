// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace slipway::cli {

// `slipway env [--json] [PATH]`: the Python interpreters the project could use, with their versions and
// tools.
int env(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag);

} // namespace slipway::cli
