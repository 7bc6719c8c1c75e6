#pragma once

#include <QList>

class QWidget;

namespace slipway {

// The layout of a dock panel: its view filling the space, and a column of (tool) buttons on the right.
void layOutPanel(QWidget* panel, QWidget* view, const QList<QWidget*>& buttons);

} // namespace slipway
