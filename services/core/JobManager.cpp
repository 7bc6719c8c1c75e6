// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/core/JobManager.h"

#include "services/core/Job.h"
#include "services/core/LogSink.h"

#include <algorithm>

namespace slipway {

namespace {

JobInfo::State infoState(Job::State state)
{
    switch (state) {
    case Job::State::Pending:
    case Job::State::Running:
        return JobInfo::State::Running;
    case Job::State::Succeeded:
        return JobInfo::State::Succeeded;
    case Job::State::Failed:
        return JobInfo::State::Failed;
    case Job::State::Canceled:
        return JobInfo::State::Canceled;
    }
    return JobInfo::State::Running;
}

} // namespace

JobManager::~JobManager()
{
    cancelAll();
}

quint64 JobManager::add(Job* job)
{
    const quint64 id = m_nextId++;
    job->setParent(this);
    JobInfo info;
    info.id = id;
    info.title = job->title();
    info.started = QDateTime::currentDateTime();
    m_jobs.insert(id, Entry{info, job});

    connect(job, &Job::progressChanged, this, [this, id, job] {
        update(id, [job](JobInfo& entry) {
            entry.progressMinimum = 0;
            entry.progressMaximum = job->progressMaximum();
            entry.progressValue = job->progressValue();
            entry.progressText = job->progressText();
        });
    });
    connect(job, &Job::logLine, this, [this, job](const QString& line) {
        if (m_log)
            m_log->info(job->title(), line);
    });
    // Queued: the job's own finished() handlers (the controller that started it) run first, and a
    // markFailed() they call is not overwritten.
    connect(
        job, &Job::finished, this,
        [this, id, job = QPointer<Job>(job)] {
            if (!job)
                return;
            update(id, [job](JobInfo& entry) {
                entry.finished = QDateTime::currentDateTime();
                if (entry.state != JobInfo::State::Running)
                    return;
                entry.state = infoState(job->state());
                if (job->error())
                    entry.message = job->error()->toString().section(u'\n', 0, 0);
            });
            job->deleteLater();
        },
        Qt::QueuedConnection);
    Q_EMIT jobAdded(info);
    if (job->state() == Job::State::Pending)
        job->start();
    return id;
}

void JobManager::setLog(LogSink* log)
{
    m_log = log;
}

quint64 JobManager::track(const QString& title, QFuture<void> future)
{
    return add(new FutureJob(title, std::move(future)));
}

void JobManager::markFailed(quint64 id, const QString& message)
{
    update(id, [&](JobInfo& job) {
        job.state = JobInfo::State::Failed;
        job.message = message;
        if (!job.finished.isValid())
            job.finished = QDateTime::currentDateTime();
    });
}

void JobManager::cancel(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it != m_jobs.end() && it->info.isRunning() && it->job)
        it->job->cancel();
}

void JobManager::cancelAll()
{
    const QList<quint64> ids = m_jobs.keys();
    for (quint64 id : ids)
        cancel(id);
}

QList<JobInfo> JobManager::jobs() const
{
    QList<JobInfo> result;
    result.reserve(m_jobs.size());
    for (const auto& entry : m_jobs)
        result.append(entry.info);
    std::ranges::sort(result, {}, &JobInfo::id);
    return result;
}

int JobManager::runningCount() const
{
    return int(std::ranges::count_if(m_jobs, [](const Entry& e) { return e.info.isRunning(); }));
}

void JobManager::update(quint64 id, const std::function<void(JobInfo&)>& change)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    change(it->info);
    Q_EMIT jobChanged(it->info);
}

} // namespace slipway
