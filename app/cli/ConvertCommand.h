// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace slipway::cli {

// `slipway convert --to percent|databricks|ipynb [--output PATH|-] FILE…`: notebooks to reviewable scripts
// and back (a notebook that exists keeps its outputs); `--pair` keeps a script beside each notebook in sync.
int convert(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace slipway::cli
