// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/StripCommand.h"

#include <QStringList>

class QTextStream;

namespace slipway::cli {

// `slipway filter install|uninstall|status [--local|--global|--system] [--attributes FILE]`: the git
// configuration nbstripout --install writes, pointing at Slipway (and its long-running filter process).
int filter(const QStringList& arguments, QTextStream& out, QTextStream& err);

// What `strip` and `filter-process` (StripCommand.h) get in slipway-cli: libgit2's reading of git's
// configuration, folders scanned as git sees them, and nbstripout's --install and the like.
StripServices fullStripServices(QTextStream& out, QTextStream& err);

} // namespace slipway::cli
