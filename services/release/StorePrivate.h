// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two kinds of static channel store. Private to services/release.

#include "services/release/ChannelStore.h"

#include <QJsonObject>
#include <QSet>

namespace slipway::release::detail {

std::unique_ptr<ChannelStore> makeFolderStore(const QString& root, CancelCheck cancel);
std::unique_ptr<ChannelStore> makeWebDavStore(const QUrl& root, const Credentials& credentials,
                                              CancelCheck cancel);

// Who holds a lock: written into the lock, read by whoever waits for it.
struct LockOwner
{
    QString host;
    qint64 pid = 0;
    QString token; // one per lock taken
    QDateTime since;

    QJsonObject toJson() const;
    static LockOwner fromJson(const QJsonObject& json);
    static LockOwner current(); // this host and process, a new token, now
    // Whether the holder is gone: this host and its process no longer runs (or is this process, which no
    // longer holds that lock), or the lock is older than `stale`.
    bool isStale(std::chrono::seconds stale) const;
    QString describe() const; // "host (process 123) since 10:31:02"
};

// The tokens of the locks this process holds now.
void rememberHeldLock(const QString& token);
void forgetHeldLock(const QString& token);

} // namespace slipway::release::detail
