// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/core/ProcessRun.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace slipway {

namespace {
constexpr int interruptGraceMs = 5000; // SIGINT → SIGTERM: time to clean up (restore a stash)
constexpr int killGraceMs = 3000;      // SIGTERM → SIGKILL
constexpr qsizetype maxLineChars =
    qsizetype(1024) * 1024; // a "line" without a newline past this is cut into pieces
std::atomic<bool> ownGroupsByDefault = false;
} // namespace

void ProcessRun::setOwnProcessGroupsByDefault(bool own)
{
    ownGroupsByDefault = own;
}

bool ProcessRun::ownProcessGroupsByDefault()
{
    return ownGroupsByDefault;
}

QString ProcessResult::summary() const
{
    const QString name = QFileInfo(program).fileName();
    if (!started)
        return errorString;
    if (canceled)
        return QCoreApplication::translate("slipway::ProcessRun", "%1 was canceled").arg(name);
    if (crashed)
        return QCoreApplication::translate("slipway::ProcessRun", "%1 crashed: %2").arg(name, errorString);
    return QCoreApplication::translate("slipway::ProcessRun", "%1 exited with code %2")
        .arg(name)
        .arg(exitCode);
}

QString resolveExecutable(const QString& program, const std::optional<QProcessEnvironment>& environment)
{
    if (program.contains(u'/')) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    const QProcessEnvironment env = environment.value_or(QProcessEnvironment::systemEnvironment());
    const QStringList path = env.value(QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(program, path);
}

struct ProcessRun::Private
{
    QProcess process;
    QPromise<ProcessResult> promise;
    QFutureWatcher<ProcessResult> cancelWatcher;
    QStringDecoder decoder[2]{QStringDecoder(QStringDecoder::Utf8), QStringDecoder(QStringDecoder::Utf8)};
    QString partial[2];
    ProcessResult result;
    bool done = false;
    bool interrupted = false; // the signals are on their way: a second cancel changes nothing
};

ProcessRun::ProcessRun(ProcessSpec spec, QObject* parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , d(std::make_unique<Private>())
{
    d->promise.start();
    d->cancelWatcher.setFuture(d->promise.future());
    connect(&d->cancelWatcher, &QFutureWatcherBase::canceled, this, &ProcessRun::cancel);
    connect(&d->process, &QProcess::readyReadStandardOutput, this,
            [this] { readStream(ProcessStream::StandardOutput); });
    connect(&d->process, &QProcess::readyReadStandardError, this,
            [this] { readStream(ProcessStream::StandardError); });
    connect(&d->process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        d->result.exitCode = exitCode;
        d->result.crashed = status == QProcess::CrashExit && !d->result.canceled;
        if (d->result.crashed)
            d->result.errorString = d->process.errorString();
        finish();
    });
    connect(&d->process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            d->result.errorString =
                tr("%1 could not be started: %2").arg(m_spec.program, d->process.errorString());
            finish();
        }
    });
}

ProcessRun::~ProcessRun()
{
    if (d->process.state() != QProcess::NotRunning) {
        d->process.kill();
        d->process.waitForFinished(1000); // only on destruction, which never happens mid-run on the GUI path
    }
    if (!d->done) {
        d->result.canceled = true;
        d->promise.addResult(d->result);
        d->promise.finish();
    }
}

