// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace slipway {

// Status-bar indicator: does git strip this project's notebooks when they are staged? With a button that
// sets it up (the same configuration as `slipway filter install`). Asks git off the GUI thread.
class GitFilterIndicator : public QWidget
{
    Q_OBJECT
public:
    // `slipwayCommand`: the `slipway` executable git is to run.
    explicit GitFilterIndicator(QString slipwayCommand, QWidget* parent = nullptr);

    // The repository to watch; empty hides the indicator.
    void setRepository(const QString& path);
    void refresh();
    void setUp();
    QString text() const;
    bool canSetUp() const;

Q_SIGNALS:
    void stateKnown();
    void setUpDone(const QString& message);
    void failed(const slipway::Error& error);

private:
    QString m_command;
    QString m_repository;
    QLabel* m_label;
    QToolButton* m_button;
};

} // namespace slipway
