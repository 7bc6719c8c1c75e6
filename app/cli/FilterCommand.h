// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace slipway::cli {

// `slipway filter install|uninstall|status [--local|--global|--system] [--attributes FILE]`: the git
// configuration nbstripout --install writes, pointing at Slipway (and its long-running filter process).
int filter(const QStringList& arguments, QTextStream& out, QTextStream& err);

// `slipway filter-process`: what git runs for filter.nbstripout.process (one process per git command).
int filterProcess(QTextStream& err);

} // namespace slipway::cli
