// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Job.h"
#include "services/pipeline/PipelineConfig.h"
#include "services/release/Credentials.h"

#include <QDateTime>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

namespace slipway::pipeline {

enum class StepState
{
    Idle,     // not part of this run (or not decided yet)
    WouldRun, // dry run: it would run, and why
    Running,
    Succeeded,
    Cached, // its fingerprint equals its last successful run's
    Failed,
    Skipped, // a need failed, or its `when:` does not hold
    Cancelled,
};

QString stateName(StepState state); // "succeeded", "cached", "would-run", …

struct StepStatus
{
    QString name;
    StepState state = StepState::Idle;
    bool selected = false; // part of this run
    QString reason;        // why it runs, is cached or skipped
    QString summary;       // what came of it ("12 passed", "exit 1")
    double seconds = 0;
    QStringList log; // its last lines
};

enum class Selection
{
    UpTo, // the steps and everything they need (the command line's `run STEP`)
    Only, // just the steps; what they need is taken as it last succeeded
    From, // the steps and everything that needs them
};

struct PipelineRequest
{
    QString projectRoot;
    QStringList steps; // empty: every step
    Selection selection = Selection::UpTo;
    bool force = false;   // the selected steps run even when cached
    bool dryRun = false;  // decide, run nothing
    bool trusted = false; // an untrusted project runs nothing (dry runs are fine)
    QString python;       // default: the project's environment, else python3
    std::optional<QProcessEnvironment> environment;
    QMap<QString, release::Credentials> credentials;
    std::optional<bool> ownProcessGroup;
    int parallel = 0; // steps at once; 0: the cores
};

struct PipelineRun
{
    QString file;
    QDateTime startedAt;
    double seconds = 0;
    bool dryRun = false;
    QList<StepStatus> steps; // the selected ones, in order
    bool ok() const;         // every step succeeded, was cached or would run
    QJsonObject toJson() const;
    static std::optional<PipelineRun> fromJson(const QJsonObject& o);
};

// The last run recorded in .slipway/pipeline/runs.jsonl (the window shows it when the project opens).
std::optional<PipelineRun> lastRun(const QString& projectRoot);
// Every recorded run, newest last (at most the last 100).
QList<PipelineRun> runHistory(const QString& projectRoot);

// Runs a pipeline: the steps as a graph, independent ones at once (up to `parallel`), each cached when its
// fingerprint (command, inputs, allow-listed environment, tools, needs' outputs) equals its last successful
// run's; a rerun whose outputs come out the same leaves what needs it cached (early cutoff). A failed step
// skips what needs it; the others go on. The job fails when a step failed (result() still holds the run),
// or without a run for a bad definition (code "bad-config") or an untrusted project (code "untrusted").
class PipelineJob : public Job
{
    Q_OBJECT
public:
    explicit PipelineJob(PipelineRequest request, QObject* parent = nullptr);
    ~PipelineJob() override;

    // Set once the definition is read, before the first step starts (pipelineRead()).
    const std::optional<Pipeline>& pipeline() const;
    // One per step of pipeline(), in its order.
    const QList<StepStatus>& statuses() const;
    const std::optional<Result<PipelineRun>>& result() const;

Q_SIGNALS:
    void pipelineRead();
    void stepChanged(int index);

protected:
    void run() override;
    void onCancel() override;
    bool endsItselfWhenCanceled() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
    void begin();
    void schedule();
    bool decideWithoutRunning(qsizetype index);
    void evaluate(qsizetype index);
    void evaluated(qsizetype index, const QString& why);
    void startQueued();
    void stepFinished(qsizetype index);
    void recorded(qsizetype index, const Result<QString>& outputsHash);
    void setState(qsizetype index, StepState state, const QString& reason = {});
    void finishRun();
};

} // namespace slipway::pipeline
