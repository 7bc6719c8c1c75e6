// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/release/ReleaseJobs.h"

#include "services/dist/Build.h"
#include "services/git/Repository.h"
#include "services/project/PyProject.h"
#include "services/python/Environments.h"
#include "services/release/Credentials.h"
#include "services/version/Pep440.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSysInfo>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace slipway::release {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::release::ReleaseJobs)
};

const QString notesRef = u"refs/notes/slipway-releases"_s;

} // namespace

// --- the base --------------------------------------------------------------------------------------------

LogFunction ReleaseJobBase::poolLog()
{
    QPointer<ReleaseJobBase> self(this);
    return [self](const QString& line) {
        QMetaObject::invokeMethod(
            self,
            [self, line] {
                if (self)
                    self->log(line);
            },
            Qt::QueuedConnection);
    };
}

Result<ReleaseConfig> ReleaseJobBase::loadConfig(const ReleaseContext& context)
{
    auto config = loadReleaseConfig(context.projectRoot);
    if (config && config->channels.isEmpty())
        return slipway::fail(
            Text::tr("release"), QDir(context.projectRoot).filePath(u"slipway.yaml"_s),
            Text::tr("no channels: add a `channels:` section to slipway.yaml (README: Release channels)"));
    return config;
}

Credentials ReleaseJobBase::credentials(const ReleaseContext& context, const Channel& channel) const
{
    if (const auto given = context.credentials.constFind(channel.name);
        given != context.credentials.cend() && !given->isEmpty())
        return *given;
    return credentialsFor(channel, context.environment.value_or(QProcessEnvironment::systemEnvironment()));
}

JournalEntry journalEntry(const ReleaseContext& context, const QString& action, const QString& commit,
                          const QString& version)
{
    JournalEntry e;
    e.action = action;
    e.when = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.host = QSysInfo::machineHostName();
    e.commit = commit;
    e.version = version;
    if (!git::Repository::mayBeInside(context.projectRoot))
        return e;
    auto repo = git::Repository::open(context.projectRoot);
    if (!repo)
        return e;
    if (auto who = repo->defaultSignature())
        e.who = who->name + u" <"_s + who->email + u'>';
    if (e.commit.isEmpty())
        e.commit = repo->info().headOid;
    if (auto tags = repo->tags())
        for (const git::TagInfo& t : std::as_const(*tags))
            if (t.target == e.commit &&
                (e.tag.isEmpty() || t.name == e.version || t.name == u"v"_s + e.version))
                e.tag = t.name;
    return e;
}

QString noteOnCommit(const ReleaseContext& context, const JournalEntry& entry)
{
    if (entry.commit.isEmpty() || !git::Repository::mayBeInside(context.projectRoot))
        return {};
    auto repo = git::Repository::open(context.projectRoot);
    if (!repo)
        return {};
    git::Signature who;
    if (auto signature = repo->defaultSignature())
        who = *signature;
    else
        who = {u"Slipway"_s, u"slipway@localhost"_s, {}};
    const QByteArray json = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    if (auto noted = repo->appendNote(notesRef, entry.commit, QString::fromUtf8(json), who); !noted)
        return Text::tr("The release was not recorded in %1: %2").arg(notesRef, noted.error().message);
    return Text::tr("Recorded in %1 on commit %2").arg(notesRef, entry.commit.left(12));
}

void ReleaseJobBase::recordAndFinish(const JournalEntry& entry, std::function<void()> then)
{
    onPool<QString>(
        [context = m_context, entry]() -> Result<QString> { return noteOnCommit(context, entry); },
        [this, then = std::move(then)](Result<QString> said) {
            if (said && !said->isEmpty())
                log(*said);
            then();
        });
}

void ReleaseJobBase::uploadWithTwine(const ReleaseContext& context, const Channel& channel,
                                     const QStringList& files, std::function<void()> then)
{
    ProcessSpec spec(u"twine"_s,
                     QStringList{u"--no-color"_s, u"upload"_s, u"--non-interactive"_s,
                                 u"--disable-progress-bar"_s, u"--repository-url"_s, channel.url.toString()} +
                         files);
    QProcessEnvironment env = context.environment.value_or(QProcessEnvironment::systemEnvironment());
    const Credentials c = credentials(context, channel);
    // The secret goes by the environment, never on a command line (ps would show it).
    env.insert(u"TWINE_USERNAME"_s, c.user.isEmpty() ? u"__token__"_s : c.user);
    env.insert(u"TWINE_PASSWORD"_s, c.password);
    env.insert(u"NO_COLOR"_s, u"1"_s);
    env.insert(u"COLUMNS"_s, u"200"_s);
    spec.environment = env;
    spec.workingDirectory = context.projectRoot;
    runProcess(spec,
               u"$ twine upload --repository-url "_s + channel.url.toString() + u' ' +
                   QStringList(files).replaceInStrings(QRegularExpression(u"^.*/"_s), QString()).join(u' '),
               [this, channel, then = std::move(then)](const ProcessResult& result) {
                   if (!result.succeeded()) {
                       Error e{Text::tr("publish"), channel.url.toString(),
                               Text::tr("twine upload failed (%1): a file there with other bytes, refused "
                                        "credentials or a server error; see the log")
                                   .arg(result.summary())};
                       e.code = u"refused"_s;
                       return failWith(e);
                   }
                   then();
               });
}

