// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/MainWindow.h"
#include "services/project/Project.h"
#include "services/testing/TestResults.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QDockWidget;

namespace slipway {

class EditorArea;
class TestTreeModel;
class TestsPanel;

namespace testing {
class TestJob;
class CollectJob;
} // namespace testing

// The Tests dock: discovery, runs (all, selected, failed; with coverage; against the installed wheel) as
// pytest processes (trusted projects only), progress and results in the tree, traceback links opening the
// file at the line; the tools' output goes to the Log.
class TestController : public QObject
{
    Q_OBJECT
public:
    TestController(const AppServices& services, EditorArea* editors, QObject* parent = nullptr);

    QDockWidget* dock() const { return m_dock; }
    TestTreeModel* model() const { return m_model; }
    TestsPanel* panel() const { return m_panel; }
    void setProject(const std::optional<ProjectInfo>& project);
    void discover();
    void run(const QStringList& selection, bool failedOnly, bool coverage, bool installed);
    void cancel();

Q_SIGNALS:
    void discovered();
    void finished();

private:
    bool trusted();
    void showCoverage(const QString& path);
    void open(const QString& file, int line);

    AppServices m_services;
    EditorArea* m_editors;
    TestTreeModel* m_model;
    TestsPanel* m_panel;
    QDockWidget* m_dock;
    std::optional<ProjectInfo> m_project;
    QPointer<testing::TestJob> m_job;
    QPointer<testing::CollectJob> m_collect;
    std::optional<testing::CoverageReport> m_coverage;
};

} // namespace slipway
