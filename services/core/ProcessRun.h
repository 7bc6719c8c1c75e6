// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace slipway {

// What to run: a program and its arguments, never a shell string.
struct ProcessSpec
{
    ProcessSpec(QString programName, QStringList args = {})
        : program(std::move(programName))
        , arguments(std::move(args))
    {}

    QString program; // a name looked up on the environment's PATH, or a path
    QStringList arguments;
    QString workingDirectory;
    std::optional<QProcessEnvironment> environment; // default: this process's environment
    QByteArray standardInput;                       // written, then the channel is closed
    // Start it in its own process group, so that cancel stops everything it started too. Not for what a
    // terminal runs: Ctrl+C reaches only the terminal's foreground group. Unset: the process-wide default
    // (setOwnProcessGroupsByDefault(); the window sets it, the command line does not).
    std::optional<bool> ownProcessGroup;
    // The most of each stream kept in the result; past it the oldest bytes go (the tail is what explains a
    // failure) and the result says how many. Lines are still signalled as they come.
    qsizetype keepBytes = qsizetype(64) * 1024 * 1024;
};

enum class ProcessStream
{
    StandardOutput,
    StandardError
};

struct ProcessResult
{
    QString program; // the resolved executable
    QStringList arguments;
    bool started = false;
    bool canceled = false;
    bool crashed = false;
    int exitCode = -1;
    QString errorString;       // why it did not start, or crashed
    QByteArray standardOutput; // the last ProcessSpec::keepBytes of it
    QByteArray standardError;
    qint64 droppedBytes = 0; // of both streams, when a tool wrote more than was kept

    bool succeeded() const { return started && !canceled && !crashed && exitCode == 0; }
    // One line for the user: "flake8 exited with code 1", "pytest was not found on PATH"…
    QString summary() const;
};

// Looks `program` up like a shell would, on the PATH of `environment` (or ours); empty when not found.
QString resolveExecutable(const QString& program, const std::optional<QProcessEnvironment>& environment = {});

// One run of an external tool, asynchronous: output arrives line by line as signals, the result through
// future() and finished(). Canceling the future (or calling cancel()) interrupts politely, as Ctrl+C
// does: SIGINT to the process group (pre-commit restores its stash, pytest writes its summary), SIGTERM
// if it is still there after a grace period, SIGKILL after another. Create it on a thread with an event
// loop.
class ProcessRun : public QObject
{
    Q_OBJECT
public:
    // Whether runs without ProcessSpec::ownProcessGroup get a group of their own (the GUI: yes).
    static void setOwnProcessGroupsByDefault(bool own);
    static bool ownProcessGroupsByDefault();

    explicit ProcessRun(ProcessSpec spec, QObject* parent = nullptr);
    ~ProcessRun() override;

    void start();
    void cancel();
    QFuture<ProcessResult> future() const;
    const ProcessSpec& spec() const { return m_spec; }

Q_SIGNALS:
    void lineReceived(slipway::ProcessStream stream, const QString& line);
    void finished(const slipway::ProcessResult& result);

private:
    void readStream(ProcessStream stream);
    void flushPartialLines();
    void finish();

    struct Private;
    ProcessSpec m_spec;
    std::unique_ptr<Private> d;
};

} // namespace slipway
