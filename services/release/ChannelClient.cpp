// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A static channel's layout (ARCHITECTURE.md § Release channels):
//   files/<project>/<file>            the artifacts, immutable once there
//   files/<project>/<file>.metadata   PEP 658 core metadata
//   files/<project>/.yanked.json      {file: reason} (PEP 592)
//   simple/index.{html,json}, simple/<project>/index.{html,json}   PEP 503 / 691 pages, regenerated
//   .slipway/journal.jsonl            the append-only journal
//   .slipway-lock/                    the lock (WebDAV); .slipway-lock (folder, flock)
#include "services/release/ChannelClient.h"

#include "services/dist/Artifact.h"
#include "services/release/ChannelLayout.h"
#include "services/release/Http.h"
#include "services/version/Pep440.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace slipway::release {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::release::ChannelClient)
};

} // namespace

using namespace detail;

Result<ReleaseFile> describeReleaseFile(const QString& path)
{
    auto artifact = dist::inspectArtifact(path);
    if (!artifact)
        return std::unexpected(artifact.error());
    if (artifact->kind == dist::Artifact::Kind::Executable)
        return fail(Text::tr("publish"), path,
                    Text::tr("an executable is not a package: publish wheels and sdists"));
    for (const dist::Finding& finding : std::as_const(artifact->findings))
        if (finding.severity == dist::Finding::Severity::Error)
            return fail(
                Text::tr("publish"), path,
                Text::tr("the inspection found an error (%1): %2").arg(finding.code, finding.message));
    ReleaseFile f;
    f.localPath = QFileInfo(path).absoluteFilePath();
    f.filename = artifact->fileName;
    f.project = version::normalizeName(artifact->name);
    f.version = artifact->version;
    f.sha256 = artifact->sha256;
    f.size = artifact->size;
    f.requiresPython = artifact->metadata.requiresPython;
    if (artifact->kind == dist::Artifact::Kind::Wheel)
        f.metadata = artifact->rawMetadata; // PEP 658: what installers read instead of downloading the wheel
    if (projectFromFilename(f.filename) != f.project || versionFromFilename(f.filename).isEmpty())
        return fail(Text::tr("publish"), path,
                    Text::tr("the file name does not name the project %1 and a version").arg(f.project));
    return f;
}

ChannelClient::ChannelClient(Channel channel, Credentials credentials, CancelCheck cancel, LogFunction log)
    : m_channel(std::move(channel))
    , m_credentials(std::move(credentials))
    , m_cancel(std::move(cancel))
    , m_log(std::move(log))
{
    if (m_channel.isStatic())
        m_store = ChannelStore::open(m_channel, m_credentials, m_cancel);
}

ChannelClient::~ChannelClient() = default;

void ChannelClient::log(const QString& line) const
{
    if (m_log)
        m_log(line);
}

QUrl ChannelClient::fileUrl(const QString& project, const IndexFile& file) const
{
    return m_channel.indexUrl.resolved(QUrl(project + u'/')).resolved(QUrl(file.url));
}

Result<ChannelClient::State> ChannelClient::readState(const QString& project)
{
    State state;
    state.project = project;
    auto listing = m_store->list(filesDir(project));
    if (!listing)
        return std::unexpected(listing.error());
    QMap<QString, StoredEntry> entries;
    for (const StoredEntry& e : std::as_const(*listing)) {
        if (ChannelStore::isTemporaryName(e.name))
            state.temporaries << e.name;
        else if (!e.folder)
            entries.insert(e.name, e);
    }
    QMap<QString, IndexFile> known;
    auto page = m_store->read(pageDir(project) + u"index.json"_s, pageLimit);
    if (!page)
        return std::unexpected(page.error());
    if (*page) {
        if (auto parsed = parseProjectPage(**page, u"json"_s, m_store->location(pageDir(project))))
            for (const IndexFile& f : std::as_const(parsed->files))
                known.insert(f.filename, f);
    }
    auto yanked = m_store->read(filesDir(project) + u".yanked.json"_s, metadataLimit);
    if (!yanked)
        return std::unexpected(yanked.error());
    if (*yanked) {
        const QJsonObject map = QJsonDocument::fromJson(**yanked).object();
        for (auto it = map.begin(); it != map.end(); ++it)
            state.yanked.insert(it.key(), it.value().toString());
    }
    for (const StoredEntry& entry : std::as_const(entries)) {
        if (!isArtifactName(entry.name))
            continue;
        IndexFile f = known.value(entry.name);
        if (f.filename.isEmpty() || f.sha256.isEmpty() || (entry.size >= 0 && f.size != entry.size)) {
            // Not on the page yet (a publisher died after the upload): read it from the listing.
            auto digest = m_store->digest(filesDir(project) + entry.name);
            if (!digest)
                return std::unexpected(digest.error());
            if (!*digest)
                continue;
            f = IndexFile{};
            f.filename = entry.name;
            f.sha256 = (*digest)->sha256;
            f.size = (*digest)->size;
            f.uploadTime = entry.modified.toString(u"yyyy-MM-ddTHH:mm:ss.zzz000Z"_s);
            if (entries.contains(entry.name + u".metadata"_s)) {
                auto metadata = m_store->read(filesDir(project) + entry.name + u".metadata"_s, metadataLimit);
                if (metadata && *metadata) {
                    f.hasMetadata = true;
                    f.metadataSha256 = sha256Hex(**metadata);
                    f.requiresPython = dist::CoreMetadata::parse(**metadata).requiresPython;
                }
            }
        }
        f.url = u"../../"_s + filesDir(project) + entry.name;
        f.yanked.reset();
        if (state.yanked.contains(entry.name))
            f.yanked = state.yanked.value(entry.name);
        state.files.insert(entry.name, f);
    }
    return state;
}

