// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A static channel on a WebDAV server (nginx's dav module with dav-ext, Apache mod_dav, …): PUT under a
// temporary name, GET it back to verify size and sha256, MOVE with "Overwrite: F" (412 when the target
// exists); PROPFIND for listings; the lock is a folder made with MKCOL (which fails when it exists) holding
// an owner.json.
#include "services/release/Http.h"
#include "services/release/StorePrivate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace slipway::release::detail {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::release::ChannelStore)
};

const QString lockFolder = u".slipway-lock/"_s;

class WebDavLock : public ChannelStore::Lock
{
public:
    WebDavLock(ChannelStore* store, QString token)
        : m_store(store)
        , m_token(std::move(token))
    {
        rememberHeldLock(m_token);
    }
    ~WebDavLock() override
    {
        (void)m_store->remove(lockFolder);
        forgetHeldLock(m_token);
    }
    WebDavLock(const WebDavLock&) = delete;
    WebDavLock& operator=(const WebDavLock&) = delete;

private:
    ChannelStore* m_store;
    QString m_token;
};

class WebDavStore : public ChannelStore
{
public:
    WebDavStore(QUrl root, const Credentials& credentials, CancelCheck cancel)
        : ChannelStore(cancel)
        , m_root(std::move(root))
        , m_http(credentials, std::move(cancel))
    {}

    QString location(const QString& path) const override { return url(path).toString(QUrl::RemoveUserInfo); }
    QUrl url(const QString& path) const { return m_root.resolved(QUrl(path)); }

    Error error(const QString& operation, const QString& path, const Http::Response& r) const
    {
        if (r.canceled)
            return canceledError(path);
        Error e{operation, location(path), Http::describe(r, url(path))};
        if (r.status == 401 || r.status == 403)
            e.code = u"auth"_s;
        else if (r.status == 0)
            e.code = u"unreachable"_s;
        return e;
    }

