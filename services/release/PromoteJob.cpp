// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Promotion: the gates, then the very same files copied from one channel to the next.
#include "services/git/Config.h"
#include "services/git/Repository.h"
#include "services/python/Environments.h"
#include "services/release/Http.h"
#include "services/release/ReleaseJobs.h"
#include "services/testing/TestJob.h"
#include "services/version/Pep440.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace slipway::release {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::release::PromoteJob)
};

// What the gates are checked against, read on the pool.
struct Facts
{
    QList<IndexFile> files;
    ProjectPage target;
    QString commit; // that built the files, from the source channel's journal
    QString tag;    // the version's tag (VERSION or vVERSION), when the repository has one
    QString tagTarget;
    JournalEntry entry;
};

Result<Facts> readFacts(const ReleaseContext& context, const Channel& from,
                        const Credentials& fromCredentials, const Channel& to,
                        const Credentials& toCredentials, const QString& version, const CancelCheck& cancel)
{
    Facts facts;
    const QString project = projectName(context.projectRoot);
    ChannelClient source(from, fromCredentials, cancel);
    auto page = source.project(project);
    if (!page)
        return std::unexpected(page.error());
    for (const IndexFile& f : std::as_const(page->files))
        if (f.version() == version)
            facts.files << f;
    if (facts.files.isEmpty())
        return slipway::fail(Text::tr("promote"), from.indexUrl.toString(),
                             Text::tr("%1 has no files of %2 %3").arg(from.name, project, version));
    ChannelClient target(to, toCredentials, cancel);
    auto targetPage = target.project(project);
    if (!targetPage)
        return std::unexpected(targetPage.error());
    facts.target = *targetPage;
    if (auto journal = source.journal()) {
        for (const JournalEntry& e : std::as_const(*journal))
            if (e.version == version && !e.commit.isEmpty())
                facts.commit = e.commit;
    }
    facts.entry = journalEntry(context, u"promote"_s, facts.commit, version);
    if (facts.commit.isEmpty())
        facts.commit = facts.entry.commit; // not recorded (a legacy channel): HEAD
    facts.entry.project = project;
    facts.entry.channel = to.name;
    facts.entry.from = from.name;
    if (git::Repository::mayBeInside(context.projectRoot)) {
        if (auto repo = git::Repository::open(context.projectRoot)) {
            if (auto tags = repo->tags())
                for (const git::TagInfo& t : std::as_const(*tags))
                    if (t.name == version || t.name == u"v"_s + version) {
                        facts.tag = t.name;
                        facts.tagTarget = t.target;
                    }
        }
    }
    return facts;
}

} // namespace

PromoteJob::PromoteJob(PromoteRequest request, QObject* parent)
    : ReleaseJobBase(Text::tr("Promote %1 from %2 to %3").arg(request.version, request.from, request.to),
                     parent)
    , m_request(std::move(request))
{
    setContext(m_request.context);
    m_outcome.version = m_request.version;
    m_outcome.from = m_request.from;
    m_outcome.to = m_request.to;
    m_outcome.dryRun = m_request.dryRun;
}

void PromoteJob::finishWith(Result<PromoteOutcome> result)
{
    m_result = result;
    if (result)
        succeed();
    else
        fail(result.error());
}

void PromoteJob::addGate(GateResult gate)
{
    log((gate.passed ? u"  ✓ "_s : u"  ✗ "_s) + gate.gate + u": "_s + gate.detail);
    m_outcome.gates << gate;
    Q_EMIT gateChecked(gate);
}

