// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/project/NotebookStaging.h"

#include <QDialog>

class QListWidget;

namespace slipway {

// Which cells of a notebook to stage: every cell with its first line, the changed and new ones checked.
// Only their sources are staged; outputs never are.
class CellPickerDialog : public QDialog
{
    Q_OBJECT
public:
    CellPickerDialog(const QString& path, const QList<CellChange>& cells, QWidget* parent = nullptr);
    QList<int> chosenCells() const;

private:
    QListWidget* m_list;
};

} // namespace slipway
