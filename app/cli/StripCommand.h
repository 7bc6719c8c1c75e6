// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace slipway::cli {

// `slipway strip [options] PATH…|-`: nbstripout-compatible stripping of notebooks in place (atomically,
// untouched when nothing changes), to stdout, or as a dry run / verification.
int strip(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace slipway::cli
