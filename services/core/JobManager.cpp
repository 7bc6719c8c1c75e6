#include "services/core/JobManager.h"

#include <QFutureWatcher>

#include <algorithm>

namespace slipway {

JobManager::~JobManager()
{
    cancelAll();
}

quint64 JobManager::track(const QString& title, QFuture<void> future)
{
    const quint64 id = m_nextId++;
    JobInfo info;
    info.id = id;
    info.title = title;
    info.started = QDateTime::currentDateTime();
    m_jobs.insert(id, Entry{info, future});

    // The watcher belongs to this manager's thread, so every signal below arrives on it.
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, id](int minimum, int maximum) {
        update(id, [&](JobInfo& job) {
            job.progressMinimum = minimum;
            job.progressMaximum = maximum;
        });
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, id](int value) { update(id, [&](JobInfo& job) { job.progressValue = value; }); });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this,
            [this, id](const QString& text) { update(id, [&](JobInfo& job) { job.progressText = text; }); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, id, watcher] {
        const bool canceled = watcher->isCanceled();
        update(id, [&](JobInfo& job) {
            job.finished = QDateTime::currentDateTime();
            if (job.state == JobInfo::State::Running)
                job.state = canceled ? JobInfo::State::Canceled : JobInfo::State::Succeeded;
        });
        watcher->deleteLater();
    });
    watcher->setFuture(future);
    Q_EMIT jobAdded(info);
    return id;
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
    if (it != m_jobs.end() && it->info.isRunning())
        it->future.cancel();
}

void JobManager::cancelAll()
{
    for (auto& entry : m_jobs)
        if (entry.info.isRunning())
            entry.future.cancel();
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
