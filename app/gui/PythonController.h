// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/MainWindow.h"
#include "services/project/Project.h"

#include <QObject>

#include <optional>

namespace slipway {

// Project → Python Interpreter…: the interpreters found (on the pool), the choice remembered per project,
// and a new .venv with the project installed into it (a job whose output goes to the Log).
class PythonController : public QObject
{
    Q_OBJECT
public:
    PythonController(const AppServices& services, QWidget* window, QObject* parent = nullptr);
    void setProject(const std::optional<ProjectInfo>& project);
    void chooseInterpreter();
    void createEnvironment(bool systemSitePackages, bool offline);

Q_SIGNALS:
    void interpreterChanged(const QString& path);

private:
    AppServices m_services;
    QWidget* m_window;
    std::optional<ProjectInfo> m_project;
    bool m_busy = false;
};

} // namespace slipway
