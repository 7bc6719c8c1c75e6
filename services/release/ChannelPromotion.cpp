// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Files coming into a channel from another: downloads checked against the source's page, promotion by
// server-side COPY where both channels are on one WebDAV server.
#include "services/release/ChannelClient.h"
#include "services/release/ChannelLayout.h"
#include "services/release/Http.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace slipway::release {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::release::ChannelClient)
};

} // namespace

using namespace detail;

Result<void> ChannelClient::download(const QString& project, const IndexFile& file, const QString& target)
{
    QByteArray bytes;
    if (m_store) {
        auto read = m_store->read(filesDir(project) + file.filename, fileLimit);
        if (!read)
            return std::unexpected(read.error());
        if (!*read)
            return fail(Text::tr("download"), m_store->location(filesDir(project) + file.filename),
                        Text::tr("not there"));
        bytes = std::move(**read);
    } else {
        Http http(m_credentials, m_cancel);
        const QUrl url = fileUrl(project, file);
        const auto r = http.send("GET", url, {}, {}, fileLimit);
        if (!r.ok())
            return fail(Text::tr("download"), url.toString(), Http::describe(r, url));
        bytes = r.body;
    }
    if (!file.sha256.isEmpty() && sha256Hex(bytes) != file.sha256)
        return fail(Text::tr("download"), file.filename,
                    Text::tr("the bytes downloaded have sha256 %1, the index says %2")
                        .arg(sha256Hex(bytes), file.sha256));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return fail(Text::tr("download"), target, out.errorString());
    return {};
}

Result<ChannelChange> ChannelClient::receive(ChannelClient& source, const QString& project,
                                             const QList<IndexFile>& files, JournalEntry entry, bool dryRun)
{
    if (!m_store)
        return fail(Text::tr("promote"), m_channel.name, Text::tr("not a static channel"));
    entry.project = project;
    entry.version = files.value(0).version();
    if (entry.from.isEmpty())
        entry.from = source.channel().name;
    entry.channel = m_channel.name;
    std::unique_ptr<ChannelStore::Lock> lock;
    if (!dryRun) {
        auto locked = m_store->lock(lockWait, lockStale);
        if (!locked)
            return std::unexpected(locked.error());
        lock = std::move(*locked);
    }
    auto state = readState(project);
    if (!state)
        return std::unexpected(state.error());
    ChannelChange change;
    QStringList drift;
    for (const IndexFile& f : files) {
        const auto there = state->files.constFind(f.filename);
        if (there == state->files.cend())
            change.added << f.filename;
        else if (there->sha256 == f.sha256)
            change.alreadyThere << f.filename;
        else
            drift << Text::tr("%1 is in %2 with other bytes (there: sha256 %3; in %4: sha256 %5)")
                         .arg(f.filename, m_channel.name, there->sha256, source.channel().name, f.sha256);
    }
    if (!drift.isEmpty())
        return std::unexpected(refused(Text::tr("promote"), m_store->location(filesDir(project)),
                                       drift.join(u"; "_s), u"conflict"_s));
    if (dryRun)
        return change;
    for (const IndexFile& f : files) {
        if (!change.added.contains(f.filename))
            continue;
        const QString path = filesDir(project) + f.filename;
        log(Text::tr("Copying %1 from %2 to %3…").arg(f.filename, source.channel().name, m_channel.name));
        bool copied = false;
        if (source.m_store) {
            auto server = m_store->serverCopy(*source.m_store, path, path);
            if (!server)
                return std::unexpected(server.error());
            copied = *server;
            if (copied) {
                auto digest = m_store->digest(path);
                if (!digest || !*digest || (*digest)->sha256 != f.sha256) {
                    (void)m_store->remove(path);
                    return fail(Text::tr("promote"), m_store->location(path),
                                Text::tr("the server's copy does not have the bytes of the source: removed"));
                }
                log(Text::tr("  copied on the server, sha256 verified"));
            }
        }
        if (!copied) {
            QTemporaryDir scratch;
            const QString local = scratch.filePath(f.filename);
            if (auto got = source.download(project, f, local); !got)
                return std::unexpected(got.error());
            if (auto put = m_store->put(path, Payload{{}, local, f.sha256, QFileInfo(local).size()}, false);
                !put)
                return std::unexpected(put.error());
        }
        IndexFile indexed = f;
        indexed.yanked.reset();
        indexed.uploadTime = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss.zzz000Z"_s);
        indexed.url = u"../../"_s + path;
        if (indexed.size < 0)
            indexed.size = m_store->digest(path).value_or(std::nullopt).value_or(Digest{}).size;
        if (f.hasMetadata) {
            QByteArray metadata;
            if (source.m_store) {
                auto read = source.m_store->read(path + u".metadata"_s, metadataLimit);
                if (read && *read)
                    metadata = **read;
            } else {
                Http http(source.m_credentials, m_cancel);
                const auto r = http.send("GET", QUrl(source.fileUrl(project, f).toString() + u".metadata"_s),
                                         {}, {}, metadataLimit);
                if (r.ok())
                    metadata = r.body;
            }
            indexed.hasMetadata = !metadata.isEmpty();
            indexed.metadataSha256 = indexed.hasMetadata ? sha256Hex(metadata) : QString();
            if (indexed.hasMetadata)
                if (auto put = m_store->put(path + u".metadata"_s, Payload::fromBytes(metadata), true); !put)
                    return std::unexpected(put.error());
        }
        state->files.insert(f.filename, indexed);
    }
    if (auto pages = writePages(project, *state); !pages)
        return std::unexpected(pages.error());
    if (auto journaled = appendJournal(entry); !journaled)
        return std::unexpected(journaled.error());
    return change;
}

} // namespace slipway::release
