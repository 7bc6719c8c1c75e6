// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace slipway::test {

// One case of ../shared/corpus/nbstripout-tests/MANIFEST.md: input, nbstripout flags, expected output.
struct StripCase
{
    const char* name;
    QString input;
    QStringList flags;
    QString expected;
};

QList<StripCase> stripCases();
// A file of the corpus's nbstripout end-to-end fixtures.
QString e2eFile(const QString& name);

} // namespace slipway::test
