// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/pipeline/PipelineJob.h"

#include "services/core/Continuation.h"
#include "services/core/SafeRead.h"
#include "services/core/SafeWrite.h"
#include "services/pipeline/PipelineGraph.h"
#include "services/pipeline/PipelinePrepare.h"
#include "services/pipeline/StepCache.h"
#include "services/pipeline/Steps.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace slipway::pipeline {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::pipeline::PipelineJob)
};

constexpr qsizetype keptLogLines = 2000;
constexpr int keptRuns = 100;

bool isTerminal(StepState s)
{
    return s != StepState::Idle && s != StepState::Running;
}

} // namespace

struct PipelineJob::Private
{
    PipelineRequest request;
    std::optional<Pipeline> pipeline;
    std::optional<PipelineGraph> graph;
    QList<StepStatus> statuses;
    std::optional<Result<PipelineRun>> result;
    RunFacts facts;
    StepContext context;
    std::shared_ptr<FileHasher> hasher;
    QList<std::optional<StepRecord>> records;
    QList<Fingerprint> fingerprints;
    QList<QString> outputsHash; // what dependents see of each step in this run
    QList<QStringList> outputs; // the files each step produced (or last produced, when cached)
    QList<bool> evaluating;
    QList<StepJob*> jobs;
    QList<QElapsedTimer> clocks;
    QList<qsizetype> queue;
    int running = 0;
    int busy = 0; // fingerprints and records being computed on the pool
    bool started = false;
    bool finishing = false;
    QDateTime startedAt;
    QElapsedTimer clock;
};

PipelineJob::PipelineJob(PipelineRequest request, QObject* parent)
    : Job(Text::tr("Pipeline"), parent)
    , d(std::make_unique<Private>())
{
    d->request = std::move(request);
    d->hasher = std::make_shared<FileHasher>(d->request.projectRoot);
}

PipelineJob::~PipelineJob() = default;

const std::optional<Pipeline>& PipelineJob::pipeline() const
{
    return d->pipeline;
}

const QList<StepStatus>& PipelineJob::statuses() const
{
    return d->statuses;
}

const std::optional<Result<PipelineRun>>& PipelineJob::result() const
{
    return d->result;
}

bool PipelineJob::endsItselfWhenCanceled() const
{
    return d->started;
}

void PipelineJob::run()
{
    d->startedAt = QDateTime::currentDateTimeUtc();
    d->clock.start();
    if (!d->request.trusted && !d->request.dryRun) {
        Error e{Text::tr("run the pipeline"), d->request.projectRoot,
                Text::tr("the project is not trusted: its steps run its code (trust it in Slipway, or pass "
                         "--trust)")};
        e.code = u"untrusted"_s;
        d->result = std::unexpected(e);
        return fail(e);
    }
    setProgress(0, 0, Text::tr("Reading the pipeline"));
    await<Prepared>(QtConcurrent::run(prepare, d->request, d->hasher), [this](const QFuture<Prepared>& done) {
        Prepared p = done.result();
        if (!p.pipeline) {
            d->result = std::unexpected(p.pipeline.error());
            return fail(p.pipeline.error());
        }
        d->pipeline = std::move(*p.pipeline);
        d->facts = std::move(p.facts);
        d->context = std::move(p.context);
        d->records = std::move(p.records);
        begin();
    });
}

