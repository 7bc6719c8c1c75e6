// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/release/ChannelConfig.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace slipway::release {

// A user name and password (or token) for a channel. Never logged, never in an error.
struct Credentials
{
    QString user;
    QString password;
    bool isEmpty() const { return user.isEmpty() && password.isEmpty(); }
};

// Asked between steps and while waiting for a server: true stops the operation.
using CancelCheck = std::function<bool()>;

struct StoredEntry
{
    QString name;
    qint64 size = -1;
    bool folder = false;
    QDateTime modified;
};

struct Digest
{
    QString sha256; // hex
    qint64 size = 0;
};

// What put() writes: bytes in memory, or a local file streamed from disk.
struct Payload
{
    QByteArray bytes;
    QString localFile; // when set, the bytes are this file's
    QString sha256;    // of the payload (hex): the upload is verified against it before it becomes visible
    qint64 size = 0;

    static Payload fromBytes(const QByteArray& bytes);
};

// The files of a static channel (a WebDAV server or a folder), by path relative to the channel's root.
// Synchronous: run it off the GUI thread (publish, promote and the board do, on the thread pool). Every
// write is atomic: a temporary name beside the target, verified (size and sha256) before it is moved into
// place, so a reader never sees half a file.
class ChannelStore
{
public:
    virtual ~ChannelStore();

    // A store for a static channel; `cancel` may be empty.
    static std::unique_ptr<ChannelStore> open(const Channel& channel, const Credentials& credentials,
                                              CancelCheck cancel);

    virtual QString location(const QString& path) const = 0; // the URL or folder shown to the user
    // The entries directly in folder `dir` ("" or "files/x/"); empty when it does not exist.
    virtual Result<QList<StoredEntry>> list(const QString& dir) = 0;
    // The bytes of `path`, or nullopt when it does not exist; more than `limit` bytes is an error.
    virtual Result<std::optional<QByteArray>> read(const QString& path, qint64 limit) = 0;
    // sha256 and size of `path`, streamed; nullopt when it does not exist.
    virtual Result<std::optional<Digest>> digest(const QString& path) = 0;
    // Writes `payload` to `path` (creating folders): uploaded under a temporary name, verified, then moved
    // into place. With `replace` false an existing `path` is left as it is and the error's code is
    // "exists".
    virtual Result<void> put(const QString& path, const Payload& payload, bool replace) = 0;
    // Copies `fromPath` of `other` to `toPath` on the server without the bytes passing through here, when
    // both are on one WebDAV server: false (nothing done) when it cannot. Not verified: the caller does.
    virtual Result<bool> serverCopy(const ChannelStore& other, const QString& fromPath,
                                    const QString& toPath);
    virtual Result<void> remove(const QString& path) = 0;
    // Creates folder `path`; false when it exists already (the lock of a WebDAV channel).
    virtual Result<bool> makeFolder(const QString& path) = 0;

    // An exclusive lock on the channel for one publisher at a time; released when the returned object is
    // destroyed. Waits up to `wait` for another holder; a lock whose holder died (same host, no such
    // process; or older than `stale`) is broken. The error names the holder.
    class Lock
    {
    public:
        virtual ~Lock();
    };
    virtual Result<std::unique_ptr<Lock>> lock(std::chrono::milliseconds wait,
                                               std::chrono::seconds stale) = 0;

    // Temporary uploads (<name>.upload-<uuid>) left by a publisher that died: removed by the next one,
    // under the lock. Not hidden: WebDAV servers leave dot files out of listings.
    static bool isTemporaryName(const QString& name) { return name.contains(QStringLiteral(".upload-")); }
    static QString temporaryName(const QString& name);

protected:
    explicit ChannelStore(CancelCheck cancel);
    bool canceled() const { return m_cancel && m_cancel(); }
    Error canceledError(const QString& path) const;

private:
    CancelCheck m_cancel;
};

} // namespace slipway::release
