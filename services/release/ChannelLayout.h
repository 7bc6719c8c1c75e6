// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A static channel's layout and what ChannelClient's files share. Private to services/release.

#include "services/release/ChannelClient.h"
#include "services/version/Pep440.h"

#include <QCryptographicHash>
#include <QMap>

#include <algorithm>

namespace slipway::release::detail {
inline const QString journalPath = QStringLiteral(".slipway/journal.jsonl");
inline constexpr qint64 pageLimit = qint64(64) << 20;
inline constexpr qint64 metadataLimit = qint64(16) << 20;
inline constexpr qint64 fileLimit = qint64(2) << 30;

inline QString filesDir(const QString& project)
{
    return QStringLiteral("files/") + project + u'/';
}

inline QString pageDir(const QString& project)
{
    return QStringLiteral("simple/") + project + u'/';
}

inline bool isArtifactName(const QString& name)
{
    return !name.startsWith(u'.') && !name.endsWith(QStringLiteral(".metadata")) &&
           !versionFromFilename(name).isEmpty();
}

inline QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

inline void sortFiles(QList<IndexFile>& files)
{
    std::sort(files.begin(), files.end(), [](const IndexFile& a, const IndexFile& b) {
        auto va = version::Version::parse(a.version());
        auto vb = version::Version::parse(b.version());
        if (va && vb && *va != *vb)
            return *va < *vb;
        return a.filename < b.filename;
    });
}

inline Error refused(const QString& operation, const QString& where, const QString& message,
                     const QString& code)
{
    Error e{operation, where, message};
    e.code = code;
    return e;
}

} // namespace slipway::release::detail

namespace slipway::release {

struct ChannelClient::State
{
    QString project;
    QMap<QString, IndexFile> files; // by file name: what the pages should list
    QMap<QString, QString> yanked;  // file name → reason
    QStringList temporaries;        // uploads a dead publisher left
};

} // namespace slipway::release
