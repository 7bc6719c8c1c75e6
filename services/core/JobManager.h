#pragma once

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace slipway {

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

// Every long piece of work the user should see (and may cancel) is tracked here. Services start the work
// and return a QFuture (QtConcurrent with a QPromise, or a ProcessRun); whoever starts it on the user's
// behalf hands the future to track(). Lives on the GUI thread (or the CLI's main thread).
class JobManager : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~JobManager() override;

    quint64 track(const QString& title, QFuture<void> future);
    // The work finished but did not do what was asked; the job shows as failed with `message`.
    void markFailed(quint64 id, const QString& message);
    void cancel(quint64 id);
    void cancelAll();

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
        QFuture<void> future;
    };
    void update(quint64 id, const std::function<void(JobInfo&)>& change);

    QHash<quint64, Entry> m_jobs;
    quint64 m_nextId = 1;
};

} // namespace slipway
