// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/ReleaseController.h"

#include "models/ArtifactsModel.h"
#include "services/core/Continuation.h"
#include "services/core/Job.h"
#include "services/core/JobManager.h"
#include "services/core/LogSink.h"
#include "services/dist/Build.h"
#include "services/project/ProjectVersion.h"
#include "services/project/TrustStore.h"
#include "widgets/ReleasePanel.h"

#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QUrl>

namespace slipway {

ReleaseController::ReleaseController(const AppServices& services, QMainWindow* window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_model(new ArtifactsModel(this))
    , m_panel(new ReleasePanel(m_model, window))
    , m_dock(new QDockWidget(tr("Release"), window))
{
    m_dock->setObjectName(QStringLiteral("releaseDock"));
    m_dock->setWidget(m_panel);
    connect(m_panel, &ReleasePanel::buildRequested, this, &ReleaseController::build);
    connect(m_panel, &ReleasePanel::refreshRequested, this, &ReleaseController::refreshArtifacts);
    connect(m_panel, &ReleasePanel::openFolderRequested, this, [this] {
        if (!m_project)
            return;
        const QString dist = QDir(m_project->root).filePath(QStringLiteral("dist"));
        QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(dist).exists() ? dist : m_project->root));
    });
    connect(m_services.trust, &TrustStore::trustChanged, this, &ReleaseController::updateBuildAllowed);
}

ReleaseController::~ReleaseController() = default;

void ReleaseController::setProject(const std::optional<ProjectInfo>& project)
{
    m_project = project;
    if (!project) {
        m_panel->setVersion(std::nullopt, {});
        m_model->setArtifacts({});
        updateBuildAllowed();
        return;
    }
    updateVersion(*project);
    const PyProject py = project->pyproject.value_or(PyProject{});
    m_panel->setExecutableAllowed(
        !py.scripts.isEmpty(), py.scripts.isEmpty() ? tr("The project declares no [project.scripts] entry.")
                                                    : py.scripts.firstKey() + u" → " + py.scripts.first());
    updateBuildAllowed();
    refreshArtifacts();
}

void ReleaseController::updateVersion(const ProjectInfo& project)
{
    m_project = project;
    const PyProject py = project.pyproject.value_or(PyProject{});
    QString problem;
    for (const Error& e : project.problems)
        if (e.operation.contains(QStringLiteral("version"), Qt::CaseInsensitive))
            problem = e.toString();
    m_panel->setVersion(project.scmVersion, scmSettings(py), problem);
    if (!py.version.isEmpty() && !project.scmVersion)
        m_panel->setVersion(std::nullopt, {}, tr("Static version %1 in pyproject.toml.").arg(py.version));
}

void ReleaseController::updateBuildAllowed()
{
    if (!m_project)
        return m_panel->setBuildAllowed(false, tr("No project is open."));
    if (!m_project->hasPyProjectFile && !m_project->hasSetupPy)
        return m_panel->setBuildAllowed(false, tr("The project has neither pyproject.toml nor setup.py."));
    if (!m_services.trust->isTrusted(m_project->root))
        return m_panel->setBuildAllowed(false,
                                        tr("Building runs the project's build backend: trust the project "
                                           "first (Project → Trust This Project)."));
    if (m_build)
        return m_panel->setBuildAllowed(false, tr("A build is running."));
    m_panel->setBuildAllowed(true, {});
}

void ReleaseController::refreshArtifacts()
{
    if (!m_project)
        return;
    dist::InspectOptions options;
    options.projectRoot = m_project->root;
    if (m_project->scmVersion)
        options.expectedVersion = m_project->scmVersion->version;
    const quint64 generation = ++m_refreshGeneration;
    whenFinished(dist::inspectFolderAsync(QDir(m_project->root).filePath(QStringLiteral("dist")), options),
                 this, [this, generation](const QFuture<QList<Result<dist::Artifact>>>& done) {
                     if (generation != m_refreshGeneration)
                         return; // a newer refresh is on its way
                     QList<dist::Artifact> artifacts;
                     if (done.isCanceled() || done.resultCount() == 0)
                         return; // canceled (from the Jobs panel, or on the way out): no result to read
                     const auto inspected = done.result();
                     for (const Result<dist::Artifact>& a : inspected) {
                         if (a)
                             artifacts.append(*a);
                         else
                             m_services.log->error(tr("inspect"), a.error().toString());
                     }
                     m_model->setArtifacts(std::move(artifacts));
                     Q_EMIT artifactsRefreshed();
                 });
}

void ReleaseController::build(bool packages, bool executable, bool allowUnreleasable)
{
    if (!m_project || m_build)
        return;
    if (auto trusted = m_services.trust->require(m_project->root, tr("build")); !trusted) {
        QMessageBox::warning(m_window, tr("Cannot build"), trusted.error().toString());
        return;
    }
    dist::BuildRequest request;
    request.projectRoot = m_project->root;
    request.wheel = packages;
    request.sdist = packages;
    request.executable = executable;
    request.allowUnreleasable = allowUnreleasable;
    auto* job = new dist::BuildJob(request);
    m_build = job;
    job->setTitle(executable ? tr("Build executable of %1").arg(m_project->name)
                             : tr("Build %1").arg(m_project->name));
    connect(job, &Job::finished, this, [this, job] {
        const bool built = job->state() == Job::State::Succeeded;
        if (job->state() == Job::State::Failed) {
            const Error& error = job->result()->error();
            QMessageBox::warning(m_window, tr("Build failed"), error.toString());
        } else if (built) {
            QStringList names;
            for (const dist::Artifact& a : job->result()->value().inspected)
                names.append(a.fileName);
            m_services.log->info(tr("build"), tr("Built %1").arg(names.join(QStringLiteral(", "))));
            m_window->statusBar()->showMessage(tr("Built %1").arg(names.join(QStringLiteral(", "))), 8000);
        }
        m_build.clear();
        updateBuildAllowed();
        refreshArtifacts();
        Q_EMIT buildFinished(built);
    });
    m_services.jobs->add(job);
    updateBuildAllowed();
}

} // namespace slipway