void PromoteJob::run()
{
    auto config = loadConfig(m_request.context);
    if (!config)
        return finishWith(std::unexpected(config.error()));
    m_config = *config;
    const Channel* from = m_config.channel(m_request.from);
    const Channel* to = m_config.channel(m_request.to);
    if (!from || !to)
        return finishWith(
            slipway::fail(Text::tr("promote"), m_config.file,
                          Text::tr("no channel named '%1'").arg(from ? m_request.to : m_request.from)));
    const PromotionRule* rule = m_config.rule(m_request.from, m_request.to);
    if (!rule)
        return finishWith(slipway::fail(
            Text::tr("promote"), m_config.file,
            Text::tr("slipway.yaml has no promotion rule from %1 to %2").arg(m_request.from, m_request.to)));
    if (rule->gates.contains(u"installed-tests"_s) && !m_request.context.trusted && !m_request.dryRun)
        return finishWith(slipway::fail(
            Text::tr("promote"), m_request.context.projectRoot,
            Text::tr("the installed-tests gate runs the project's tests: trust the project first")));
    setProgress(1, 4, Text::tr("Reading %1 and %2").arg(from->name, to->name));
    onPool<Facts>(
        [context = m_request.context, f = *from, fc = credentials(m_request.context, *from), t = *to,
         tc = credentials(m_request.context, *to), version = m_request.version,
         cancel = cancelCheck()] { return readFacts(context, f, fc, t, tc, version, cancel); },
        [this](Result<Facts> facts) {
            if (!facts)
                return finishWith(std::unexpected(facts.error()));
            m_outcome.project = facts->entry.project;
            m_outcome.files = facts->files;
            m_commit = facts->commit;
            m_tag = facts->tag;
            m_tagTarget = facts->tagTarget;
            // No drift: a file of this release in the target with other bytes.
            QStringList drift;
            for (const IndexFile& f : std::as_const(facts->files))
                for (const IndexFile& there : std::as_const(facts->target.files))
                    if (there.filename == f.filename && !there.sha256.isEmpty() && there.sha256 != f.sha256)
                        drift << Text::tr("%1 (sha256 %2 in %3, %4 in %5)")
                                     .arg(f.filename, there.sha256.left(12), m_request.to, f.sha256.left(12),
                                          m_request.from);
            addGate({u"no-drift"_s, drift.isEmpty(),
                     drift.isEmpty()
                         ? Text::tr("no file of %1 is in %2 with other bytes")
                               .arg(m_request.version, m_request.to)
                         : Text::tr("other bytes under the same name: %1").arg(drift.join(u"; "_s))});
            m_entry = facts->entry;
            for (const IndexFile& f : std::as_const(facts->files))
                m_entry.files << JournalFile{f.filename, f.sha256, f.size};
            m_entry.commit = m_commit;
            m_entry.tag = m_tag;
            checkGates();
        });
}

void PromoteJob::checkGates()
{
    const PromotionRule* rule = m_config.rule(m_request.from, m_request.to);
    const QStringList gates = rule->gates;
    if (gates.contains(u"final-version"_s)) {
        auto v = version::Version::parse(m_request.version);
        const bool final = v && !v->isPrerelease() && !v->hasLocal();
        addGate({u"final-version"_s, final,
                 final ? Text::tr("%1 is a final release (PEP 440)").arg(m_request.version)
                       : Text::tr("%1 is not final: it has a pre-release, dev or local part")
                             .arg(m_request.version)});
    }
    if (gates.contains(u"same-commit"_s)) {
        const bool same = !m_tag.isEmpty() && !m_commit.isEmpty() && m_tagTarget == m_commit;
        addGate({u"same-commit"_s, same,
                 m_tag.isEmpty() ? Text::tr("no tag %1 or v%1").arg(m_request.version)
                 : same ? Text::tr("tag %1 points at %2, which built the files").arg(m_tag, m_commit.left(12))
                        : Text::tr("tag %1 does not point at the commit that built the files (%2)")
                              .arg(m_tag, m_commit.left(12))});
    }
    const auto afterSignature = [this, gates] {
        if (!gates.contains(u"installed-tests"_s) || m_request.dryRun)
            return decide();
        runInstalledTests([this] { decide(); });
    };
    if (!gates.contains(u"signed-tag"_s))
        return afterSignature();
    if (m_tag.isEmpty()) {
        addGate({u"signed-tag"_s, false, Text::tr("no tag %1 or v%1 to verify").arg(m_request.version)});
        return afterSignature();
    }
    // git verify-tag runs gpg: with the protective options, only the user's own gpg.program.
    ProcessSpec spec(u"git"_s, git::protectiveOptions(m_request.context.projectRoot) +
                                   QStringList{u"verify-tag"_s, m_tag});
    spec.workingDirectory = m_request.context.projectRoot;
    runProcess(spec, u"$ git verify-tag "_s + m_tag, [this, afterSignature](const ProcessResult& result) {
        addGate(
            {u"signed-tag"_s, result.succeeded(),
             result.succeeded()
                 ? Text::tr("tag %1 has a good signature").arg(m_tag)
                 : Text::tr("tag %1 does not verify: %2")
                       .arg(m_tag, QString::fromUtf8(result.standardError).trimmed().section(u'\n', 0, 0))});
        afterSignature();
    });
}

