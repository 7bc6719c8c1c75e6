// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QWidget;

namespace slipway {

// The layout of a dock panel: its view filling the space, and a column of (tool) buttons on the right.
void layOutPanel(QWidget* panel, QWidget* view, const QList<QWidget*>& buttons);

} // namespace slipway
