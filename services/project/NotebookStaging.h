// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QList>
#include <QString>

namespace slipway {

// Stages chosen cells of a notebook: their sources (and cell types) from the work tree, cleaned by the
// notebook filter's rules, go into the staged notebook; every other cell stays as staged, and outputs are
// never staged. Cells are matched by id (nbformat ≥ 4.5), else by position; a new cell goes after the cell
// that precedes it in the work tree. `cells` are indices into the work-tree notebook's cells.
// The cells of the work-tree notebook (as the filter cleans it) against the staged notebook: which are
// new, changed (source or type) or the same. Outputs never count.
struct CellChange
{
    enum class State
    {
        Same,
        Changed,
        New
    };
    int index = 0;
    QString cellType;
    QString firstLine;
    State state = State::Same;
};
Result<QList<CellChange>> notebookCellChanges(const QString& repositoryRoot, const QString& path);

Result<void> stageNotebookCells(const QString& repositoryRoot, const QString& path, const QList<int>& cells);

} // namespace slipway
