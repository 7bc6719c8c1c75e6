// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/PythonController.h"

#include "app/common/AppSettings.h"
#include "services/core/Continuation.h"
#include "services/core/Job.h"
#include "services/core/JobManager.h"
#include "services/core/LogSink.h"
#include "services/project/TrustStore.h"
#include "services/python/Environments.h"
#include "widgets/InterpreterDialog.h"

namespace slipway {

using namespace Qt::StringLiterals;

PythonController::PythonController(const AppServices& services, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
{}

void PythonController::setProject(const std::optional<ProjectInfo>& project)
{
    m_project = project;
}

void PythonController::chooseInterpreter()
{
    if (!m_project || m_busy)
        return;
    m_busy = true;
    const auto discovery = python::discoverAsync(m_project->root, QProcessEnvironment::systemEnvironment(),
                                                 m_services.trust->isTrusted(m_project->root));
    m_services.jobs->track(tr("Find Python interpreters"), QFuture<void>(discovery));
    whenFinished(discovery, this, [this](const QFuture<QList<python::Interpreter>>& done) {
        m_busy = false;
        if (!m_project || done.isCanceled() || done.resultCount() == 0)
            return;
        auto* dialog =
            new InterpreterDialog(done.result(), AppSettings::pythonFor(m_project->root), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            if (!m_project || dialog->chosen().isEmpty())
                return;
            AppSettings::setProjectInterpreter(m_project->root, dialog->chosen());
            m_services.log->info(tr("python"), tr("%1 now uses %2").arg(m_project->name, dialog->chosen()));
            Q_EMIT interpreterChanged(dialog->chosen());
        });
        connect(dialog, &InterpreterDialog::createRequested, this, &PythonController::createEnvironment);
        dialog->open();
    });
}

void PythonController::createEnvironment(bool systemSitePackages, bool offline)
{
    if (!m_project)
        return;
    // Installing the project runs its build backend: trusted projects only.
    if (!m_services.trust->isTrusted(m_project->root)) {
        m_services.log->warning(tr("python"),
                                tr("%1 is not trusted: installing it runs its build; trust the project first")
                                    .arg(m_project->root));
        return;
    }
    python::CreateRequest request;
    request.projectRoot = m_project->root;
    request.systemSitePackages = systemSitePackages;
    request.offline = offline;
    auto* job = new python::CreateEnvironmentJob(request);
    connect(job, &Job::finished, this, [this, job] {
        for (const Error& problem : job->problems())
            m_services.log->error(tr("python"), problem.toString());
        if (!job->interpreter().isEmpty() && m_project) {
            AppSettings::setProjectInterpreter(m_project->root, job->interpreter());
            m_services.log->info(tr("python"),
                                 tr("Created %1 and installed the project into it").arg(job->interpreter()));
            Q_EMIT interpreterChanged(job->interpreter());
        }
    });
    m_services.jobs->add(job);
}

} // namespace slipway
