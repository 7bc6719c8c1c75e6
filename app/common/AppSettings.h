// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace slipway {

// Where the application keeps its settings (window state, recent projects) and the trust store. Both
// live under QStandardPaths::AppConfigLocation, so tests redirect them with setTestModeEnabled(true).
namespace AppSettings {

QString settingsPath();
std::unique_ptr<QSettings> open();

QStringList recentProjects();
void addRecentProject(const QString& path);
void removeRecentProject(const QString& path);
constexpr int maxRecentProjects = 10;

// The Python interpreter chosen for a project; empty when none was chosen.
QString projectInterpreter(const QString& projectRoot);
void setProjectInterpreter(const QString& projectRoot, const QString& interpreter);
// The chosen one when it still runs, else the project's .venv, else python3.
QString pythonFor(const QString& projectRoot);

} // namespace AppSettings
} // namespace slipway
