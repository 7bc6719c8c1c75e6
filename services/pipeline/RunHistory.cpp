// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The record of runs (.slipway/pipeline/runs.jsonl) and the states' names.
#include "services/core/SafeRead.h"
#include "services/pipeline/PipelineJob.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace slipway::pipeline {

namespace {

constexpr std::array stateNames{"idle",   "would-run", "running", "succeeded",
                                "cached", "failed",    "skipped", "cancelled"};
constexpr qint64 maxHistoryBytes = qint64(16) << 20;

} // namespace

QString stateName(StepState state)
{
    return QString::fromLatin1(stateNames[size_t(state)]);
}

bool PipelineRun::ok() const
{
    return std::ranges::none_of(steps, [](const StepStatus& s) {
        return s.state == StepState::Failed || s.state == StepState::Cancelled;
    });
}

QJsonObject PipelineRun::toJson() const
{
    QJsonArray list;
    for (const StepStatus& s : steps) {
        QJsonObject o{{u"name"_s, s.name},
                      {u"state"_s, stateName(s.state)},
                      {u"reason"_s, s.reason},
                      {u"duration"_s, qRound(s.seconds * 1000) / 1000.0}};
        if (!s.summary.isEmpty())
            o.insert(u"summary"_s, s.summary);
        list.append(o);
    }
    return QJsonObject{{u"file"_s, file},
                       {u"startedAt"_s, startedAt.toString(Qt::ISODateWithMs)},
                       {u"duration"_s, qRound(seconds * 1000) / 1000.0},
                       {u"dryRun"_s, dryRun},
                       {u"ok"_s, ok()},
                       {u"steps"_s, list}};
}

std::optional<PipelineRun> PipelineRun::fromJson(const QJsonObject& o)
{
    if (!o.contains(u"steps"_s))
        return std::nullopt;
    PipelineRun run;
    run.file = o.value(u"file"_s).toString();
    run.startedAt = QDateTime::fromString(o.value(u"startedAt"_s).toString(), Qt::ISODateWithMs);
    run.seconds = o.value(u"duration"_s).toDouble();
    run.dryRun = o.value(u"dryRun"_s).toBool();
    const QJsonArray steps = o.value(u"steps"_s).toArray();
    for (const auto& value : steps) {
        const QJsonObject s = value.toObject();
        StepStatus status;
        status.name = s.value(u"name"_s).toString();
        status.selected = true;
        const QString state = s.value(u"state"_s).toString();
        for (size_t i = 0; i < stateNames.size(); ++i)
            if (state == QLatin1StringView(stateNames[i]))
                status.state = StepState(i);
        status.reason = s.value(u"reason"_s).toString();
        status.summary = s.value(u"summary"_s).toString();
        status.seconds = s.value(u"duration"_s).toDouble();
        run.steps << status;
    }
    return run;
}

QList<PipelineRun> runHistory(const QString& projectRoot)
{
    QList<PipelineRun> runs;
    const auto bytes =
        readStateFile(QDir(projectRoot).filePath(u".slipway/pipeline/runs.jsonl"_s), maxHistoryBytes);
    if (!bytes)
        return runs;
    const QList<QByteArray> lines = bytes->split('\n');
    for (const QByteArray& line : lines)
        if (std::optional<PipelineRun> run = PipelineRun::fromJson(QJsonDocument::fromJson(line).object()))
            runs << *run;
    return runs;
}

std::optional<PipelineRun> lastRun(const QString& projectRoot)
{
    QList<PipelineRun> runs = runHistory(projectRoot);
    for (qsizetype i = runs.size() - 1; i >= 0; --i)
        if (!runs[i].dryRun)
            return runs[i];
    return std::nullopt;
}

} // namespace slipway::pipeline