    Result<QList<StoredEntry>> list(const QString& dir) override
    {
        const QByteArray body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><D:propfind xmlns:D=\"DAV:\">"
                                "<D:prop><D:resourcetype/><D:getcontentlength/><D:getlastmodified/></D:prop>"
                                "</D:propfind>";
        const auto r =
            m_http.send("PROPFIND", url(dir), {{"Depth", "1"}, {"Content-Type", "application/xml"}}, body);
        if (r.status == 404)
            return QList<StoredEntry>{};
        if (r.status != 207)
            return std::unexpected(error(Text::tr("list"), dir, r));
        QList<StoredEntry> entries;
        const QString self = url(dir).path();
        QXmlStreamReader reader(r.body);
        StoredEntry current;
        QString href;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                const auto name = reader.name();
                if (name == u"response") {
                    current = {};
                    href.clear();
                } else if (name == u"href") {
                    href = QUrl(reader.readElementText()).path();
                } else if (name == u"getcontentlength") {
                    current.size = reader.readElementText().toLongLong();
                } else if (name == u"collection") {
                    current.folder = true;
                } else if (name == u"getlastmodified") {
                    current.modified =
                        QDateTime::fromString(reader.readElementText(), Qt::RFC2822Date).toUTC();
                }
            } else if (reader.isEndElement() && reader.name() == u"response") {
                QString path = href;
                if (path == self || path + u'/' == self)
                    continue; // the folder itself
                if (path.endsWith(u'/'))
                    path.chop(1);
                current.name = path.mid(path.lastIndexOf(u'/') + 1);
                entries << current;
            }
        }
        if (reader.hasError())
            return fail(Text::tr("list"), location(dir),
                        Text::tr("the server's listing is not valid XML: %1").arg(reader.errorString()));
        return entries;
    }

    Result<std::optional<QByteArray>> read(const QString& path, qint64 limit) override
    {
        const auto r = m_http.send("GET", url(path), {{"Cache-Control", "no-cache"}}, {}, limit);
        if (r.status == 404)
            return std::nullopt;
        if (!r.ok())
            return std::unexpected(error(Text::tr("read"), path, r));
        return r.body;
    }

    Result<std::optional<Digest>> digest(const QString& path) override
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 size = 0;
        const auto r = m_http.send("GET", url(path), {{"Cache-Control", "no-cache"}}, {}, -1,
                                   [&](const QByteArray& chunk) {
                                       hash.addData(chunk);
                                       size += chunk.size();
                                   });
        if (r.status == 404)
            return std::nullopt;
        if (!r.ok())
            return std::unexpected(error(Text::tr("read"), path, r));
        return Digest{QString::fromLatin1(hash.result().toHex()), size};
    }

    Result<void> makeParents(const QString& path)
    {
        const QStringList parts = path.split(u'/');
        QString folder;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            folder += parts[i] + u'/';
            auto made = makeFolder(folder);
            if (!made)
                return std::unexpected(made.error());
        }
        return {};
    }

    Result<void> put(const QString& path, const Payload& payload, bool replace) override
    {
        if (auto parents = makeParents(path); !parents)
            return parents;
        const qsizetype slash = path.lastIndexOf(u'/');
        const QString temporary = path.left(slash + 1) + temporaryName(path.mid(slash + 1));
        Http::Response sent;
        if (payload.localFile.isEmpty()) {
            sent = m_http.send("PUT", url(temporary), {}, payload.bytes);
        } else {
            QFile file(payload.localFile);
            if (!file.open(QIODevice::ReadOnly))
                return fail(Text::tr("read"), payload.localFile, file.errorString());
            sent = m_http.sendDevice("PUT", url(temporary), &file,
                                     {{"Content-Length", QByteArray::number(file.size())}});
        }
        if (!sent.ok()) {
            (void)remove(temporary);
            return std::unexpected(error(Text::tr("upload"), path, sent));
        }
        auto verified = digest(temporary);
        if (!verified || !*verified || (*verified)->sha256 != payload.sha256 ||
            (*verified)->size != payload.size) {
            (void)remove(temporary);
            if (!verified)
                return std::unexpected(verified.error());
            return fail(Text::tr("upload"), location(path),
                        Text::tr("the server holds other bytes than were sent (size or sha256 differ): not "
                                 "published"));
        }
        const auto moved =
            m_http.send("MOVE", url(temporary),
                        {{"Destination", url(path).toEncoded()}, {"Overwrite", replace ? "T" : "F"}});
        if (!moved.ok()) {
            (void)remove(temporary);
            Error e = error(Text::tr("upload"), path, moved);
            if (moved.status == 412)
                e.code = u"exists"_s;
            return std::unexpected(e);
        }
        return {};
    }

    Result<bool> serverCopy(const ChannelStore& other, const QString& fromPath,
                            const QString& toPath) override
    {
        const auto* source = dynamic_cast<const WebDavStore*>(&other);
        if (!source)
            return false;
        const QUrl from = source->url(fromPath);
        const QUrl to = url(toPath);
        if (from.host() != to.host() || from.port() != to.port() || from.scheme() != to.scheme())
            return false;
        if (auto parents = makeParents(toPath); !parents)
            return std::unexpected(parents.error());
        const auto r = m_http.send("COPY", from, {{"Destination", to.toEncoded()}, {"Overwrite", "F"}});
        if (r.status == 412)
            return fail(Text::tr("copy"), location(toPath), Text::tr("exists already"));
        if (!r.ok())
            return false; // not offered (e.g. across servers behind one host name): the bytes go through here
        return true;
    }

    Result<void> remove(const QString& path) override
    {
        const auto r =
            m_http.send("DELETE", url(path),
                        path.endsWith(u'/') ? Http::Headers{{"Depth", "infinity"}} : Http::Headers{});
        if (r.ok() || r.status == 404)
            return {};
        return std::unexpected(error(Text::tr("remove"), path, r));
    }

    Result<bool> makeFolder(const QString& path) override
    {
        const auto r = m_http.send("MKCOL", url(path));
        if (r.status == 201)
            return true;
        if (r.status == 405)
            return false; // exists (nginx, Apache: 405 Method Not Allowed)
        return std::unexpected(error(Text::tr("create folder"), path, r));
    }

    // MKCOL of `folder`; a 409 (its parent is missing) makes the parent first, up to the server's root.
    Result<void> makeRoot(const QUrl& folder, int depth)
    {
        const auto r = m_http.send("MKCOL", folder);
        if (r.status == 201 || r.status == 405)
            return {};
        const QUrl parent = folder.resolved(QUrl(u".."_s));
        if (r.status == 409 && depth < 16 && parent.path() != folder.path() && parent.path() != u"/") {
            if (auto made = makeRoot(parent, depth + 1); !made)
                return made;
            return makeRoot(folder, depth + 1);
        }
        return std::unexpected(error(Text::tr("create folder"), QString(), r));
    }

    Result<std::unique_ptr<Lock>> lock(std::chrono::milliseconds wait, std::chrono::seconds stale) override
    {
        const auto deadline = std::chrono::steady_clock::now() + wait;
        const auto missingOwnerGrace = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        LockOwner me = LockOwner::current();
        if (auto root = makeRoot(m_root, 0); !root) // a new channel: its folder (and those above) first
            return std::unexpected(root.error());
        for (;;) {
            if (canceled())
                return std::unexpected(canceledError(lockFolder));
            auto made = makeFolder(lockFolder);
            if (!made)
                return std::unexpected(made.error());
            if (*made) {
                const QByteArray owner = QJsonDocument(me.toJson()).toJson(QJsonDocument::Compact);
                if (auto written = put(lockFolder + u"owner.json"_s, Payload::fromBytes(owner), true);
                    !written) {
                    (void)remove(lockFolder);
                    return std::unexpected(written.error());
                }
                return std::unique_ptr<Lock>(std::make_unique<WebDavLock>(this, me.token));
            }
            auto text = read(lockFolder + u"owner.json"_s, qint64(64) * 1024);
            if (!text)
                return std::unexpected(text.error());
            const bool hasOwner = text->has_value();
            const LockOwner holder =
                hasOwner ? LockOwner::fromJson(QJsonDocument::fromJson(**text).object()) : LockOwner{};
            const bool broken =
                hasOwner ? holder.isStale(stale) : std::chrono::steady_clock::now() > missingOwnerGrace;
            if (broken) {
                if (auto removed = remove(lockFolder); !removed)
                    return std::unexpected(removed.error());
                continue;
            }
            if (std::chrono::steady_clock::now() > deadline) {
                Error e{Text::tr("lock"), location(lockFolder),
                        hasOwner ? Text::tr("the channel is locked by %1").arg(holder.describe())
                                 : Text::tr("the channel is locked")};
                e.code = u"locked"_s;
                return std::unexpected(e);
            }
            QThread::msleep(250);
        }
    }

private:
    QUrl m_root;
    Http m_http;
};

} // namespace

std::unique_ptr<ChannelStore> makeWebDavStore(const QUrl& root, const Credentials& credentials,
                                              CancelCheck cancel)
{
    return std::make_unique<WebDavStore>(root, credentials, std::move(cancel));
}

} // namespace slipway::release::detail