void PromoteJob::runInstalledTests(std::function<void()> then)
{
    const Channel* from = m_config.channel(m_request.from);
    setProgress(
        2, 4,
        Text::tr("Testing %1 %2 installed from %3").arg(m_outcome.project, m_request.version, from->name));
    testing::TestRequest request;
    request.root = m_request.context.projectRoot;
    request.python =
        m_request.context.python.isEmpty() ? python::defaultPython(request.root) : m_request.context.python;
    request.installed = true;
    request.installArguments = {u"--index-url"_s, from->indexUrl.toString(),
                                m_outcome.project + u"=="_s + m_request.version};
    request.environment = m_request.context.environment;
    auto* job = new testing::TestJob(request, this);
    runChild(job, [this, job, then = std::move(then)](Job&) {
        const testing::TestReport& report = job->report();
        const int failed = report.count(testing::Outcome::Failed) + report.count(testing::Outcome::Error);
        const int passed = report.count(testing::Outcome::Passed);
        const bool ok = job->state() == Job::State::Succeeded && failed == 0 && passed > 0;
        QString detail;
        if (!report.problems.isEmpty())
            detail = report.problems.front().message;
        else if (passed == 0 && failed == 0)
            detail = Text::tr("no test ran");
        else
            detail = Text::tr("%1 passed, %2 failed, installed from %3")
                         .arg(passed)
                         .arg(failed)
                         .arg(m_request.from);
        addGate({u"installed-tests"_s, ok, detail});
        then();
    });
}

void PromoteJob::decide()
{
    QStringList failed;
    for (const GateResult& g : std::as_const(m_outcome.gates))
        if (!g.passed)
            failed << g.gate;
    if (!failed.isEmpty()) {
        Error e{Text::tr("promote"), m_config.file,
                Text::tr("not promoted: %1 failed (nothing was written)").arg(failed.join(u", "_s))};
        e.code = u"gate"_s;
        return finishWith(std::unexpected(e));
    }
    copyFiles();
}

void PromoteJob::copyFiles()
{
    const Channel from = *m_config.channel(m_request.from);
    const Channel to = *m_config.channel(m_request.to);
    setProgress(3, 4, m_request.dryRun ? Text::tr("Planning") : Text::tr("Copying to %1").arg(to.name));
    const auto done = [this](Result<ChannelChange> change) {
        if (!change)
            return finishWith(std::unexpected(change.error()));
        m_outcome.change = *change;
        const QString page = m_config.channel(m_request.to)->indexUrl.toString() + m_outcome.project + u'/';
        for (const QString& f : std::as_const(change->added))
            log((m_request.dryRun ? Text::tr("would add to %1: %2") : Text::tr("added to %1: %2"))
                    .arg(page, f));
        for (const QString& f : std::as_const(change->alreadyThere))
            log(Text::tr("already in %1: %2").arg(page, f));
        if (m_request.dryRun)
            return finishWith(m_outcome);
        recordAndFinish(m_entry, [this] { finishWith(m_outcome); });
    };
    if (to.isStatic() || m_request.dryRun) {
        onPool<ChannelChange>(
            [from, to, fc = credentials(m_request.context, from), tc = credentials(m_request.context, to),
             cancel = cancelCheck(), log = poolLog(), files = m_outcome.files, entry = m_entry,
             dryRun = m_request.dryRun, project = m_outcome.project]() -> Result<ChannelChange> {
                ChannelClient source(from, fc, cancel, log);
                ChannelClient target(to, tc, cancel, log);
                if (to.isStatic())
                    return target.receive(source, project, files, entry, dryRun);
                auto page = target.project(project);
                if (!page)
                    return std::unexpected(page.error());
                ChannelChange change;
                for (const IndexFile& f : files) {
                    const bool there =
                        std::any_of(page->files.cbegin(), page->files.cend(),
                                    [&](const IndexFile& t) { return t.filename == f.filename; });
                    (there ? change.alreadyThere : change.added) << f.filename;
                }
                return change;
            },
            done);
        return;
    }
    if (from.upload == UploadKind::Devpi && to.upload == UploadKind::Devpi &&
        from.url.host() == to.url.host() && from.url.port() == to.url.port())
        return pushWithDevpi(from, to, done);
    // Into a legacy index: the same bytes downloaded (hash checked) and uploaded with twine.
    auto scratch = std::make_shared<QTemporaryDir>();
    onPool<QStringList>(
        [from, fc = credentials(m_request.context, from), cancel = cancelCheck(), log = poolLog(),
         files = m_outcome.files, project = m_outcome.project, scratch]() -> Result<QStringList> {
            ChannelClient source(from, fc, cancel, log);
            QStringList paths;
            for (const IndexFile& f : files) {
                const QString path = scratch->filePath(f.filename);
                if (auto got = source.download(project, f, path); !got)
                    return std::unexpected(got.error());
                paths << path;
            }
            return paths;
        },
        [this, to, scratch, done](Result<QStringList> paths) {
            if (!paths)
                return finishWith(std::unexpected(paths.error()));
            uploadWithTwine(m_request.context, to, *paths, [done, paths, scratch] {
                ChannelChange change;
                for (const QString& p : *paths)
                    change.added << QFileInfo(p).fileName();
                done(change);
            });
        });
}

