// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace slipway::cli {

// `slipway diff [--cached] [--outputs] [--color=WHEN] [-U N] [REV[..REV]] [-- PATH…]`: the notebook-aware
// unified diff of the review view, in the terminal.
int diff(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace slipway::cli
