// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/project/Project.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;

namespace slipway {

class EditorArea;
class GitFilterIndicator;
class JobManager;
class JobsModel;
class LogModel;
class LogSink;
class ProjectFilesModel;
class ProjectPanel;
class GitController;
class HistoryController;
class LintController;
class TestController;
class PythonController;
class ReleaseController;
class ChannelsController;
class PipelineController;
class TrustBanner;
class TrustStore;

// The services the window works with; app/main.cpp owns them.
struct AppServices
{
    JobManager* jobs = nullptr;
    LogSink* log = nullptr;
    TrustStore* trust = nullptr;
    QString slipwayCommand; // the `slipway` executable git runs as the notebook filter
};

// Assembles the panels (project tree, editors, log, jobs, trust banner) and the menus; each panel is its
// own widget, and the work is done by services. Kept thin on purpose.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const AppServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the project folder `path`, showing `file` in it (a notebook the desktop opened with Slipway),
    // else its README.
    void openProject(const QString& path, const QString& file = {});
    // Strips every notebook of the project in place, as a job (the menu action asks first).
    void stripAllNotebooks();
    // Keeps a percent script beside each notebook (both ways; conflicts are reported, nothing overwritten).
    void pairNotebooks();
    const std::optional<ProjectInfo>& project() const { return m_project; }
    EditorArea* editors() const { return m_editors; }
    ReleaseController* release() const { return m_release; }
    ChannelsController* channels() const { return m_channels; }
    PipelineController* pipeline() const { return m_pipeline; }
    GitController* git() const { return m_git; }
    HistoryController* history() const { return m_history; }
    LintController* lint() const { return m_lint; }
    TestController* tests() const { return m_tests; }
    PythonController* python() const { return m_python; }

Q_SIGNALS:
    // The project is shown (or failed to open: `project()` is then empty).
    void projectLoaded();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createDocks();
    void showProject(const ProjectInfo& project);
    void showVersion(const ProjectInfo& project);
    // HEAD moved: the version (and what the Release dock says) with it.
    void refreshVersion();
    void chooseProject();
    void openSampleProject();
    void updateRecentMenu();
    void updateTitle();
    void showAbout();
    void saveWindowState() const;

    AppServices m_services;
    ProjectFilesModel* m_filesModel;
    JobsModel* m_jobsModel;
    LogModel* m_logModel;
    EditorArea* m_editors;
    TrustBanner* m_trustBanner;
    ProjectPanel* m_projectPanel = nullptr;
    ReleaseController* m_release = nullptr;
    ChannelsController* m_channels = nullptr;
    PipelineController* m_pipeline = nullptr;
    GitController* m_git = nullptr;
    HistoryController* m_history = nullptr;
    LintController* m_lint = nullptr;
    TestController* m_tests = nullptr;
    PythonController* m_python = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    GitFilterIndicator* m_filterIndicator;
    QLabel* m_versionLabel;
    std::optional<ProjectInfo> m_project;
    quint64 m_loadJob = 0;
    QString m_fileToShow; // what openProject() was asked to show once the project is in
};

} // namespace slipway