void PipelineJob::begin()
{
    const Pipeline& pipeline = *d->pipeline;
    d->graph.emplace(pipeline);
    const qsizetype n = pipeline.steps.size();
    QSet<qsizetype> selected;
    for (const QString& name : std::as_const(d->request.steps)) {
        const qsizetype i = pipeline.indexOf(name);
        if (i < 0) {
            Error e{Text::tr("run the pipeline"), pipeline.file,
                    Text::tr("no step named '%1' (the steps: %2)").arg(name, [&] {
                        QStringList names;
                        for (const StepDef& s : pipeline.steps)
                            names << s.name;
                        return names.join(u", "_s);
                    }())};
            e.code = u"bad-config"_s;
            d->result = std::unexpected(e);
            return fail(e);
        }
        selected.insert(i);
        if (d->request.selection == Selection::UpTo)
            selected.unite(d->graph->ancestors(i));
        else if (d->request.selection == Selection::From)
            selected.unite(d->graph->descendants(i));
    }
    for (qsizetype i = 0; i < n; ++i) {
        StepStatus s;
        s.name = pipeline.steps[i].name;
        s.selected = d->request.steps.isEmpty() || selected.contains(i);
        d->statuses << s;
    }
    d->fingerprints.resize(n);
    d->outputsHash.resize(n);
    d->outputs.resize(n);
    d->evaluating.fill(false, n);
    d->jobs.fill(nullptr, n);
    d->clocks.resize(n);
    d->started = true;
    Q_EMIT pipelineRead();
    schedule();
}

void PipelineJob::setState(qsizetype index, StepState state, const QString& reason)
{
    StepStatus& s = d->statuses[index];
    s.state = state;
    if (!reason.isNull())
        s.reason = reason;
    Q_EMIT stepChanged(int(index));
    int done = 0;
    int total = 0;
    for (const StepStatus& status : std::as_const(d->statuses)) {
        total += status.selected;
        done += status.selected && isTerminal(status.state);
    }
    setProgress(done, total, Text::tr("%1: %2").arg(s.name, stateName(state)));
}

// Skips, cancels or waits without looking at the files; true when the step's fate is decided (or it must
// wait for a need).
bool PipelineJob::decideWithoutRunning(qsizetype index)
{
    const StepDef& step = d->pipeline->steps[index];
    for (qsizetype j : d->graph->needsOf(index)) {
        const QString& need = d->pipeline->steps[j].name;
        const StepStatus& n = d->statuses[j];
        if (!n.selected) {
            if (!d->records[j] || d->records[j]->failed)
                return setState(index, StepState::Skipped,
                                Text::tr("needs: %1 has not succeeded yet (run it first)").arg(need)),
                       true;
            d->outputsHash[j] = d->records[j]->outputsHash;
            d->outputs[j] = d->records[j]->outputs.keys();
            continue;
        }
        if (!isTerminal(n.state))
            return true; // wait
        if (n.state == StepState::Failed || n.state == StepState::Skipped || n.state == StepState::Cancelled)
            return setState(index, StepState::Skipped,
                            Text::tr("needs: %1 %2").arg(need, stateName(n.state))),
                   true;
    }
    if (isCancelRequested())
        return setState(index, StepState::Cancelled, Text::tr("cancelled before it started")), true;
    if (const QString why = whenFails(step.when, d->facts); !why.isEmpty())
        return setState(index, StepState::Skipped, why), true;
    return false;
}

void PipelineJob::schedule()
{
    if (d->finishing)
        return;
    for (qsizetype index : d->graph->order()) {
        StepStatus& s = d->statuses[index];
        if (!s.selected || s.state != StepState::Idle || d->evaluating[index] || d->queue.contains(index))
            continue;
        if (!decideWithoutRunning(index))
            evaluate(index);
    }
    startQueued();
    const bool allDone = std::ranges::all_of(
        d->statuses, [](const StepStatus& s) { return !s.selected || isTerminal(s.state); });
    if (allDone && d->running == 0 && d->busy == 0)
        finishRun();
}

void PipelineJob::evaluate(qsizetype index)
{
    const StepDef step = d->pipeline->steps[index];
    QMap<QString, QString> needOutputs;
    for (qsizetype j : d->graph->needsOf(index))
        needOutputs.insert(d->pipeline->steps[j].name, d->outputsHash[j]);
    d->evaluating[index] = true;
    ++d->busy;
    const auto hasher = d->hasher;
    const RunFacts& facts = d->facts;
    const std::optional<StepRecord> record = d->records[index];
    const bool asked = d->request.steps.isEmpty() || d->request.steps.contains(step.name);
    auto future = QtConcurrent::run([step, facts, hasher, needOutputs, record, asked] {
        const Fingerprint now = fingerprintOf(step, facts, *hasher, needOutputs);
        return std::pair(now, whyRun(step, now, record, *hasher, asked));
    });
    whenFinished(future, this, [this, index](const QFuture<std::pair<Fingerprint, QString>>& done) {
        --d->busy;
        d->evaluating[index] = false;
        d->fingerprints[index] = done.result().first;
        evaluated(index, done.result().second);
    });
}

