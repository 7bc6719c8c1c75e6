// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slipway {

AboutDialog::AboutDialog(const Versions& versions, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Slipway"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QGuiApplication::windowIcon().pixmap(64, 64));
    auto* text = new QLabel(tr("<h2>Slipway %1</h2><p>From notebook to release: strip, review, lint, test, "
                               "version, build and publish data-science projects.</p>")
                                .arg(QApplication::applicationVersion()),
                            this);
    text->setWordWrap(true);

    auto* table = new QTableWidget(int(versions.size()), 2, this);
    table->setObjectName(QStringLiteral("versions"));
    table->setHorizontalHeaderLabels({tr("Library"), tr("Version")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    for (int row = 0; row < versions.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(versions[row].first));
        table->setItem(row, 1, new QTableWidgetItem(versions[row].second));
    }
    table->resizeColumnToContents(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(460, 380);
}

} // namespace slipway
