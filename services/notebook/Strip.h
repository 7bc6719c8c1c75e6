// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/notebook/Notebook.h"

#include <QStringList>

namespace slipway::notebook {

// nbstripout's options (0.9), with its defaults.
struct StripOptions
{
    bool keepOutput = false; // keep every output; otherwise the notebook's metadata.keep_output decides
    bool keepCount = false;
    bool keepId = false;          // otherwise cell ids become "0", "1", …
    QStringList extraKeys;        // also removed: "metadata.x.y" (notebook) or "cell.metadata.z" (each cell)
    QStringList keepMetadataKeys; // never removed, even when a default or extra key names them
    bool dropEmptyCells = false;
    QStringList dropTaggedCells; // cells carrying any of these tags are removed
    bool stripInitCells = false;
    qint64 maxSize = 0; // outputs whose size (characters of all their strings) is at most this are kept
    // "type" or "type:name" (e.g. "execute_result", "stream:stdout"), as nbstripout 0.9's options: outputs of
    // these types are kept even where outputs are stripped (and only they, in cells that keep their outputs)…
    QStringList keepOutputTypes;
    // …and outputs of these types are removed everywhere.
    QStringList dropOutputTypes;

    // The keys nbstripout always removes, before extraKeys and keepMetadataKeys apply.
    static QStringList defaultExtraKeys();
    // "50", "10k", "2M", "1G" (×10³, ×10⁶, ×10⁹) as nbstripout's --max-size reads them.
    static Result<qint64> parseSize(const QString& text);
};

struct StripReport
{
    bool changed = false;
    QStringList warnings; // e.g. "Ignoring invalid extra key `foo`"
};

struct StrippedNote
{
    QByteArray bytes;
    bool changed = false;
};

// Strips a Zeppelin note (.zpln) as nbstripout --mode zeppelin does: every paragraph's "results" emptied,
// keys in their order, 2-space indent.
Result<StrippedNote> stripZeppelin(const QByteArray& bytes, const QString& path);

// Strips `notebook` in place as nbstripout's strip_output does. Fails (the notebook is then unusable)
// when a cell's metadata contradicts its tags about keep_output.
Result<StripReport> strip(Notebook& notebook, const StripOptions& options);

// Strips a notebook (or a Zeppelin note, by its .zpln name) as the git filter does, returning the bytes to
// store.
Result<QByteArray> cleanNotebook(const StripOptions& options, const QString& path, const QByteArray& content);

} // namespace slipway::notebook
