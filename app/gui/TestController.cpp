// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/TestController.h"

#include "app/common/AppSettings.h"
#include "models/TestTreeModel.h"
#include "services/core/Job.h"
#include "services/core/JobManager.h"
#include "services/core/LogSink.h"
#include "services/project/TrustStore.h"
#include "services/testing/TestJob.h"
#include "widgets/CodeEditor.h"
#include "widgets/EditorArea.h"
#include "widgets/TestsPanel.h"

#include <QDir>
#include <QDockWidget>

namespace slipway {

using namespace Qt::StringLiterals;

TestController::TestController(const AppServices& services, EditorArea* editors, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_editors(editors)
    , m_model(new TestTreeModel(this))
{
    m_panel = new TestsPanel(m_model);
    m_dock = new QDockWidget(tr("Tests"));
    m_dock->setObjectName(u"testsDock"_s);
    m_dock->setWidget(m_panel);
    connect(m_panel, &TestsPanel::collectRequested, this, &TestController::discover);
    connect(m_panel, &TestsPanel::runRequested, this, &TestController::run);
    connect(m_panel, &TestsPanel::cancelRequested, this, &TestController::cancel);
    connect(m_panel, &TestsPanel::openRequested, this, &TestController::open);
    connect(m_editors, &EditorArea::fileOpened, this, &TestController::showCoverage);
}

void TestController::showCoverage(const QString& path)
{
    CodeEditor* editor = m_editors->editorFor(path);
    if (!editor || !m_project)
        return;
    const QString relative = QDir(m_project->root).relativeFilePath(path);
    if (m_coverage)
        for (const testing::FileCoverage& file : std::as_const(m_coverage->files))
            if (file.file == relative) {
                editor->setCoverage(file.covered, file.missed);
                return;
            }
    editor->setCoverage({}, {});
}

void TestController::setProject(const std::optional<ProjectInfo>& project)
{
    cancel();
    m_project = project;
    m_model->setCollection({});
    m_panel->setCoverage(std::nullopt);
    m_panel->setSummary({});
}

bool TestController::trusted()
{
    if (!m_project)
        return false;
    if (m_services.trust->isTrusted(m_project->root))
        return true;
    m_services.log->warning(
        tr("test"),
        tr("%1 is not trusted: tests run its code; trust the project first").arg(m_project->root));
    m_panel->setSummary(tr("Trust the project to run its tests."));
    return false;
}

void TestController::discover()
{
    if (!trusted() || m_collect || m_job)
        return;
    testing::TestRequest request;
    request.root = m_project->root;
    request.python = AppSettings::pythonFor(m_project->root);
    auto* job = new testing::CollectJob(request);
    job->setTitle(tr("Discover the tests of %1").arg(m_project->name));
    m_collect = job;
    m_panel->setRunning(true, tr("discovering…"));
    connect(job, &Job::finished, this, [this, job] {
        m_collect = nullptr; // done, even before the manager deletes it
        m_panel->setRunning(false);
        for (const Error& problem : job->problems())
            m_services.log->error(tr("test"), problem.toString());
        m_model->setCollection(job->collection());
        m_panel->setSummary(job->collection().errors.isEmpty()
                                ? tr("%1 tests").arg(job->collection().tests.size())
                                : tr("%1 tests, %2 files could not be collected")
                                      .arg(job->collection().tests.size())
                                      .arg(job->collection().errors.size()));
        Q_EMIT discovered();
    });
    m_services.jobs->add(job);
}

void TestController::run(const QStringList& selection, [[maybe_unused]] bool failedOnly, bool coverage,
                         bool installed)
{
    if (!trusted() || m_job || m_collect)
        return;
    testing::TestRequest request;
    request.root = m_project->root;
    request.python = AppSettings::pythonFor(m_project->root);
    request.selection = selection; // "failed" passes the failed node ids: exact, unlike --last-failed's cache
    request.coverage = coverage && !installed;
    request.installed = installed;
    auto* job = new testing::TestJob(request);
    job->setTitle(installed ? tr("Test the installed package of %1").arg(m_project->name)
                            : tr("Test %1").arg(m_project->name));
    m_job = job;
    m_panel->setRunning(true, installed ? tr("testing the installed package…") : tr("running…"));
    connect(job, &testing::TestJob::progress, this,
            [this](int percent, const QString& nodeId, testing::Outcome outcome) {
                m_panel->setProgress(percent);
                m_model->setOutcome(nodeId, outcome);
            });
    connect(job, &Job::finished, this, [this, job, installed] {
        m_job = nullptr;
        const testing::TestReport& report = job->report();
        m_model->setResults(report.results);
        m_panel->setRunning(false);
        if (report.coverage) {
            m_panel->setCoverage(report.coverage);
            m_coverage = report.coverage;
            for (const testing::FileCoverage& file : std::as_const(m_coverage->files))
                showCoverage(QDir(m_project->root).filePath(file.file));
        }
        for (const Error& problem : report.problems)
            m_services.log->error(tr("test"), problem.toString());
        QString summary = report.canceled ? tr("canceled")
                                          : tr("%1 passed, %2 failed, %3 errors, %4 skipped")
                                                .arg(report.count(testing::Outcome::Passed))
                                                .arg(report.count(testing::Outcome::Failed))
                                                .arg(report.count(testing::Outcome::Error))
                                                .arg(report.count(testing::Outcome::Skipped));
        if (installed)
            summary += tr(" (installed package)");
        if (!report.problems.isEmpty())
            summary += tr(" — %1").arg(report.problems.front().message);
        m_panel->setSummary(summary);
        Q_EMIT finished();
    });
    m_services.jobs->add(job);
}

void TestController::cancel()
{
    if (m_job)
        m_job->cancel();
    if (m_collect)
        m_collect->cancel();
}

void TestController::open(const QString& file, int line)
{
    if (m_project)
        m_editors->openAt(QDir::isAbsolutePath(file) ? file : QDir(m_project->root).filePath(file), line);
}

} // namespace slipway