void ProcessRun::start()
{
    d->result.arguments = m_spec.arguments;
    const QString executable = resolveExecutable(m_spec.program, m_spec.environment);
    if (executable.isEmpty()) {
        d->result.program = m_spec.program;
        d->result.errorString = m_spec.program.contains(u'/')
                                    ? tr("%1 is not an executable file").arg(m_spec.program)
                                    : tr("%1 was not found on PATH").arg(m_spec.program);
        // Deliver asynchronously so that callers always see the same order: start() returns, then finished.
        QMetaObject::invokeMethod(this, &ProcessRun::finish, Qt::QueuedConnection);
        return;
    }
    d->result.program = executable;
    if (m_spec.environment)
        d->process.setProcessEnvironment(*m_spec.environment);
    if (!m_spec.workingDirectory.isEmpty())
        d->process.setWorkingDirectory(m_spec.workingDirectory);
    d->promise.setProgressRange(0, 0);
    d->promise.setProgressValueAndText(0,
                                       QFileInfo(executable).fileName() + u' ' + m_spec.arguments.join(u' '));
    // Its own process group, so that cancel reaches what the tool starts too (pytest's subprocesses, pip's
    // builds).
    if (m_spec.ownProcessGroup.value_or(ownGroupsByDefault))
        d->process.setChildProcessModifier([] { ::setpgid(0, 0); });
    // Signals as a terminal would give them: a SIGINT ignored by whoever started us (a background job, a CI
    // runner) must still reach the tool, or cancel could not interrupt it politely.
    d->process.setUnixProcessParameters(QProcess::UnixProcessFlag::ResetSignalHandlers);
    d->process.start(executable, m_spec.arguments);
    d->result.started = true; // FailedToStart resets this in finish()
    if (!m_spec.standardInput.isEmpty())
        d->process.write(m_spec.standardInput);
    d->process.closeWriteChannel();
}

void ProcessRun::cancel()
{
    if (d->done || d->interrupted)
        return;
    d->result.canceled = true;
    if (d->process.state() == QProcess::NotRunning)
        return;
    // The whole group when it has one: the tool and everything it started. Politely first.
    const pid_t pid = pid_t(d->process.processId());
    const pid_t target = m_spec.ownProcessGroup.value_or(ownGroupsByDefault) ? -pid : pid;
    if (pid <= 0) {
        // Still starting: interrupt it as soon as it runs.
        connect(&d->process, &QProcess::started, this, &ProcessRun::cancel, Qt::SingleShotConnection);
        return;
    }
    d->interrupted = true;
    ::kill(target, SIGINT);
    QTimer::singleShot(interruptGraceMs, this, [this, target] {
        if (d->process.state() == QProcess::NotRunning)
            return;
        ::kill(target, SIGTERM);
        QTimer::singleShot(killGraceMs, this, [this, target] {
            ::kill(target, SIGKILL);
            if (d->process.state() != QProcess::NotRunning)
                d->process.kill();
        });
    });
}

QFuture<ProcessResult> ProcessRun::future() const
{
    return d->promise.future();
}

void ProcessRun::readStream(ProcessStream stream)
{
    const int index = int(stream);
    d->process.setReadChannel(stream == ProcessStream::StandardOutput ? QProcess::StandardOutput
                                                                      : QProcess::StandardError);
    const QByteArray bytes = d->process.readAll();
    QByteArray& kept =
        stream == ProcessStream::StandardOutput ? d->result.standardOutput : d->result.standardError;
    kept += bytes;
    if (kept.size() > m_spec.keepBytes) {
        // Drop down to three quarters at once, so that a chatty tool is not copied on every read.
        const qsizetype drop = kept.size() - m_spec.keepBytes * 3 / 4;
        kept.remove(0, drop);
        d->result.droppedBytes += drop;
    }
    QString& text = d->partial[index];
    text += d->decoder[index].decode(bytes);
    qsizetype start = 0;
    for (qsizetype newline = text.indexOf(u'\n'); newline >= 0; newline = text.indexOf(u'\n', start)) {
        QStringView line = QStringView(text).mid(start, newline - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        Q_EMIT lineReceived(stream, line.toString());
        start = newline + 1;
    }
    text.remove(0, start);
    while (text.size() > maxLineChars) {
        Q_EMIT lineReceived(stream, text.first(maxLineChars));
        text.remove(0, maxLineChars);
    }
}

void ProcessRun::flushPartialLines()
{
    for (ProcessStream stream : {ProcessStream::StandardOutput, ProcessStream::StandardError}) {
        QString& text = d->partial[int(stream)];
        if (!text.isEmpty())
            Q_EMIT lineReceived(stream, std::exchange(text, {}));
    }
}

void ProcessRun::finish()
{
    if (d->done)
        return;
    if (d->process.error() == QProcess::FailedToStart)
        d->result.started = false;
    if (d->result.started) {
        readStream(ProcessStream::StandardOutput);
        readStream(ProcessStream::StandardError);
        flushPartialLines();
    }
    d->done = true;
    d->promise.addResult(d->result);
    d->promise.finish();
    Q_EMIT finished(d->result);
}

} // namespace slipway
