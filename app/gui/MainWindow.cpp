// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/MainWindow.h"

#include "app/common/AppSettings.h"
#include "app/common/Versions.h"
#include "app/gui/ChannelsController.h"
#include "app/gui/GitController.h"
#include "app/gui/HistoryController.h"
#include "app/gui/LintController.h"
#include "app/gui/PipelineController.h"
#include "app/gui/PythonController.h"
#include "app/gui/ReleaseController.h"
#include "app/gui/TestController.h"
#include "models/JobsModel.h"
#include "models/LogModel.h"
#include "models/ProjectFilesModel.h"
#include "services/core/Continuation.h"
#include "services/core/JobManager.h"
#include "services/core/LogSink.h"
#include "services/notebook/NotebookPairing.h"
#include "services/project/ProjectVersion.h"
#include "services/project/SampleProject.h"
#include "services/project/StripAll.h"
#include "services/project/TrustStore.h"
#include "widgets/AboutDialog.h"
#include "widgets/EditorArea.h"
#include "widgets/GitFilterIndicator.h"
#include "widgets/JobsPanel.h"
#include "widgets/LogPanel.h"
#include "widgets/ProjectPanel.h"
#include "widgets/TrustBanner.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#include <utility>

namespace slipway {

MainWindow::MainWindow(const AppServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_filesModel(new ProjectFilesModel(this))
    , m_jobsModel(new JobsModel(services.jobs, this))
    , m_logModel(new LogModel(services.log, 10000, this))
    , m_editors(new EditorArea(this))
    , m_trustBanner(new TrustBanner(services.trust, this))
    , m_filterIndicator(new GitFilterIndicator(services.slipwayCommand, this))
    , m_versionLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_trustBanner);
    layout->addWidget(m_editors, 1);
    setCentralWidget(central);

    createDocks();
    createMenus();

    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    statusBar()->addPermanentWidget(m_filterIndicator);
    statusBar()->addPermanentWidget(m_git->branchButton());
    connect(m_filterIndicator, &GitFilterIndicator::setUpDone, this,
            [this](const QString& message) { m_services.log->info(tr("git"), message); });
    connect(m_filterIndicator, &GitFilterIndicator::failed, this, [this](const Error& error) {
        m_services.log->error(tr("git"), error.toString());
        QMessageBox::warning(this, tr("Cannot set up the notebook filter"), error.toString());
    });
    statusBar()->addPermanentWidget(m_versionLabel);

    connect(m_editors, &EditorArea::failed, this, [this](const Error& error) {
        m_services.log->error(tr("editor"), error.toString());
        statusBar()->showMessage(error.toString(), 8000);
    });
    connect(m_editors, &EditorArea::fileSaved, this,
            [this](const QString& path) { statusBar()->showMessage(tr("Saved %1").arg(path), 4000); });
    connect(m_editors, &EditorArea::allClosed, this, &QWidget::close);
    connect(m_services.trust, &TrustStore::trustChanged, this, [this](const QString& folder, bool trusted) {
        m_services.log->info(tr("trust"), trusted ? tr("Trusted %1").arg(folder)
                                                  : tr("No longer trusted: %1").arg(folder));
    });

    const auto settings = AppSettings::open();
    if (!restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
    updateRecentMenu();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_projectPanel = new ProjectPanel(m_filesModel, this);
    connect(m_projectPanel, &ProjectPanel::fileActivated, m_editors, &EditorArea::openFile);
    auto* projectDock = new QDockWidget(tr("Project"), this);
    projectDock->setObjectName(QStringLiteral("projectDock"));
    projectDock->setWidget(m_projectPanel);
    addDockWidget(Qt::LeftDockWidgetArea, projectDock);

    auto* logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(new LogPanel(m_logModel, this));
    addDockWidget(Qt::BottomDockWidgetArea, logDock);

    auto* jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(QStringLiteral("jobsDock"));
    jobsDock->setWidget(new JobsPanel(m_jobsModel, m_services.jobs, this));
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock);
    tabifyDockWidget(logDock, jobsDock);
    logDock->raise();

