// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/git/Compare.h"

#include <QDialog>

class QComboBox;

namespace slipway {

// Chooses two states to compare: the working tree, the index, HEAD, or any revision typed in.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompareDialog(const QStringList& revisions, QWidget* parent = nullptr);
    git::TreeSpec from() const;
    git::TreeSpec to() const;

private:
    static git::TreeSpec specOf(const QComboBox* box);
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
};

} // namespace slipway
