// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/MainWindow.h"
#include "services/pipeline/ForeignPipelines.h"
#include "services/pipeline/PipelineJob.h"

#include <QObject>
#include <QPointer>

class QDockWidget;

namespace slipway {

class PipelineModel;
class PipelinePanel;

// The Pipeline dock: slipway.yaml's steps read and laid out (Graphviz) off the GUI thread, the last run's
// states shown when the project opens, runs and dry runs as jobs in the Jobs panel with the graph
// recoloured as steps change. An untrusted project runs nothing (a dry run is fine).
class PipelineController : public QObject
{
    Q_OBJECT
public:
    PipelineController(const AppServices& services, QMainWindow* window);
    ~PipelineController() override;

    QDockWidget* dock() const { return m_dock; }
    PipelinePanel* panel() const { return m_panel; }
    PipelineModel* model() const { return m_model; }
    pipeline::PipelineJob* running() const { return m_job; }

    void setProject(const std::optional<ProjectInfo>& project);
    void run(const QStringList& steps, pipeline::Selection selection, bool dryRun);
    void cancel();
    // 0: slipway.yaml's pipeline; 1…: the read-only ones (foreign()), in the panel's list.
    void showGraph(int index);
    const QList<pipeline::ForeignPipeline>& foreign() const { return m_foreign; }

Q_SIGNALS:
    void loaded();   // the graph shows the project's pipeline (tests wait for it)
    void finished(); // a run or dry run ended

private:
    void load();

    AppServices m_services;
    QMainWindow* m_window;
    PipelineModel* m_model;
    PipelinePanel* m_panel;
    QDockWidget* m_dock;
    std::optional<ProjectInfo> m_project;
    QList<pipeline::ForeignPipeline> m_foreign;
    QPointer<pipeline::PipelineJob> m_job;
    quint64 m_generation = 0;
};

} // namespace slipway
