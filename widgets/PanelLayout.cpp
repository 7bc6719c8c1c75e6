// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PanelLayout.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace slipway {

void layOutPanel(QWidget* panel, QWidget* view, const QList<QWidget*>& buttons)
{
    auto* column = new QVBoxLayout;
    for (QWidget* button : buttons)
        column->addWidget(button);
    column->addStretch();
    auto* layout = new QHBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    layout->addLayout(column);
}

} // namespace slipway
