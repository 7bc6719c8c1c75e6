// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Continuation.h"
#include "services/core/Error.h"
#include "services/core/ProcessRun.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace slipway {

// One long operation the user can watch and cancel: a lint run, a test run, a build, a commit with its
// hooks, a push, a promotion made of other jobs. Every job has a title, progress (a value out of a
// maximum, and a text), log lines, one cancel, and ends exactly once as succeeded, failed (with an Error)
// or canceled. Jobs live on a thread with an event loop (the GUI thread, or the command line's main
// thread) and never block it: their steps are asynchronous processes (runProcess), other jobs (runChild)
// or work on the thread pool (await).
//
// Subclasses implement run() and end with succeed(), fail() or — for typed results — ResultJob::finish().
// A canceled job ends as canceled by itself when the step it waits for returns; the continuation of that
// step is not called, so subclasses do not check for cancellation after every step.
class Job : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Pending,
        Running,
        Succeeded,
        Failed,
        Canceled
    };

    explicit Job(QString title, QObject* parent = nullptr);
    ~Job() override;

    QString title() const { return m_title; }
    // Before the job is added to a JobManager: what the Jobs panel calls it ("Build churn").
    void setTitle(const QString& title) { m_title = title; }
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state > State::Running; }
    // Whether cancel() was asked (the job may still be running while its current step stops).
    bool isCancelRequested() const { return m_cancelRequested; }
    // Why it failed; empty unless state() is Failed.
    const std::optional<Error>& error() const { return m_error; }

    int progressValue() const { return m_progressValue; }
    int progressMaximum() const { return m_progressMaximum; } // 0: busy without a known fraction
    QString progressText() const { return m_progressText; }

    // Pending → Running, then run(). Starting a job twice does nothing.
    void start();
    // Stops the running step (a process group is interrupted, a child job canceled, pool work canceled)
    // and ends the job as canceled. Nothing happens once the job has finished.
    void cancel();

Q_SIGNALS:
    void progressChanged();
    void logLine(const QString& line);
    void finished(); // once; state() is final

protected:
    virtual void run() = 0;
    // Subclasses that run work the base does not know about stop it here.
    virtual void onCancel() {}
    // Whether the job ends as canceled by itself once the work onCancel() stopped has stopped (a job that
    // runs several steps of its own at once); otherwise cancel() without a running step ends it at once.
    virtual bool endsItselfWhenCanceled() const { return false; }

    void setProgress(int value, int maximum, const QString& text = {});
    void setProgressText(const QString& text);
    void log(const QString& line);

    // Runs one external tool on this thread's event loop; its output lines become this job's log (after
    // `announce`, when given), or go to `onLine` instead when one is given. `then` gets the result unless the
    // job was canceled meanwhile.
    using LineHandler = std::function<void(ProcessStream, const QString&)>;
    void runProcess(ProcessSpec spec, const QString& announce, std::function<void(const ProcessResult&)> then,
                    LineHandler onLine = {});
    // Runs `child` as a part of this job (this job owns it): its log lines are this job's, its progress
    // text is this job's, cancel reaches it. `then` gets the finished child unless this job was canceled;
    // a canceled child cancels this job.
    void runChild(Job* child, std::function<void(Job&)> then);
    // Waits for pool work without blocking: `then` gets the finished future unless this job (or the work)
    // was canceled. Cancel cancels the future.
    template <typename T>
    void await(QFuture<T> future, std::function<void(const QFuture<T>&)> then)
    {
        if (m_cancelRequested) {
            future.cancel();
            return finishCanceled();
        }
        m_awaited = QFuture<void>(future);
        whenFinished(future, this, [this, then = std::move(then)](const QFuture<T>& done) {
            m_awaited = {};
            if (m_cancelRequested || done.isCanceled())
                return finishCanceled();
            then(done);
        });
    }

    void succeed();
    void fail(Error error);
    void finishCanceled();
    // A step that must not be interrupted half-way (the commit itself, once its hooks ran): while false,
    // cancel() is remembered and acted on only when the job becomes cancelable again.
    void setCancelable(bool cancelable);

private:
    void finishAs(State state);

    QString m_title;
    State m_state = State::Pending;
    bool m_cancelRequested = false;
    bool m_cancelable = true;
    bool m_cancelDeferred = false;
    std::optional<Error> m_error;
    int m_progressValue = 0;
    int m_progressMaximum = 0;
    QString m_progressText;
    std::unique_ptr<ProcessRun> m_process; // the running tool step; empty between steps
    QPointer<Job> m_child;                 // the running child job
    QFuture<void> m_awaited;               // the running pool work
};

// A job whose work produces a value: result() holds it (or the error) once the job finished.
template <typename T>
class ResultJob : public Job
{
public:
    using Job::Job;
    // Set when the job succeeded or failed; empty while it runs and when it was canceled.
    const std::optional<Result<T>>& result() const { return m_result; }

protected:
    void finish(Result<T> result)
    {
        if (isFinished())
            return;
        m_result = std::move(result);
        if (*m_result)
            succeed();
        else
            Job::fail(m_result->error());
    }
    // Fails with `error` as the result.
    void fail(Error error) { finish(std::unexpected(std::move(error))); }

private:
    std::optional<Result<T>> m_result;
};

// Work on the thread pool (a QtConcurrent run with a QPromise) as a job: its progress is the future's, its
// cancel cancels the future. The typed result stays in the future the caller kept.
class FutureJob : public Job
{
    Q_OBJECT
public:
    FutureJob(QString title, QFuture<void> future, QObject* parent = nullptr);

protected:
    void run() override;
    void onCancel() override;

private:
    QFuture<void> m_future;
};

// Runs `job` to its end on a local event loop: for the command line and tests, never the GUI thread.
void runToCompletion(Job& job);

} // namespace slipway