void PipelineJob::evaluated(qsizetype index, const QString& why)
{
    const StepDef& step = d->pipeline->steps[index];
    if (isCancelRequested()) {
        setState(index, StepState::Cancelled, Text::tr("cancelled before it started"));
        return schedule();
    }
    const bool forced = d->request.force && !step.neverCached();
    QString reason = forced ? Text::tr("forced") : why;
    // A dry run cannot know the outputs of a need that would run: what needs it would run after it, unless
    // those outputs came out the same.
    if (reason.isEmpty() && d->request.dryRun)
        for (qsizetype j : d->graph->needsOf(index)) {
            const StepDef& need = d->pipeline->steps[j];
            const bool writes = !need.outputs.isEmpty() || need.kind == StepKind::Build;
            if (d->statuses[j].state == StepState::WouldRun && writes) {
                reason =
                    Text::tr("needs: %1 runs first (cached if its outputs come out the same)").arg(need.name);
                break;
            }
        }
    if (reason.isEmpty()) {
        const StepRecord& record = *d->records[index];
        d->outputsHash[index] = record.outputsHash;
        d->outputs[index] = record.outputs.keys();
        setState(index, StepState::Cached,
                 Text::tr("unchanged since %1")
                     .arg(QLocale().toString(record.finishedAt.toLocalTime(), QLocale::ShortFormat)));
        return schedule();
    }
    if (d->request.dryRun) {
        d->outputsHash[index] = d->records[index] ? d->records[index]->outputsHash : QString();
        setState(index, StepState::WouldRun, reason);
        return schedule();
    }
    d->statuses[index].reason = reason;
    d->queue << index;
    schedule();
}

void PipelineJob::startQueued()
{
    const int parallel =
        d->request.parallel > 0 ? d->request.parallel : std::max(1, QThread::idealThreadCount());
    while (!d->queue.isEmpty() && d->running < parallel && !isCancelRequested()) {
        const qsizetype index = d->queue.takeFirst();
        const StepDef& step = d->pipeline->steps[index];
        StepContext context = d->context;
        for (qsizetype j : d->graph->needsOf(index))
            context.needOutputs.insert(d->pipeline->steps[j].name, d->outputs[j]);
        auto* job = new StepJob(step, context, this);
        d->jobs[index] = job;
        ++d->running;
        d->statuses[index].log.clear();
        d->statuses[index].summary.clear();
        connect(job, &Job::logLine, this, [this, index](const QString& line) {
            QStringList& lines = d->statuses[index].log;
            lines << line;
            if (lines.size() > keptLogLines)
                lines.remove(0, lines.size() - keptLogLines);
            log(u"["_s + d->statuses[index].name + u"] "_s + line);
        });
        connect(job, &Job::finished, this, [this, index] { stepFinished(index); });
        d->clocks[index].start();
        setState(index, StepState::Running);
        log(u"["_s + step.name + u"] "_s + Text::tr("runs: %1").arg(d->statuses[index].reason));
        job->start();
    }
    // Cancelled while queued.
    if (isCancelRequested())
        while (!d->queue.isEmpty())
            setState(d->queue.takeFirst(), StepState::Cancelled, Text::tr("cancelled before it started"));
}

