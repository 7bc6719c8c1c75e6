// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace slipway {

class Job;
class LogSink;

struct JobInfo
{
    enum class State
    {
        Running,
        Succeeded,
        Failed,
        Canceled
    };
    quint64 id = 0;
    QString title;        // "Load project churn"
    QString progressText; // the latest progress text the work reported
    int progressMinimum = 0;
    int progressMaximum = 0; // 0/0: busy without a known fraction
    int progressValue = 0;
    State state = State::Running;
    QString message; // why it failed, when it did
    QDateTime started;
    QDateTime finished;

    bool isRunning() const { return state == State::Running; }
};

// Every long piece of work the user should see (and may cancel) is a Job (services/core/Job.h) added
// here; the Jobs panel shows them all. Pool work started with QtConcurrent is tracked as a FutureJob.
// Lives on the GUI thread (or the command line's main thread).
class JobManager : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~JobManager() override;

    // Takes `job` over (it is deleted some time after it finished, once its finished() handlers ran) and
    // starts it when it was not started yet.
    quint64 add(Job* job);
    // Pool work as a job; the typed result stays in `future`.
    quint64 track(const QString& title, QFuture<void> future);
    // The work finished but did not do what was asked; the job shows as failed with `message`.
    void markFailed(quint64 id, const QString& message);
    void cancel(quint64 id);
    void cancelAll();

    // Where the jobs' log lines go (with the job's title as their source); none by default.
    void setLog(LogSink* log);

    QList<JobInfo> jobs() const;
    JobInfo job(quint64 id) const { return m_jobs.value(id).info; }
    int runningCount() const;

Q_SIGNALS:
    void jobAdded(const slipway::JobInfo& job);
    void jobChanged(const slipway::JobInfo& job);

private:
    struct Entry
    {
        JobInfo info;
        QPointer<Job> job;
    };
    void update(quint64 id, const std::function<void(JobInfo&)>& change);

    QHash<quint64, Entry> m_jobs;
    quint64 m_nextId = 1;
    QPointer<LogSink> m_log;
};

} // namespace slipway
