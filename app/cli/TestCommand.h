// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace slipway::cli {

// `slipway test [--installed] [--junit FILE] [--coverage] [--last-failed] [--python P] [PATH] [--
// SELECTION…]`: pytest with live progress, results and coverage; trusted projects only.
int test(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag);

} // namespace slipway::cli
