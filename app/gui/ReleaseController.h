// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/MainWindow.h"

#include <QObject>
#include <QPointer>

class QDockWidget;

namespace slipway {

class ArtifactsModel;
class ReleasePanel;
namespace dist {
class BuildJob;
}

// The Release dock's wiring: the project's version into the panel, dist/ inspected off the GUI thread,
// builds started (trusted projects only) as jobs with their output in the Log.
class ReleaseController : public QObject
{
    Q_OBJECT
public:
    ReleaseController(const AppServices& services, QMainWindow* window);
    ~ReleaseController() override;

    QDockWidget* dock() const { return m_dock; }
    ReleasePanel* panel() const { return m_panel; }
    ArtifactsModel* model() const { return m_model; }

    void setProject(const std::optional<ProjectInfo>& project);
    // The same project with a newly computed version: the panel's version only, dist/ is not read again.
    void updateVersion(const ProjectInfo& project);
    void refreshArtifacts();
    void build(bool packages, bool executable, bool allowUnreleasable);

Q_SIGNALS:
    void artifactsRefreshed();
    // A build ended; the project's version may have moved (`ok` tells whether it succeeded).
    void buildFinished(bool ok);

private:
    void updateBuildAllowed();

    AppServices m_services;
    QMainWindow* m_window;
    ArtifactsModel* m_model;
    ReleasePanel* m_panel;
    QDockWidget* m_dock;
    std::optional<ProjectInfo> m_project;
    QPointer<dist::BuildJob> m_build;
    quint64 m_refreshGeneration = 0;
};

} // namespace slipway
