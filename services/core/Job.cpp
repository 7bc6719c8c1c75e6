// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/core/Job.h"

#include <QEventLoop>
#include <QFutureWatcher>

namespace slipway {

Job::Job(QString title, QObject* parent)
    : QObject(parent)
    , m_title(std::move(title))
{}

Job::~Job()
{
    // Nothing may outlive the job that runs it: the tool step is killed by ProcessRun's destructor, a
    // child is a QObject child, and pool work is told to stop.
    if (m_awaited.isValid() && !m_awaited.isFinished())
        m_awaited.cancel();
}

void Job::start()
{
    if (m_state != State::Pending)
        return;
    m_state = State::Running;
    Q_EMIT progressChanged();
    run();
}

void Job::cancel()
{
    if (isFinished() || m_cancelRequested)
        return;
    if (!m_cancelable) {
        m_cancelDeferred = true;
        return;
    }
    m_cancelRequested = true;
    if (m_state == State::Pending) {
        finishAs(State::Canceled);
        return;
    }
    onCancel();
    if (m_child)
        m_child->cancel();
    if (m_process)
        m_process->cancel();
    if (m_awaited.isValid() && !m_awaited.isFinished())
        m_awaited.cancel();
    // A step that does not answer cancel (a subclass's own work) still ends the job now; the step's late
    // answer is ignored, because every continuation checks m_cancelRequested first.
    if (!m_child && !m_process && !m_awaited.isValid() && !isFinished() && !endsItselfWhenCanceled())
        finishCanceled();
}

void Job::setCancelable(bool cancelable)
{
    m_cancelable = cancelable;
    if (cancelable && std::exchange(m_cancelDeferred, false))
        cancel();
}

void Job::setProgress(int value, int maximum, const QString& text)
{
    m_progressValue = value;
    m_progressMaximum = maximum;
    if (!text.isNull())
        m_progressText = text;
    Q_EMIT progressChanged();
}

void Job::setProgressText(const QString& text)
{
    m_progressText = text;
    Q_EMIT progressChanged();
}

void Job::log(const QString& line)
{
    Q_EMIT logLine(line);
}

void Job::runProcess(ProcessSpec spec, const QString& announce,
                     std::function<void(const ProcessResult&)> then, LineHandler onLine)
{
    if (m_cancelRequested)
        return finishCanceled();
    if (!announce.isEmpty())
        log(announce);
    m_process = std::make_unique<ProcessRun>(std::move(spec));
    if (onLine)
        connect(m_process.get(), &ProcessRun::lineReceived, this, std::move(onLine));
    else
        connect(m_process.get(), &ProcessRun::lineReceived, this,
                [this](ProcessStream, const QString& line) { log(line); });
    connect(m_process.get(), &ProcessRun::finished, this,
            [this, then = std::move(then)](const ProcessResult& result) {
                // The run is still emitting: it goes once it has returned. No step is running now, which is
                // what cancel() looks at.
                m_process.release()->deleteLater();
                if (m_cancelRequested || result.canceled)
                    return finishCanceled();
                then(result);
            });
    m_process->start();
}

void Job::runChild(Job* child, std::function<void(Job&)> then)
{
    child->setParent(this);
    if (m_cancelRequested) {
        child->deleteLater();
        return finishCanceled();
    }
    m_child = child;
    connect(child, &Job::logLine, this, &Job::log);
    connect(child, &Job::progressChanged, this, [this, child] {
        if (!child->progressText().isEmpty())
            setProgressText(child->progressText());
    });
    connect(child, &Job::finished, this, [this, child, then = std::move(then)] {
        m_child = nullptr;
        child->deleteLater();
        if (m_cancelRequested || child->state() == State::Canceled)
            return finishCanceled();
        then(*child);
    });
    child->start();
}

void Job::succeed()
{
    finishAs(State::Succeeded);
}

void Job::fail(Error error)
{
    if (isFinished())
        return;
    m_error = std::move(error);
    finishAs(State::Failed);
}

void Job::finishCanceled()
{
    finishAs(State::Canceled);
}

void Job::finishAs(State state)
{
    if (isFinished())
        return;
    m_state = state;
    Q_EMIT progressChanged();
    Q_EMIT finished();
}

FutureJob::FutureJob(QString title, QFuture<void> future, QObject* parent)
    : Job(std::move(title), parent)
    , m_future(std::move(future))
{}

void FutureJob::run()
{
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this,
            [this](int minimum, int maximum) { setProgress(progressValue() - minimum, maximum - minimum); });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { setProgress(value, progressMaximum()); });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString& text) { setProgressText(text); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->isCanceled() || isCancelRequested())
            finishCanceled();
        else
            succeed();
    });
    watcher->setFuture(m_future);
}

void FutureJob::onCancel()
{
    m_future.cancel();
}

void runToCompletion(Job& job)
{
    if (job.isFinished())
        return;
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
}

} // namespace slipway
