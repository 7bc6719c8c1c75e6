// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/release/ChannelStore.h"

#include "services/release/StorePrivate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace slipway::release {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::release::ChannelStore)
};

} // namespace

Payload Payload::fromBytes(const QByteArray& bytes)
{
    return Payload{bytes,
                   {},
                   QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                   bytes.size()};
}

ChannelStore::ChannelStore(CancelCheck cancel)
    : m_cancel(std::move(cancel))
{}

ChannelStore::~ChannelStore() = default;
ChannelStore::Lock::~Lock() = default;

Error ChannelStore::canceledError(const QString& path) const
{
    Error e{Text::tr("channel"), location(path), Text::tr("canceled")};
    e.code = u"canceled"_s;
    return e;
}

QString ChannelStore::temporaryName(const QString& name)
{
    return name + u".upload-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

Result<bool> ChannelStore::serverCopy(const ChannelStore&, const QString&, const QString&)
{
    return false;
}

std::unique_ptr<ChannelStore> ChannelStore::open(const Channel& channel, const Credentials& credentials,
                                                 CancelCheck cancel)
{
    if (channel.upload == UploadKind::Folder)
        return detail::makeFolderStore(channel.localPath(), std::move(cancel));
    return detail::makeWebDavStore(channel.url, credentials, std::move(cancel));
}

} // namespace slipway::release
