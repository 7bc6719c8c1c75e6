// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

namespace slipway {

// Help → About: what Slipway is and the versions of the libraries it runs on (for bug reports).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    using Versions = QList<QPair<QString, QString>>; // library name → version

    explicit AboutDialog(const Versions& versions, QWidget* parent = nullptr);
};

} // namespace slipway
