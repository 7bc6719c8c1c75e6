// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/CellPickerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway {

CellPickerDialog::CellPickerDialog(const QString& path, const QList<CellChange>& cells, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Stage Cells of %1").arg(path));
    m_list->setObjectName(QStringLiteral("cellList"));
    for (const CellChange& cell : cells) {
        const QString state = cell.state == CellChange::State::New       ? tr("new")
                              : cell.state == CellChange::State::Changed ? tr("changed")
                                                                         : tr("unchanged");
        auto* item = new QListWidgetItem(
            tr("[%1] %2 — %3 — %4").arg(cell.index + 1).arg(cell.cellType, state, cell.firstLine), m_list);
        item->setData(Qt::UserRole, cell.index);
        item->setFlags(cell.state == CellChange::State::Same ? Qt::ItemIsUserCheckable
                                                             : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(cell.state == CellChange::State::Same ? Qt::Unchecked : Qt::Checked);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Stage"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("The sources of the checked cells are staged; outputs never are."), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

QList<int> CellPickerDialog::chosenCells() const
{
    QList<int> cells;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            cells.append(m_list->item(row)->data(Qt::UserRole).toInt());
    return cells;
}

} // namespace slipway