// --- publish ---------------------------------------------------------------------------------------------

PublishJob::PublishJob(PublishRequest request, QObject* parent)
    : ReleaseJobBase(Text::tr("Publish to %1").arg(request.channel), parent)
    , m_request(std::move(request))
{
    setContext(m_request.context);
}

void PublishJob::finishWith(Result<PublishOutcome> result)
{
    m_result = result;
    if (result)
        succeed();
    else
        fail(result.error());
}

void PublishJob::failWith(const Error& error)
{
    finishWith(std::unexpected(error));
}

void PublishJob::run()
{
    auto config = loadConfig(m_request.context);
    if (!config)
        return finishWith(std::unexpected(config.error()));
    m_config = *config;
    if (!m_config.channel(m_request.channel))
        return finishWith(
            slipway::fail(Text::tr("publish"), m_config.file,
                          Text::tr("no channel named '%1' in slipway.yaml").arg(m_request.channel)));
    if (!m_request.files.isEmpty())
        return publishFiles(m_request.files, {});
    if (!m_request.context.trusted)
        return finishWith(
            slipway::fail(Text::tr("publish"), m_request.context.projectRoot,
                          Text::tr("building runs the project's build backend: trust the project first")));
    dist::BuildRequest build;
    build.projectRoot = m_request.context.projectRoot;
    build.python = m_request.context.python;
    build.environment = m_request.context.environment;
    build.fromCommit = true;
    auto* job = new dist::BuildJob(build, this);
    runChild(job, [this, job](Job&) {
        const auto& result = job->result();
        if (!result || !*result)
            return finishWith(std::unexpected(
                result ? result->error() : Error{Text::tr("publish"), {}, Text::tr("the build failed")}));
        QStringList files;
        for (const QString& artifact : (*result)->artifacts)
            if (!artifact.endsWith(u".pyz"_s) && !artifact.endsWith(u".pex"_s))
                files << artifact;
        publishFiles(files, (*result)->commit);
    });
}

void PublishJob::publishFiles(const QStringList& paths, const QString& builtCommit)
{
    const Channel channel = *m_config.channel(m_request.channel);
    setProgress(1, 3, Text::tr("Inspecting %n file(s)", nullptr, int(paths.size())));
    const Credentials creds = credentials(m_request.context, channel);
    auto entry = std::make_shared<JournalEntry>();
    onPool<QList<ReleaseFile>>(
        [paths, entry, context = m_request.context, builtCommit,
         name = channel.name]() -> Result<QList<ReleaseFile>> {
            QList<ReleaseFile> files;
            for (const QString& p : paths) {
                auto f = describeReleaseFile(p);
                if (!f)
                    return std::unexpected(f.error());
                if (!files.isEmpty() &&
                    (f->project != files.front().project || f->version != files.front().version))
                    return slipway::fail(
                        Text::tr("publish"), p,
                        Text::tr("one release at a time: %1 %2 and %3 %4")
                            .arg(files.front().project, files.front().version, f->project, f->version));
                files << *f;
            }
            if (files.isEmpty())
                return slipway::fail(Text::tr("publish"), {}, Text::tr("no files to publish"));
            *entry = journalEntry(context, u"publish"_s, builtCommit, files.front().version);
            entry->channel = name;
            entry->project = files.front().project;
            return files;
        },
        [this, channel, shared = entry, creds, paths](Result<QList<ReleaseFile>> files) mutable {
            if (!files)
                return finishWith(std::unexpected(files.error()));
            JournalEntry record = *shared;
            PublishOutcome outcome{channel.name, record.project, record.version, record.commit, {}};
            setProgress(2, 3, Text::tr("Uploading to %1").arg(channel.name));
            JournalEntry noted = record;
            for (const ReleaseFile& f : std::as_const(*files))
                noted.files << JournalFile{f.filename, f.sha256, f.size};
            if (!channel.isStatic()) {
                return uploadWithTwine(m_request.context, channel, paths, [this, outcome, noted]() mutable {
                    for (const JournalFile& f : std::as_const(noted.files))
                        outcome.change.added << f.filename;
                    recordAndFinish(noted, [this, outcome] { finishWith(outcome); });
                });
            }
            onPool<ChannelChange>(
                [channel, creds, cancel = cancelCheck(), say = poolLog(), files = *files, record]() {
                    ChannelClient client(channel, creds, cancel, say);
                    return client.publish(files, record);
                },
                [this, outcome, noted](Result<ChannelChange> change) mutable {
                    if (!change)
                        return finishWith(std::unexpected(change.error()));
                    outcome.change = *change;
                    for (const QString& f : std::as_const(change->alreadyThere))
                        log(Text::tr("%1 is there already with the same bytes").arg(f));
                    for (const QString& f : std::as_const(change->added))
                        log(Text::tr("Published %1").arg(f));
                    recordAndFinish(noted, [this, outcome] { finishWith(outcome); });
                });
        });
}