    m_git = new GitController(m_services, this);
    m_history = new HistoryController(m_services, m_editors, this);
    m_lint = new LintController(m_services, m_editors, this);
    m_lint->dock()->setParent(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_lint->dock());
    tabifyDockWidget(logDock, m_lint->dock());
    m_tests = new TestController(m_services, m_editors, this);
    m_python = new PythonController(m_services, this, this);
    m_tests->dock()->setParent(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_tests->dock());
    tabifyDockWidget(logDock, m_tests->dock());
    logDock->raise();
    addDockWidget(Qt::LeftDockWidgetArea, m_git->dock());
    tabifyDockWidget(projectDock, m_git->dock());
    projectDock->raise();
    // Commits, switches and pulls move HEAD; edits and staging make the tree dirty: the version follows both.
    connect(m_git, &GitController::headChanged, this, &MainWindow::refreshVersion);
    connect(m_git, &GitController::trackedChangesChanged, this, &MainWindow::refreshVersion);

    m_release = new ReleaseController(m_services, this);
    addDockWidget(Qt::RightDockWidgetArea, m_release->dock());
    m_channels = new ChannelsController(m_services, this);
    addDockWidget(Qt::RightDockWidgetArea, m_channels->dock());
    tabifyDockWidget(m_release->dock(), m_channels->dock());
    m_pipeline = new PipelineController(m_services, this);
    addDockWidget(Qt::RightDockWidgetArea, m_pipeline->dock());
    tabifyDockWidget(m_release->dock(), m_pipeline->dock());
    m_release->dock()->raise();
    resizeDocks({projectDock, m_release->dock()}, {250, 420}, Qt::Horizontal);
    resizeDocks({logDock}, {180}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Folder…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("&Save"), QKeySequence::Save, m_editors, &EditorArea::saveCurrent);
    file->addAction(tr("Re&load Project"), QKeySequence::Refresh, this, [this] {
        if (m_project)
            openProject(m_project->root);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    const auto docks = findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks)
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu* project = menuBar()->addMenu(tr("&Project"));
    QAction* stripAll = project->addAction(tr("&Strip Outputs of All Notebooks…"), this, [this] {
        if (!m_project || m_project->notebooks.isEmpty())
            return;
        const auto answer =
            QMessageBox::question(this, tr("Strip all notebooks?"),
                                  tr("Remove the outputs, execution counts and noisy metadata of the "
                                     "notebooks in %1 (%n)? The files "
                                     "themselves change; commit first if you want to keep their outputs.",
                                     nullptr, int(m_project->notebooks.size()))
                                      .arg(m_project->name),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            stripAllNotebooks();
    });
    QAction* lintAction = project->addAction(tr("&Lint Project"), m_lint, &LintController::lintProject);
    lintAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    project->addAction(tr("P&ython Interpreter…"), m_python, &PythonController::chooseInterpreter);
    project->addAction(tr("Run &Tests"), m_tests, [this] {
        m_tests->dock()->raise();
        m_tests->run({}, false, false, false);
    });
    QAction* pair = project->addAction(tr("&Pair Notebooks with Scripts"), this, &MainWindow::pairNotebooks);
    pair->setToolTip(tr("Keep a percent script beside each notebook, in sync both ways"));
    project->addSeparator();
    QAction* trust = project->addAction(tr("&Trust This Project"), this, [this] {
        if (m_project)
            m_services.trust->setTrusted(m_project->root, true);
    });
    QAction* untrust = project->addAction(tr("&Revoke Trust"), this, [this] {
        if (m_project)
            m_services.trust->setTrusted(m_project->root, false);
    });
    connect(project, &QMenu::aboutToShow, this, [this, stripAll, pair] {
        stripAll->setEnabled(m_project && !m_project->notebooks.isEmpty());
        pair->setEnabled(m_project && !m_project->notebooks.isEmpty());
    });
    connect(project, &QMenu::aboutToShow, this, [this, trust, untrust] {
        const bool trusted = m_project && m_services.trust->isTrusted(m_project->root);
        trust->setEnabled(m_project && !trusted);
        untrust->setEnabled(m_project && trusted);
    });

    QMenu* gitMenu = menuBar()->addMenu(tr("&Git"));
    m_history->populateMenu(gitMenu);
    m_git->populateMenu(gitMenu);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &Sample Project"), this, &MainWindow::openSampleProject);
    help->addSeparator();
    help->addAction(tr("&About Slipway"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::openProject(const QString& path, const QString& file)
{
    if (!m_editors->closeAll())
        return;
    m_fileToShow = file.isEmpty() ? QString() : QFileInfo(file).canonicalFilePath();
    if (m_loadJob)
        m_services.jobs->cancel(m_loadJob);
    const QString name = QFileInfo(path).fileName();
    const QFuture<Result<ProjectInfo>> future = loadProjectAsync(path);
    const quint64 job = m_services.jobs->track(tr("Open project %1").arg(name), QFuture<void>(future));
    m_loadJob = job;
    whenFinished(future, this, [this, job, path](const QFuture<Result<ProjectInfo>>& done) {
        if (m_loadJob == job)
            m_loadJob = 0;
        if (done.isCanceled())
            return;
        const Result<ProjectInfo> result = done.result();
        if (!result) {
            m_services.jobs->markFailed(job, result.error().message);
            m_services.log->error(tr("project"), result.error().toString());
            AppSettings::removeRecentProject(path);
            updateRecentMenu();
            QMessageBox::warning(this, tr("Cannot open project"), result.error().toString());
            Q_EMIT projectLoaded();
            return;
        }
        showProject(*result);
    });
    statusBar()->showMessage(tr("Opening %1…").arg(path));
}

void MainWindow::stripAllNotebooks()
{
    if (!m_project)
        return;
    const QString root = m_project->root;
    const QFuture<StripAllReport> future = stripNotebooksAsync(root, m_project->notebooks);
    const quint64 job = m_services.jobs->track(
        tr("Strip notebooks (%n)", nullptr, int(m_project->notebooks.size())), QFuture<void>(future));
    whenFinished(future, this, [this, job](const QFuture<StripAllReport>& done) {
        if (done.isCanceled() || done.resultCount() == 0)
            return;
        const StripAllReport report = done.result();
        for (const Error& problem : report.problems)
            m_services.log->error(tr("strip"), problem.toString());
        const QString summary = tr("Stripped %1 of %2 notebooks; the others needed no change")
                                    .arg(report.stripped)
                                    .arg(report.notebooks);
        m_services.log->info(tr("strip"), summary);
        if (!report.problems.isEmpty())
            m_services.jobs->markFailed(job, tr("Notebooks that could not be stripped: %n; see the Log",
                                                nullptr, int(report.problems.size())));
        statusBar()->showMessage(summary, 6000);
    });
}

void MainWindow::pairNotebooks()
{
    using notebook::PairAction;
    using notebook::PairReport;
    using notebook::PairResult;
    using notebook::syncPairsAsync;
    if (!m_project || m_project->notebooks.isEmpty())
        return;
    const QFuture<PairReport> future = syncPairsAsync(m_project->root, m_project->notebooks);
    const quint64 job = m_services.jobs->track(tr("Pair notebooks with scripts"), QFuture<void>(future));
    whenFinished(future, this, [this, job](const QFuture<PairReport>& done) {
        if (done.isCanceled() || done.resultCount() == 0)
            return;
        const PairReport report = done.result();
        int written = 0, conflicts = 0;
        for (const PairResult& result : report.results) {
            if (result.action == PairAction::Conflict) {
                ++conflicts;
                m_services.log->warning(tr("pair"), tr("%1: %2").arg(result.scriptPath, result.detail));
            } else if (result.action != PairAction::InSync) {
                ++written;
                m_services.log->info(tr("pair"),
                                     tr("Wrote %1 (%2)")
                                         .arg(result.action == PairAction::WroteScript ? result.scriptPath
                                                                                       : result.notebookPath,
                                              result.detail));
            }
        }
        for (const Error& problem : report.problems)
            m_services.log->error(tr("pair"), problem.toString());
        const QString summary = tr("Paired %1 notebooks: %2 files written, %3 conflicts")
                                    .arg(report.results.size())
                                    .arg(written)
                                    .arg(conflicts);
        m_services.log->info(tr("pair"), summary);
        if (conflicts || !report.problems.isEmpty())
            m_services.jobs->markFailed(job, tr("Conflicts or errors; see the Log"));
        statusBar()->showMessage(summary, 6000);
    });
}

void MainWindow::showProject(const ProjectInfo& project)
{
    m_project = project;
    m_filesModel->setFiles(project.root, project.files);
    m_release->setProject(project);
    m_channels->setProject(project);
    m_pipeline->setProject(project);
    m_git->setProject(project);
    m_history->setProject(project);
    m_lint->setProject(project);
    m_tests->setProject(project);
    m_python->setProject(project);
    m_trustBanner->setProject(project.root);
    m_filterIndicator->setRepository(project.git ? project.root : QString());
    showVersion(project);

    m_services.log->info(tr("project"), tr("Opened %1 (%2 files, %3 notebooks)")
                                            .arg(project.root)
                                            .arg(project.files.size())
                                            .arg(project.notebooks.size()));
    for (const Error& problem : project.problems)
        m_services.log->warning(tr("project"), problem.toString());
    statusBar()->showMessage(project.problems.isEmpty() ? tr("Opened %1").arg(project.name)
                                                        : tr("Opened %1; problems: %n (see the Log)", nullptr,
                                                             int(project.problems.size()))
                                                              .arg(project.name),
                             6000);
    AppSettings::addRecentProject(project.root);
    updateRecentMenu();
    updateTitle();
    const QString shown = QDir(project.root).relativeFilePath(std::exchange(m_fileToShow, QString()));
    if (!shown.isEmpty() && project.files.contains(shown)) {
        m_editors->openFile(project.root + u'/' + shown);
    } else {
        for (const QString& readme :
             {QStringLiteral("README.md"), QStringLiteral("README.rst"), QStringLiteral("README")})
            if (project.files.contains(readme)) {
                m_editors->openFile(project.root + u'/' + readme);
                break;
            }
    }
    Q_EMIT projectLoaded();
}

void MainWindow::refreshVersion()
{
    if (!m_project || (m_project->pyproject && !m_project->pyproject->version.isEmpty()))
        return;
    const QString root = m_project->root;
    whenFinished(projectVersionAsync(root), this,
                 [this, root](const QFuture<Result<version::ScmVersion>>& done) {
                     if (!m_project || m_project->root != root)
                         return;
                     if (done.isCanceled() || done.resultCount() == 0)
                         return; // canceled (from the Jobs panel, or on the way out): no result to read
                     const auto v = done.result();
                     m_project->scmVersion = v ? std::optional(*v) : std::nullopt;
                     showVersion(*m_project);
                     m_release->updateVersion(*m_project);
                 });
}

void MainWindow::showVersion(const ProjectInfo& project)
{
    const QString version = project.versionLabel();
    m_versionLabel->setText(version.isEmpty() ? QString() : tr("Version %1").arg(version));
    QString versionTip;
    if (const auto& scm = project.scmVersion) {
        versionTip = scm->tag.isEmpty() ? tr("Computed as setuptools_scm does; no version tag yet")
                                        : tr("Computed as setuptools_scm does from tag %1 (distance %2)")
                                              .arg(scm->tag)
                                              .arg(scm->distance);
        if (scm->dirty)
            versionTip +=
                u'\n' + tr("Uncommitted changes: %1").arg(scm->changedFiles.join(QStringLiteral(", ")));
    }
    m_versionLabel->setToolTip(versionTip);
}

void MainWindow::chooseProject()
{
    const QString start = m_project ? QFileInfo(m_project->root).absolutePath() : QDir::homePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Project Folder"), start);
    if (!folder.isEmpty())
        openProject(folder);
}

void MainWindow::openSampleProject()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/samples";
    QString destination;
    for (int n = 1; destination.isEmpty() || QFileInfo::exists(destination); ++n)
        destination = base + u"/churn-" + QString::number(n);
    // Creating it is quick (a dozen small files and two commits), but it is I/O: it runs on the pool.
    const QFuture<Result<QString>> future =
        QtConcurrent::run([destination] { return createSampleProject(destination); });
    m_services.jobs->track(tr("Create the sample project"), QFuture<void>(future));
    whenFinished(future, this, [this](const QFuture<Result<QString>>& done) {
        if (done.isCanceled() || done.resultCount() == 0)
            return; // canceled (from the Jobs panel, or on the way out): no result to read
        const Result<QString> created = done.result();
        if (!created) {
            m_services.log->error(tr("sample"), created.error().toString());
            QMessageBox::warning(this, tr("Cannot create the sample project"), created.error().toString());
            return;
        }
        openProject(*created);
    });
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentProjects();
    for (const QString& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openProject(path); });
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_project ? tr("%1 — Slipway").arg(m_project->name) : tr("Slipway"));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(libraryVersions(), this);
    dialog.exec();
}

void MainWindow::saveWindowState() const
{
    const auto settings = AppSettings::open();
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_editors->closeAll()) {
        event->ignore();
        return;
    }
    saveWindowState();
    m_services.jobs->cancelAll();
    event->accept();
}

} // namespace slipway