Result<void> ChannelClient::writePages(const QString& project, State& state)
{
    ProjectPage page;
    page.name = project;
    page.files = state.files.values();
    sortFiles(page.files);
    for (const auto& [name, bytes] : {std::pair{u"index.json"_s, renderProjectJson(page)},
                                      std::pair{u"index.html"_s, renderProjectHtml(page)}}) {
        if (auto put = m_store->put(pageDir(project) + name, Payload::fromBytes(bytes), true); !put)
            return put;
    }
    auto projects = m_store->list(u"files/"_s);
    if (!projects)
        return std::unexpected(projects.error());
    QStringList names;
    for (const StoredEntry& e : std::as_const(*projects))
        if (e.folder && !e.name.startsWith(u'.'))
            names << e.name;
    names.sort();
    for (const auto& [name, bytes] : {std::pair{u"index.json"_s, renderRootJson(names)},
                                      std::pair{u"index.html"_s, renderRootHtml(names)}}) {
        if (auto put = m_store->put(u"simple/"_s + name, Payload::fromBytes(bytes), true); !put)
            return put;
    }
    for (const QString& temporary : std::as_const(state.temporaries))
        (void)m_store->remove(filesDir(project) + temporary);
    return {};
}

Result<void> ChannelClient::appendJournal(const JournalEntry& entry)
{
    auto existing = m_store->read(journalPath, pageLimit);
    if (!existing)
        return std::unexpected(existing.error());
    QByteArray text = existing->value_or(QByteArray());
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    text += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return m_store->put(journalPath, Payload::fromBytes(text), true);
}

Result<ProjectPage> ChannelClient::project(const QString& name)
{
    const QString project = version::normalizeName(name);
    if (m_store) {
        // What pip sees: the page (one GET, anonymous where the server lets everyone read).
        auto bytes = m_store->read(pageDir(project) + u"index.json"_s, pageLimit);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (!*bytes)
            return ProjectPage{project, {}};
        auto page = parseProjectPage(**bytes, u"json"_s, m_store->location(pageDir(project)));
        if (page)
            page->name = project;
        return page;
    }
    Http http(m_credentials, m_cancel);
    const QUrl url = m_channel.indexUrl.resolved(QUrl(project + u'/'));
    const auto r = http.send("GET", url,
                             {{"Accept", "application/vnd.pypi.simple.v1+json, "
                                         "application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01"}},
                             {}, pageLimit);
    if (r.status == 404)
        return ProjectPage{project, {}};
    if (!r.ok())
        return fail(Text::tr("read channel %1").arg(m_channel.name), url.toString(), Http::describe(r, url));
    auto page = parseProjectPage(r.body, QString::fromLatin1(r.contentType), url.toString());
    if (page)
        page->name = project;
    return page;
}

Result<QList<JournalEntry>> ChannelClient::journal()
{
    QList<JournalEntry> entries;
    if (!m_store)
        return entries;
    auto text = m_store->read(journalPath, pageLimit);
    if (!text)
        return std::unexpected(text.error());
    if (!*text)
        return entries;
    const QList<QByteArray> lines = (*text)->split('\n');
    for (const QByteArray& line : lines)
        if (!line.trimmed().isEmpty())
            entries << JournalEntry::fromJson(QJsonDocument::fromJson(line).object());
    return entries;
}

