// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace slipway::test {

// Notebooks a hostile or broken repository may hold: nesting past any parser's stack, numbers past any
// integer in every integer-like key, images that point at devices and local files, counts that would
// blow a conversion up. Generated, so the repository holds no such files. Every command and view must
// answer each with a result or an error naming the file — never a signal, a hang or unbounded memory.
struct HostileNotebook
{
    QString name;     // a file name, e.g. "deep-metadata.ipynb"
    QByteArray bytes; // the notebook
    // What a conversion to a script must say: empty when it may succeed, else a fragment of the error.
    QString convertError = {};
};
QList<HostileNotebook> hostileNotebooks();

// A notebook with one code cell holding `source`, whose cell metadata is `cellMetadata` (JSON text).
QByteArray notebookWithCell(const QByteArray& source, const QByteArray& cellMetadata = "{}",
                            const QByteArray& outputs = "[]");

} // namespace slipway::test
