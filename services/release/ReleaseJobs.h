// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Job.h"
#include "services/release/ChannelClient.h"

#include <QDateTime>
#include <QMap>
#include <QProcessEnvironment>
#include <QtConcurrentRun>

#include <atomic>
#include <memory>
#include <optional>

namespace slipway::release {

// What every release operation starts from.
struct ReleaseContext
{
    QString projectRoot;
    // Credentials the GUI got from the keychain, by channel name; the others come from credentialsFor().
    QMap<QString, Credentials> credentials;
    bool trusted = false; // the project may run its code (build backends, tests)
    QString python;       // default: the project's environment, else python3
    std::optional<QProcessEnvironment> environment;
};

// A job whose channel work runs on the thread pool (blocking network and file I/O), its log lines and
// cancel reaching across; processes (build, twine, tests) run as the job's own steps.
class ReleaseJobBase : public Job
{
    Q_OBJECT
public:
    using Job::Job;

protected:
    void onCancel() override { m_canceled->store(true); }
    CancelCheck cancelCheck() const
    {
        return [flag = m_canceled] { return flag->load(); };
    }
    LogFunction poolLog();
    // Runs `work` on the pool; `then` gets its result on this job's thread unless canceled.
    template <typename T>
    void onPool(std::function<Result<T>()> work, std::function<void(Result<T>)> then)
    {
        await<Result<T>>(QtConcurrent::run(std::move(work)),
                         [then = std::move(then)](const QFuture<Result<T>>& done) { then(done.result()); });
    }

    Result<ReleaseConfig> loadConfig(const ReleaseContext& context);
    Credentials credentials(const ReleaseContext& context, const Channel& channel) const;
    // Records `entry` as a line of the note on its commit (refs/notes/slipway-releases), on the pool.
    void recordAndFinish(const JournalEntry& entry, std::function<void()> then);
    void setContext(const ReleaseContext& context) { m_context = context; }
    // Ends the job as failed with `error` as its result.
    virtual void failWith(const Error& error) = 0;
    // twine upload of `files` to a legacy or devpi channel.
    void uploadWithTwine(const ReleaseContext& context, const Channel& channel, const QStringList& files,
                         std::function<void()> then);

private:
    ReleaseContext m_context;
    std::shared_ptr<std::atomic_bool> m_canceled = std::make_shared<std::atomic_bool>(false);
};

struct PublishRequest
{
    ReleaseContext context;
    QString channel;
    QStringList files; // empty: build the sdist and wheel from HEAD first
};

struct PublishOutcome
{
    QString channel;
    QString project;
    QString version;
    QString commit;
    ChannelChange change;
};

// Publishes files (or a fresh build of HEAD) to one channel.
class PublishJob : public ReleaseJobBase
{
    Q_OBJECT
public:
    explicit PublishJob(PublishRequest request, QObject* parent = nullptr);
    const std::optional<Result<PublishOutcome>>& result() const { return m_result; }

protected:
    void run() override;

private:
    void failWith(const Error& error) override;
    void publishFiles(const QStringList& paths, const QString& builtCommit);
    void finishWith(Result<PublishOutcome> result);

    PublishRequest m_request;
    ReleaseConfig m_config;
    std::optional<Result<PublishOutcome>> m_result;
};

struct PromoteRequest
{
    ReleaseContext context;
    QString version;
    QString from;
    QString to;
    bool dryRun = false;
};

struct PromoteOutcome
{
    QString project;
    QString version;
    QString from;
    QString to;
    QList<IndexFile> files;  // the release's files in the source channel
    QList<GateResult> gates; // each gate the rule requires, plus no-drift
    ChannelChange change;    // dry run: what would change
    bool dryRun = false;
};

// Promotes every file of one version from a channel to the next: gates first (nothing is written when one
// fails), then the same bytes copied and verified, then the target's pages and journal.
class PromoteJob : public ReleaseJobBase
{
    Q_OBJECT
public:
    explicit PromoteJob(PromoteRequest request, QObject* parent = nullptr);
    const std::optional<Result<PromoteOutcome>>& result() const { return m_result; }
    const PromoteOutcome& outcome() const { return m_outcome; } // as far as it got (gates), also on failure

Q_SIGNALS:
    void gateChecked(const slipway::release::GateResult& gate);

protected:
    void run() override;

private:
    void failWith(const Error& error) override { finishWith(std::unexpected(error)); }
    void checkGates();
    void runInstalledTests(std::function<void()> then);
    void decide();
    void copyFiles();
    void pushWithDevpi(const Channel& from, const Channel& to,
                       std::function<void(Result<ChannelChange>)> done);
    void addGate(GateResult gate);
    void finishWith(Result<PromoteOutcome> result);

    PromoteRequest m_request;
    ReleaseConfig m_config;
    PromoteOutcome m_outcome;
    QString m_commit; // that built the files (source journal)
    QString m_tag;
    QString m_tagTarget;
    JournalEntry m_entry;
    std::optional<Result<PromoteOutcome>> m_result;
};

struct YankRequest
{
    ReleaseContext context;
    QString channel;
    QString version;
    QString reason;
    bool undo = false;
};

class YankJob : public ReleaseJobBase
{
    Q_OBJECT
public:
    explicit YankJob(YankRequest request, QObject* parent = nullptr);
    const std::optional<Result<QStringList>>& result() const { return m_result; }

protected:
    void run() override;

private:
    void failWith(const Error& error) override
    {
        m_result = std::unexpected(error);
        fail(error);
    }
    YankRequest m_request;
    std::optional<Result<QStringList>> m_result;
};

// One channel as the board shows it.
struct ChannelState
{
    Channel channel;
    ProjectPage page;
    QList<JournalEntry> journal;
    QString error; // the channel could not be read (offline, refused): the rest is the last known state
};

struct BoardState
{
    QString project; // normalised
    QList<ChannelState> channels;
    QDateTime readAt;
};

// The git identity, host, commit (HEAD unless given) and its tag (the version's, when one names it) for
// the journal. Opens the repository: call it on the pool.
JournalEntry journalEntry(const ReleaseContext& context, const QString& action, const QString& commit,
                          const QString& version);
// Appends `entry` to the note on its commit; says what happened (empty when there is no commit).
QString noteOnCommit(const ReleaseContext& context, const JournalEntry& entry);

// Reads every channel of the project (in parallel on the pool). Blocking: call it on the pool.
Result<BoardState> readBoard(const ReleaseContext& context, const CancelCheck& cancel = {});
// The project's normalised name: pyproject.toml's [project].name, else the folder's name.
QString projectName(const QString& projectRoot);

} // namespace slipway::release

Q_DECLARE_METATYPE(slipway::release::GateResult)
