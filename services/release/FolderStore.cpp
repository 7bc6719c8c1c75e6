// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A static channel in a local or mounted folder: writes are a temporary file, verified, then link() (which
// fails when the target exists) or rename(); the lock is flock() on <root>/.slipway-lock.
#include "services/release/StorePrivate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace slipway::release::detail {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::release::ChannelStore)
};

class FolderLock : public ChannelStore::Lock
{
public:
    explicit FolderLock(int fd)
        : m_fd(fd)
    {}
    ~FolderLock() override
    {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

private:
    int m_fd;
};

Result<std::optional<Digest>> hashFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("read"), path, file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(Text::tr("read"), path, file.errorString());
    return Digest{QString::fromLatin1(hash.result().toHex()), file.size()};
}

class FolderStore : public ChannelStore
{
public:
    FolderStore(const QString& root, CancelCheck cancel)
        : ChannelStore(std::move(cancel))
        , m_root(QDir::cleanPath(root))
    {}

    QString location(const QString& path) const override { return m_root + u'/' + path; }

    Result<QList<StoredEntry>> list(const QString& dir) override
    {
        QList<StoredEntry> entries;
        const QDir folder(location(dir));
        if (!folder.exists())
            return entries;
        const auto infos = folder.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QFileInfo& info : infos)
            entries << StoredEntry{info.fileName(), info.isDir() ? -1 : info.size(), info.isDir(),
                                   info.lastModified().toUTC()};
        return entries;
    }

    Result<std::optional<QByteArray>> read(const QString& path, qint64 limit) override
    {
        QFile file(location(path));
        if (!file.exists())
            return std::nullopt;
        if (!file.open(QIODevice::ReadOnly))
            return fail(Text::tr("read"), file.fileName(), file.errorString());
        if (file.size() > limit)
            return fail(Text::tr("read"), file.fileName(), Text::tr("larger than %1 bytes").arg(limit));
        return file.readAll();
    }

    Result<std::optional<Digest>> digest(const QString& path) override { return hashFile(location(path)); }

    Result<void> put(const QString& path, const Payload& payload, bool replace) override
    {
        if (canceled())
            return std::unexpected(canceledError(path));
        const QString target = location(path);
        const QString folder = QFileInfo(target).path();
        if (!QDir().mkpath(folder))
            return fail(Text::tr("write"), folder, Text::tr("cannot create the folder"));
        const QString temporary = folder + u'/' + temporaryName(QFileInfo(target).fileName());
        if (auto written = writeTemporary(temporary, payload); !written) {
            QFile::remove(temporary);
            return written;
        }
        auto verified = hashFile(temporary);
        if (!verified || !*verified || (*verified)->sha256 != payload.sha256 ||
            (*verified)->size != payload.size) {
            QFile::remove(temporary);
            return fail(Text::tr("write"), target, Text::tr("the copy does not have the bytes written"));
        }
        const QByteArray from = QFile::encodeName(temporary);
        const QByteArray to = QFile::encodeName(target);
        const int rc =
            replace ? ::rename(from.constData(), to.constData()) : ::link(from.constData(), to.constData());
        const int error = errno;
        if (!replace)
            ::unlink(from.constData());
        if (rc != 0) {
            ::unlink(from.constData());
            Error e{Text::tr("write"), target, QString::fromLocal8Bit(strerror(error))};
            if (error == EEXIST)
                e.code = u"exists"_s;
            return std::unexpected(e);
        }
        return {};
    }

    Result<void> remove(const QString& path) override
    {
        const QFileInfo info(location(path));
        if (!info.exists())
            return {};
        const bool removed =
            info.isDir() ? QDir(info.filePath()).removeRecursively() : QFile::remove(info.filePath());
        if (!removed)
            return fail(Text::tr("remove"), info.filePath(), Text::tr("cannot remove it"));
        return {};
    }

    Result<bool> makeFolder(const QString& path) override
    {
        const QString folder = location(path);
        if (QFileInfo(folder).isDir())
            return false;
        if (!QDir().mkpath(folder))
            return fail(Text::tr("write"), folder, Text::tr("cannot create the folder"));
        return true;
    }

    Result<std::unique_ptr<Lock>> lock(std::chrono::milliseconds wait, std::chrono::seconds) override
    {
        if (!QDir().mkpath(m_root))
            return fail(Text::tr("lock"), m_root, Text::tr("cannot create the channel's folder"));
        const QString path = location(u".slipway-lock"_s);
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            return fail(Text::tr("lock"), path, QString::fromLocal8Bit(strerror(errno)));
        const auto deadline = std::chrono::steady_clock::now() + wait;
        while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            if (canceled() || std::chrono::steady_clock::now() > deadline) {
                ::close(fd);
                if (canceled())
                    return std::unexpected(canceledError(path));
                Error e{Text::tr("lock"), m_root, Text::tr("another publisher holds the channel's lock")};
                e.code = u"locked"_s;
                return std::unexpected(e);
            }
            QThread::msleep(100);
        }
        return std::make_unique<FolderLock>(fd);
    }

private:
    Result<void> writeTemporary(const QString& temporary, const Payload& payload) const
    {
        QFile out(temporary);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(Text::tr("write"), temporary, out.errorString());
        if (payload.localFile.isEmpty()) {
            if (out.write(payload.bytes) != payload.bytes.size())
                return fail(Text::tr("write"), temporary, out.errorString());
        } else {
            QFile in(payload.localFile);
            if (!in.open(QIODevice::ReadOnly))
                return fail(Text::tr("read"), payload.localFile, in.errorString());
            while (!in.atEnd()) {
                if (canceled())
                    return std::unexpected(canceledError(temporary));
                const QByteArray chunk = in.read(qint64(1) << 20);
                if (out.write(chunk) != chunk.size())
                    return fail(Text::tr("write"), temporary, out.errorString());
            }
        }
        if (!out.flush() || ::fsync(out.handle()) != 0)
            return fail(Text::tr("write"), temporary, out.errorString());
        return {};
    }

    QString m_root;
};

} // namespace

std::unique_ptr<ChannelStore> makeFolderStore(const QString& root, CancelCheck cancel)
{
    return std::make_unique<FolderStore>(root, std::move(cancel));
}

} // namespace slipway::release::detail
