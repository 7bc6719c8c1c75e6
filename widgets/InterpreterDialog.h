// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/python/Environments.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;

namespace slipway {

// Chooses the project's Python interpreter among those found (version and tools shown), or asks for a new
// .venv with the project installed into it.
class InterpreterDialog : public QDialog
{
    Q_OBJECT
public:
    InterpreterDialog(const QList<python::Interpreter>& interpreters, const QString& current,
                      QWidget* parent = nullptr);
    QString chosen() const;

Q_SIGNALS:
    void createRequested(bool systemSitePackages, bool offline);

private:
    QListWidget* m_list = nullptr;
    QCheckBox* m_system = nullptr;
    QCheckBox* m_offline = nullptr;
};

} // namespace slipway
