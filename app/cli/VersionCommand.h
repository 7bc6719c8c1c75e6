// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace slipway::cli {

// `slipway version [--scheme S] [--local-scheme L] [--tag NAME] [--explain] [--json] [PATH]`: the project's
// version exactly as setuptools_scm computes it, what it was computed from, a tag preview and bump
// suggestions.
int version(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace slipway::cli
