// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/PipelineController.h"

#include "models/PipelineModel.h"
#include "services/core/Continuation.h"
#include "services/core/JobManager.h"
#include "services/pipeline/GraphLayout.h"
#include "services/project/TrustStore.h"
#include "widgets/PipelinePanel.h"
#include "widgets/PipelineView.h"

#include <QDir>
#include <QDockWidget>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace slipway {

PipelineController::PipelineController(const AppServices& services, QMainWindow* window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_model(new PipelineModel(this))
    , m_panel(new PipelinePanel(m_model, window))
    , m_dock(new QDockWidget(tr("Pipeline"), window))
{
    m_dock->setObjectName(u"pipelineDock"_s);
    m_dock->setWidget(m_panel);
    connect(m_panel, &PipelinePanel::runRequested, this,
            [this](const QStringList& steps, int selection, bool dryRun) {
                run(steps, pipeline::Selection(selection), dryRun);
            });
    connect(m_panel, &PipelinePanel::cancelRequested, this, &PipelineController::cancel);
    connect(m_panel, &PipelinePanel::graphChosen, this, &PipelineController::showGraph);
}

PipelineController::~PipelineController() = default;

void PipelineController::setProject(const std::optional<ProjectInfo>& project)
{
    m_project = project;
    ++m_generation;
    if (!project) {
        m_model->clear();
        m_panel->setStatus({});
        return;
    }
    load();
}

void PipelineController::load()
{
    const QString root = m_project->root;
    const quint64 generation = m_generation;
    struct Loaded
    {
        Result<pipeline::Pipeline> definition = std::unexpected(Error{});
        pipeline::GraphLayout layout;
        std::optional<pipeline::PipelineRun> last;
        QList<pipeline::ForeignPipeline> foreign;
    };
    m_panel->setStatus(tr("Reading slipway.yaml…"));
    whenFinished(
        QtConcurrent::run([root] {
            Loaded read;
            read.definition = pipeline::loadPipeline(root);
            if (read.definition) {
                read.layout = pipeline::layoutGraph(pipeline::PipelineGraph(*read.definition));
                read.last = pipeline::lastRun(root);
            }
            read.foreign = pipeline::foreignPipelines(root);
            return read;
        }),
        this, [this, generation](const QFuture<Loaded>& done) {
            if (generation != m_generation || done.resultCount() == 0)
                return;
            const Loaded read = done.result();
            m_model->setReadOnly(false);
            if (!read.definition) {
                m_model->clear();
                m_panel->setStatus(read.definition.error().toString(), true);
                Q_EMIT loaded();
                return;
            }
            m_model->setPipeline(*read.definition, read.layout, read.last);
            m_foreign = read.foreign;
            QStringList graphs{read.definition->isDefault ? tr("Default pipeline") : u"slipway.yaml"_s};
            for (const pipeline::ForeignPipeline& f : std::as_const(m_foreign))
                graphs << tr("%1 (read-only)").arg(f.title);
            m_panel->setGraphs(graphs, 0);
            QString status =
                read.definition->isDefault
                    ? tr("No pipeline in slipway.yaml: the default one (strip-check → lint → test "
                         "→ build).")
                    : QString();
            if (read.last)
                status =
                    tr("Last run %1: %2")
                        .arg(QLocale().toString(read.last->startedAt.toLocalTime(), QLocale::ShortFormat),
                             read.last->ok() ? tr("passed") : tr("failed"));
            m_panel->setStatus(status);
            Q_EMIT loaded();
        });
}

void PipelineController::showGraph(int index)
{
    if (!m_project || m_job)
        return;
    ++m_generation;
    m_panel->setCurrentGraph(index);
    if (index <= 0 || index > m_foreign.size())
        return load();
    const pipeline::ForeignPipeline foreign = m_foreign[index - 1];
    const quint64 generation = m_generation;
    whenFinished(QtConcurrent::run(
                     [foreign] { return pipeline::layoutGraph(pipeline::PipelineGraph(foreign.pipeline)); }),
                 this, [this, generation, foreign](const QFuture<pipeline::GraphLayout>& done) {
                     if (generation != m_generation || done.resultCount() == 0)
                         return;
                     pipeline::PipelineRun states;
                     states.steps = foreign.statuses;
                     m_model->setReadOnly(true);
                     m_model->setPipeline(foreign.pipeline, done.result(), states);
                     m_panel->setRunning(false);
                     m_panel->setStatus(
                         foreign.problem.isEmpty()
                             ? tr("%1, read-only: %n step(s)", nullptr, int(foreign.pipeline.steps.size()))
                                   .arg(foreign.file)
                             : tr("%1 could not be read: %2").arg(foreign.file, foreign.problem),
                         !foreign.problem.isEmpty());
                     Q_EMIT loaded();
                 });
}

void PipelineController::run(const QStringList& steps, pipeline::Selection selection, bool dryRun)
{
    if (!m_project || m_job)
        return;
    pipeline::PipelineRequest request;
    request.projectRoot = m_project->root;
    request.steps = steps;
    request.selection = selection;
    request.dryRun = dryRun;
    request.force = m_panel->force();
    request.trusted = m_services.trust->isTrusted(m_project->root);
    if (!request.trusted && !dryRun) {
        m_panel->setStatus(
            tr("This project is not trusted: its steps would run its code. Trust it (the banner "
               "above the editor), or use Dry Run to see what would run."),
            true);
        return;
    }
    auto* job = new pipeline::PipelineJob(request);
    m_job = job;
    m_panel->setRunning(true);
    m_panel->setStatus(dryRun ? tr("Dry run…") : tr("Running…"));
    const quint64 generation = m_generation;
    connect(job, &pipeline::PipelineJob::stepChanged, this, [this, job, generation](int index) {
        if (generation != m_generation || index >= m_model->rowCount() ||
            m_model->status(index).name != job->statuses()[index].name)
            return;
        pipeline::StepStatus status = job->statuses()[index];
        if (status.log.isEmpty()) // a dry run, a cached step: the last run's log stays readable
            status.log = m_model->status(index).log;
        m_model->setStatus(index, status);
    });
    connect(job, &pipeline::PipelineJob::pipelineRead, this, [this, job, generation] {
        // slipway.yaml changed since it was drawn: draw it again (the states follow).
        if (generation != m_generation)
            return;
        const bool same =
            job->statuses().size() == m_model->rowCount() &&
            std::ranges::all_of(job->statuses(), [this, i = 0](const pipeline::StepStatus& s) mutable {
                return m_model->status(i++).name == s.name;
            });
        if (!same)
            m_model->setPipeline(*job->pipeline(),
                                 pipeline::layeredLayout(pipeline::PipelineGraph(*job->pipeline())));
        for (int i = 0; i < job->statuses().size(); ++i)
            if (job->statuses()[i].selected) {
                pipeline::StepStatus idle = m_model->status(i);
                idle.state = pipeline::StepState::Idle;
                idle.reason.clear();
                m_model->setStatus(i, idle);
            }
    });
    connect(job, &Job::finished, this, [this, job, generation, dryRun] {
        m_job = nullptr; // the Jobs panel keeps the job; the next run may start
        m_panel->setRunning(false);
        if (generation != m_generation)
            return;
        if (job->result() && *job->result()) {
            const pipeline::PipelineRun& run = **job->result();
            int ran = 0;
            int cached = 0;
            for (const pipeline::StepStatus& s : run.steps) {
                ran += s.state == pipeline::StepState::Succeeded || s.state == pipeline::StepState::Failed ||
                       s.state == pipeline::StepState::WouldRun;
                cached += s.state == pipeline::StepState::Cached;
            }
            m_panel->setStatus(dryRun ? tr("Dry run: %1 would run, %2 cached").arg(ran).arg(cached)
                                      : tr("%1 in %2 s: %3 ran, %4 cached")
                                            .arg(run.ok() ? tr("Passed") : tr("Failed"))
                                            .arg(run.seconds, 0, 'f', 1)
                                            .arg(ran)
                                            .arg(cached),
                               !run.ok());
        } else if (job->state() == Job::State::Canceled) {
            m_panel->setStatus(tr("Cancelled"));
        } else if (job->error()) {
            m_panel->setStatus(job->error()->toString(), true);
        }
        Q_EMIT finished();
    });
    m_services.jobs->add(job);
}

void PipelineController::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace slipway