// devpi's push: POST {"name", "version", "targetindex"} to the source index with X-Devpi-Auth (a login's
// token), the reply an actionlog. The files move inside devpi: nothing passes through here.
void PromoteJob::pushWithDevpi(const Channel& from, const Channel& to,
                               std::function<void(Result<ChannelChange>)> done)
{
    onPool<ChannelChange>(
        [from, to, fc = credentials(m_request.context, from), cancel = cancelCheck(), log = poolLog(),
         project = m_outcome.project, version = m_request.version,
         files = m_outcome.files]() -> Result<ChannelChange> {
            Http http({}, cancel);
            QUrl root = from.url;
            root.setPath(u"/"_s);
            const auto login =
                http.send("POST", root.resolved(QUrl(u"+login"_s)),
                          {{"Content-Type", "application/json"}, {"Accept", "application/json"}},
                          QJsonDocument(QJsonObject{{u"user"_s, fc.user}, {u"password"_s, fc.password}})
                              .toJson(QJsonDocument::Compact));
            if (!login.ok())
                return slipway::fail(Text::tr("promote"), root.toString(),
                                     Text::tr("devpi login: %1").arg(Http::describe(login, root)));
            const QString token = QJsonDocument::fromJson(login.body)
                                      .object()
                                      .value(u"result"_s)
                                      .toObject()
                                      .value(u"password"_s)
                                      .toString();
            const QByteArray auth = (fc.user + u':' + token).toUtf8().toBase64();
            QString target = to.url.path();
            while (target.startsWith(u'/'))
                target.remove(0, 1);
            while (target.endsWith(u'/'))
                target.chop(1);
            log(Text::tr("devpi push %1 %2 to %3").arg(project, version, target));
            const auto pushed = http.send(
                "POST", from.url,
                {{"Content-Type", "application/json"},
                 {"Accept", "application/json"},
                 {"X-Devpi-Auth", auth}},
                QJsonDocument(
                    QJsonObject{{u"name"_s, project}, {u"version"_s, version}, {u"targetindex"_s, target}})
                    .toJson(QJsonDocument::Compact));
            if (!pushed.ok())
                return slipway::fail(
                    Text::tr("promote"), from.url.toString(),
                    Text::tr("devpi push: %1 %2")
                        .arg(Http::describe(pushed, from.url), QString::fromUtf8(pushed.body.left(300))));
            ChannelChange change;
            const QJsonArray actions =
                QJsonDocument::fromJson(pushed.body).object().value(u"result"_s).toArray();
            for (const auto& action : actions) {
                const QJsonArray a = action.toArray();
                log(u"  "_s + QString::number(a.at(0).toInt()) + u' ' + a.at(1).toString() + u' ' +
                    a.at(2).toString());
            }
            for (const IndexFile& f : files)
                change.added << f.filename;
            return change;
        },
        std::move(done));
}

} // namespace slipway::release
