// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StripPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slipway {

StripPreviewDialog::StripPreviewDialog(const StripPlan& plan, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Strip Outputs"));
    const QLocale locale;
    auto* summary = new QLabel(tr("<b>%1</b>: %2 → %3")
                                   .arg(QFileInfo(plan.path).fileName().toHtmlEscaped(),
                                        locale.formattedDataSize(plan.original.size()),
                                        locale.formattedDataSize(plan.stripped.size())),
                               this);
    summary->setObjectName(QStringLiteral("stripSummary"));

    auto* table = new QTableWidget(
        int(plan.changes.size()) + (plan.notebookMetadataKeysRemoved.isEmpty() ? 0 : 1), 2, this);
    table->setObjectName(QStringLiteral("stripChanges"));
    table->setHorizontalHeaderLabels({tr("Cell"), tr("Loses")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    int row = 0;
    if (!plan.notebookMetadataKeysRemoved.isEmpty()) {
        table->setItem(row, 0, new QTableWidgetItem(tr("Notebook")));
        table->setItem(
            row++, 1,
            new QTableWidgetItem(
                tr("metadata: %1").arg(plan.notebookMetadataKeysRemoved.join(QStringLiteral(", ")))));
    }
    for (const StripPlan::CellChange& change : plan.changes) {
        QStringList parts;
        if (change.removed)
            parts << tr("the whole cell");
        if (change.outputsRemoved > 0)
            parts << tr("outputs: %n (%1)", nullptr, change.outputsRemoved)
                         .arg(locale.formattedDataSize(change.outputBytes));
        if (change.countCleared)
            parts << tr("execution count");
        if (!change.metadataKeysRemoved.isEmpty())
            parts << tr("metadata: %1").arg(change.metadataKeysRemoved.join(QStringLiteral(", ")));
        table->setItem(row, 0, new QTableWidgetItem(QString::number(change.cell)));
        table->setItem(row++, 1, new QTableWidgetItem(parts.join(QStringLiteral(" · "))));
    }
    table->resizeColumnToContents(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* strip = buttons->addButton(tr("Strip"), QDialogButtonBox::AcceptRole);
    strip->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(new QLabel(tr("You can undo this (Ctrl+Z in the notebook)."), this));
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace slipway
