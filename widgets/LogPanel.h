// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListView;

namespace slipway {

class LogModel;

// The application log, following new entries unless the user has scrolled up.
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(LogModel* model, QWidget* parent = nullptr);

    QListView* view() const { return m_view; }

private:
    QListView* m_view;
};

} // namespace slipway
