// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace slipway::cli {

// `slipway lint [--tool T]… [--format text|json|sarif] [--python P] [PATH]`: flake8, pylint, pycodestyle and
// ruff on the project's Python files and notebooks (findings mapped to cells); trusted projects only.
int lint(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag);

} // namespace slipway::cli