void PipelineJob::stepFinished(qsizetype index)
{
    StepJob* job = std::exchange(d->jobs[index], nullptr);
    --d->running;
    job->deleteLater();
    StepStatus& status = d->statuses[index];
    status.seconds = double(d->clocks[index].elapsed()) / 1000.0;
    status.summary = job->summary();
    const QString root = d->request.projectRoot;
    const QString name = status.name;
    const QByteArray logText = status.log.join(u'\n').toUtf8() + '\n';
    // The step's log, for the graph's panel and for whoever looks later.
    QThreadPool::globalInstance()->start([root, name, logText] {
        if (auto folder = pipelineStateFolder(root))
            (void)writeFileSafely(*folder + u"/logs/"_s + name + u".log"_s, logText,
                                  Text::tr("save the step's log"), root);
    });
    if (job->state() == State::Succeeded) {
        const StepDef step = d->pipeline->steps[index];
        const QStringList outputs = job->outputs();
        d->outputs[index] = outputs;
        const Fingerprint fingerprint = d->fingerprints[index];
        const auto hasher = d->hasher;
        const double seconds = status.seconds;
        ++d->busy;
        auto future =
            QtConcurrent::run([root, step, outputs, fingerprint, hasher, seconds]() -> Result<QString> {
                auto record = recordOutputs(step, outputs, *hasher);
                if (!record)
                    return std::unexpected(record.error());
                record->fingerprint = fingerprint;
                record->finishedAt = QDateTime::currentDateTimeUtc();
                record->seconds = seconds;
                if (auto saved = saveRecord(root, step.name, *record); !saved)
                    return std::unexpected(saved.error());
                return record->outputsHash;
            });
        whenFinished(future, this, [this, index](const QFuture<Result<QString>>& done) {
            --d->busy;
            recorded(index, done.result());
        });
        return;
    }
    QThreadPool::globalInstance()->start([root, name] { markFailed(root, name); });
    if (job->state() == State::Canceled && !job->timedOut()) {
        setState(index, StepState::Cancelled, QString());
    } else {
        if (job->error())
            status.summary = job->error()->message;
        setState(index, StepState::Failed, QString());
    }
    schedule();
}

void PipelineJob::recorded(qsizetype index, const Result<QString>& outputsHash)
{
    if (!outputsHash) {
        d->statuses[index].summary = outputsHash.error().toString();
        setState(index, StepState::Failed, QString());
    } else {
        // Early cutoff: equal outputs leave the hash, and so what needs this step, as they were.
        d->outputsHash[index] = *outputsHash;
        setState(index, StepState::Succeeded, QString());
    }
    schedule();
}

void PipelineJob::onCancel()
{
    for (StepJob* job : std::as_const(d->jobs))
        if (job)
            job->cancel();
    if (d->started)
        QMetaObject::invokeMethod(this, &PipelineJob::schedule, Qt::QueuedConnection);
}

void PipelineJob::finishRun()
{
    d->finishing = true;
    PipelineRun run;
    run.file = d->pipeline->file;
    run.startedAt = d->startedAt;
    run.seconds = double(d->clock.elapsed()) / 1000.0;
    run.dryRun = d->request.dryRun;
    for (const StepStatus& s : std::as_const(d->statuses))
        if (s.selected)
            run.steps << s;
    d->result = run;
    const QString root = d->request.projectRoot;
    const auto hasher = d->hasher;
    const QByteArray line = QJsonDocument(run.toJson()).toJson(QJsonDocument::Compact);
    auto future = QtConcurrent::run([root, hasher, line] {
        hasher->save();
        auto folder = pipelineStateFolder(root);
        if (!folder)
            return;
        const QString path = *folder + u"/runs.jsonl"_s;
        QList<QByteArray> lines = readStateFile(path, qint64(16) << 20).value_or(QByteArray()).split('\n');
        lines.removeAll(QByteArray());
        lines << line;
        if (lines.size() > keptRuns)
            lines.remove(0, lines.size() - keptRuns);
        (void)writeFileSafely(path, QByteArray(lines.join('\n') + '\n'), Text::tr("record the run"), root);
    });
    whenFinished(future, this, [this, run](const QFuture<void>&) {
        if (isCancelRequested())
            return finishCanceled();
        for (const StepStatus& s : run.steps)
            if (s.state == StepState::Failed)
                return fail(Error{Text::tr("run the pipeline"), d->request.projectRoot,
                                  Text::tr("step %1 failed: %2").arg(s.name, s.summary)});
        succeed();
    });
}

} // namespace slipway::pipeline
