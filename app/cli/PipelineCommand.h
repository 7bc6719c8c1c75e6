// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace slipway::cli {

// `slipway pipeline run|check|graph|export …`
int pipeline(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag);

} // namespace slipway::cli
