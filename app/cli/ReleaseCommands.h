// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace slipway::cli {

// `slipway publish --channel NAME [--trust] [PATH] [FILE…]`
int publish(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag);
// `slipway promote VERSION --from A --to B [--dry-run] [--json] [--trust] [PATH]`
int promote(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag);
// `slipway yank VERSION --channel NAME --reason TEXT [--undo] [PATH]`
int yank(const QStringList& arguments, QTextStream& out, QTextStream& err);
// `slipway channels [--json] [PATH]`
int channels(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace slipway::cli
