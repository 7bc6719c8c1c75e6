// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/release/ChannelStore.h"
#include "services/release/Journal.h"
#include "services/release/SimpleIndex.h"

#include <functional>
#include <memory>

namespace slipway::release {

// A file about to go into a channel, read from disk and inspected.
struct ReleaseFile
{
    QString localPath;
    QString filename;
    QString project; // normalised
    QString version;
    QString sha256;
    qint64 size = 0;
    QString requiresPython;
    QByteArray metadata; // METADATA / PKG-INFO, published as <file>.metadata (PEP 658)
};

// Reads and inspects a wheel or sdist; an artifact with errors (a RECORD hash that does not match, no
// metadata…) is refused here, before anything is uploaded.
Result<ReleaseFile> describeReleaseFile(const QString& path);

// Where one operation's files ended up.
struct ChannelChange
{
    QStringList added;        // file names now in the channel that were not
    QStringList alreadyThere; // the same bytes were there already (a retry, or a second publisher)
};

using LogFunction = std::function<void(const QString&)>;

// One channel, synchronously (run on the thread pool). Static channels (webdav, folder) are read and
// written through a ChannelStore under the channel's lock; legacy and devpi channels are read through
// their simple index (their uploads are twine's, in the jobs).
class ChannelClient
{
public:
    ChannelClient(Channel channel, Credentials credentials, CancelCheck cancel, LogFunction log = {});
    ~ChannelClient();

    const Channel& channel() const { return m_channel; }

    // The project's page as pip reads it; an empty page when the channel has no such project.
    Result<ProjectPage> project(const QString& name);
    // The absolute URL of a file the page lists.
    QUrl fileUrl(const QString& project, const IndexFile& file) const;
    // The channel's journal, oldest first (static channels; empty for the others).
    Result<QList<JournalEntry>> journal();

    // Publishes into a static channel: files that are there with the same bytes are kept (no-op), a file
    // there with other bytes refuses the whole publish before anything is written (naming both sha256).
    // Each new file is uploaded and verified before the pages list it; the pages are then regenerated from
    // the listing and replaced atomically; the journal gets `entry`.
    Result<ChannelChange> publish(const QList<ReleaseFile>& files, JournalEntry entry);
    // Copies `files` (listed on `source`'s page for `project`) into this static channel, the same bytes
    // (server-side COPY when both channels are on one WebDAV server), each verified; the same rules as
    // publish(). `dryRun`: only checks and says what would change.
    Result<ChannelChange> receive(ChannelClient& source, const QString& project,
                                  const QList<IndexFile>& files, JournalEntry entry, bool dryRun = false);
    // Marks every file of `version` yanked (PEP 592) with `reason`, or not (`undo`).
    Result<QStringList> yank(const QString& project, const QString& version, const QString& reason, bool undo,
                             JournalEntry entry);
    // Downloads one file the page lists into `target` and checks its sha256.
    Result<void> download(const QString& project, const IndexFile& file, const QString& target);

    // How long publish() waits for another publisher's lock, and when a lock counts as abandoned.
    std::chrono::milliseconds lockWait{60000};
    std::chrono::seconds lockStale{600};

private:
    struct State;
    Result<State> readState(const QString& project);
    Result<void> writePages(const QString& project, State& state);
    Result<void> appendJournal(const JournalEntry& entry);
    void log(const QString& line) const;

    Channel m_channel;
    Credentials m_credentials;
    CancelCheck m_cancel;
    LogFunction m_log;
    std::unique_ptr<ChannelStore> m_store; // static channels
};

} // namespace slipway::release