Result<ChannelChange> ChannelClient::publish(const QList<ReleaseFile>& files, JournalEntry entry)
{
    if (!m_store)
        return fail(Text::tr("publish"), m_channel.name, Text::tr("not a static channel"));
    entry.channel = m_channel.name;
    auto lock = m_store->lock(lockWait, lockStale);
    if (!lock)
        return std::unexpected(lock.error());
    const QString project = files.value(0).project;
    entry.project = project;
    entry.version = files.value(0).version;
    auto state = readState(project);
    if (!state)
        return std::unexpected(state.error());
    ChannelChange change;
    QStringList conflicts;
    for (const ReleaseFile& f : files) {
        const auto there = state->files.constFind(f.filename);
        if (there == state->files.cend())
            continue;
        if (there->sha256 == f.sha256)
            change.alreadyThere << f.filename;
        else
            conflicts << Text::tr("%1 is in %2 with other bytes (there: sha256 %3; this one: sha256 %4)")
                             .arg(f.filename, m_channel.name, there->sha256, f.sha256);
    }
    if (!conflicts.isEmpty())
        return std::unexpected(refused(Text::tr("publish"), m_store->location(filesDir(project)),
                                       conflicts.join(u"; "_s) + Text::tr(": published files never change; "
                                                                          "publish a new version"),
                                       u"conflict"_s));
    for (const ReleaseFile& f : files) {
        if (change.alreadyThere.contains(f.filename))
            continue;
        log(Text::tr("Uploading %1 to %2…").arg(f.filename, m_store->location(filesDir(project))));
        const QString path = filesDir(project) + f.filename;
        if (!f.metadata.isEmpty())
            if (auto put = m_store->put(path + u".metadata"_s, Payload::fromBytes(f.metadata), true); !put)
                return std::unexpected(put.error());
        Payload payload{{}, f.localPath, f.sha256, f.size};
        if (auto put = m_store->put(path, payload, false); !put)
            return std::unexpected(put.error());
        IndexFile indexed;
        indexed.filename = f.filename;
        indexed.sha256 = f.sha256;
        indexed.size = f.size;
        indexed.requiresPython = f.requiresPython;
        indexed.uploadTime = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss.zzz000Z"_s);
        indexed.hasMetadata = !f.metadata.isEmpty();
        indexed.metadataSha256 = indexed.hasMetadata ? sha256Hex(f.metadata) : QString();
        indexed.url = u"../../"_s + path;
        state->files.insert(f.filename, indexed);
        change.added << f.filename;
    }
    if (auto pages = writePages(project, *state); !pages)
        return std::unexpected(pages.error());
    for (const ReleaseFile& f : files)
        entry.files << JournalFile{f.filename, f.sha256, f.size};
    if (auto journaled = appendJournal(entry); !journaled)
        return std::unexpected(journaled.error());
    return change;
}

Result<QStringList> ChannelClient::yank(const QString& project, const QString& version, const QString& reason,
                                        bool undo, JournalEntry entry)
{
    if (!m_store)
        return fail(Text::tr("yank"), m_channel.name,
                    Text::tr("only static channels can be yanked from here; use the index's own interface"));
    auto lock = m_store->lock(lockWait, lockStale);
    if (!lock)
        return std::unexpected(lock.error());
    auto state = readState(project);
    if (!state)
        return std::unexpected(state.error());
    entry.project = project;
    entry.version = version;
    entry.reason = reason;
    entry.channel = m_channel.name;
    QStringList changed;
    for (auto it = state->files.begin(); it != state->files.end(); ++it) {
        if (it->version() != version)
            continue;
        changed << it.key();
        entry.files << JournalFile{it->filename, it->sha256, it->size};
        if (undo) {
            state->yanked.remove(it.key());
            it->yanked.reset();
        } else {
            state->yanked.insert(it.key(), reason);
            it->yanked = reason;
        }
    }
    if (changed.isEmpty())
        return fail(Text::tr("yank"), m_store->location(filesDir(project)),
                    Text::tr("%1 has no files of version %2").arg(m_channel.name, version));
    QJsonObject map;
    for (auto it = state->yanked.cbegin(); it != state->yanked.cend(); ++it)
        map.insert(it.key(), it.value());
    if (auto put = m_store->put(filesDir(project) + u".yanked.json"_s,
                                Payload::fromBytes(QJsonDocument(map).toJson()), true);
        !put)
        return std::unexpected(put.error());
    if (auto pages = writePages(project, *state); !pages)
        return std::unexpected(pages.error());
    if (auto journaled = appendJournal(entry); !journaled)
        return std::unexpected(journaled.error());
    return changed;
}

} // namespace slipway::release