// --- yank ------------------------------------------------------------------------------------------------

YankJob::YankJob(YankRequest request, QObject* parent)
    : ReleaseJobBase(request.undo ? Text::tr("Unyank %1").arg(request.version)
                                  : Text::tr("Yank %1").arg(request.version),
                     parent)
    , m_request(std::move(request))
{
    setContext(m_request.context);
}

void YankJob::run()
{
    const auto done = [this](Result<QStringList> r) {
        m_result = r;
        if (r)
            succeed();
        else
            fail(r.error());
    };
    auto config = loadConfig(m_request.context);
    if (!config)
        return done(std::unexpected(config.error()));
    const Channel* channel = config->channel(m_request.channel);
    if (!channel)
        return done(slipway::fail(Text::tr("yank"), config->file,
                                  Text::tr("no channel named '%1'").arg(m_request.channel)));
    if (!m_request.undo && m_request.reason.trimmed().isEmpty())
        return done(
            slipway::fail(Text::tr("yank"), {},
                          Text::tr("say why (PEP 592's reason): users see it when pip skips the version")));
    JournalEntry entry;
    entry.action = m_request.undo ? u"unyank"_s : u"yank"_s;
    entry.when = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    entry.host = QSysInfo::machineHostName();
    entry.channel = channel->name;
    entry.project = projectName(m_request.context.projectRoot);
    entry.version = m_request.version;
    entry.reason = m_request.reason;
    onPool<QStringList>(
        [c = *channel, creds = credentials(m_request.context, *channel), cancel = cancelCheck(),
         log = poolLog(), request = m_request, entry]() {
            ChannelClient client(c, creds, cancel, log);
            auto yanked = client.yank(entry.project, request.version, request.reason, request.undo, entry);
            if (!yanked)
                return yanked;
            // The commit that built the version (from the channel's journal) gets the yank in its note too.
            JournalEntry noted = entry;
            noted.reason = request.reason;
            if (auto journal = client.journal())
                for (const JournalEntry& e : std::as_const(*journal))
                    if (e.version == request.version && !e.commit.isEmpty()) {
                        noted.commit = e.commit;
                        noted.tag = e.tag;
                    }
            if (const QString said = noteOnCommit(request.context, noted); !said.isEmpty())
                log(said);
            return yanked;
        },
        [this, done](Result<QStringList> r) {
            if (r)
                for (const QString& f : std::as_const(*r))
                    log((m_request.undo ? Text::tr("Unyanked %1") : Text::tr("Yanked %1")).arg(f));
            done(r);
        });
}

// --- the board -------------------------------------------------------------------------------------------

QString projectName(const QString& projectRoot)
{
    QFile file(QDir(projectRoot).filePath(u"pyproject.toml"_s));
    if (file.open(QIODevice::ReadOnly))
        if (auto parsed = parsePyProject(file.read(qint64(4) << 20), file.fileName());
            parsed && !parsed->name.isEmpty())
            return slipway::version::normalizeName(parsed->name);
    return slipway::version::normalizeName(QFileInfo(projectRoot).fileName());
}

Result<BoardState> readBoard(const ReleaseContext& context, const CancelCheck& cancel)
{
    auto config = loadReleaseConfig(context.projectRoot);
    if (!config)
        return std::unexpected(config.error());
    BoardState board;
    board.project = projectName(context.projectRoot);
    board.readAt = QDateTime::currentDateTimeUtc();
    const QProcessEnvironment env = context.environment.value_or(QProcessEnvironment::systemEnvironment());
    QList<QFuture<ChannelState>> reads;
    for (const Channel& channel : std::as_const(config->channels)) {
        Credentials creds = context.credentials.value(channel.name);
        if (creds.isEmpty())
            creds = credentialsFor(channel, env);
        reads << QtConcurrent::run([channel, creds, cancel, project = board.project] {
            ChannelState state;
            state.channel = channel;
            ChannelClient client(channel, creds, cancel);
            if (auto page = client.project(project))
                state.page = *page;
            else
                state.error = page.error().message;
            if (auto journal = client.journal())
                state.journal = *journal;
            return state;
        });
    }
    for (auto& read : reads)
        board.channels << read.result();
    return board;
}

} // namespace slipway::release
