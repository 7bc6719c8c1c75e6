// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace slipway::release {

// How files get into a channel.
enum class UploadKind
{
    WebDav, // a static index Slipway writes on a WebDAV server
    Folder, // the same static index in a local or mounted folder (file:// URL)
    Legacy, // the upload API of PyPI, TestPyPI, devpi, Nexus, Artifactory, GitLab (through twine)
    Devpi,  // legacy upload, and devpi's own push for promotion between its indexes
};

QString uploadKindName(UploadKind kind);

struct Channel
{
    QString name;
    QUrl url;      // the channel's root (for legacy and devpi: where uploads go)
    QUrl indexUrl; // its simple index: <url>simple/ (static), <url>+simple/ (devpi), or `index:`
    UploadKind upload = UploadKind::WebDav;
    int line = 0; // where slipway.yaml defines it

    bool isStatic() const { return upload == UploadKind::WebDav || upload == UploadKind::Folder; }
    // SLIPWAY_<NAME>: the prefix of the channel's credential variables (upper case, '-' → '_').
    QString environmentPrefix() const;
    // The folder of a folder channel.
    QString localPath() const { return url.toLocalFile(); }
};

struct PromotionRule
{
    QString from;
    QString to;
    QStringList gates; // `requires:` — installed-tests, final-version, signed-tag, same-commit
};

struct ReleaseConfig
{
    QString file; // the slipway.yaml read; empty when the project has none
    QList<Channel> channels;
    QList<PromotionRule> promotions;

    const Channel* channel(const QString& name) const;
    const PromotionRule* rule(const QString& from, const QString& to) const;
};

// The gates a promotion rule may require.
const QStringList& knownGates();

// What slipway.yaml may cost to read.
inline constexpr qsizetype maxConfigBytes = qsizetype(1) << 20;

// `channels:` and `promotion:` of slipway.yaml. Unknown keys, a channel without url, an unknown upload
// kind or gate, a rule naming a channel that does not exist: an error at file:line:column naming the key.
// Other top-level sections (`pipeline:`) are left to their readers.
Result<ReleaseConfig> parseReleaseConfig(const QByteArray& yaml, const QString& fileName);
// <projectRoot>/slipway.yaml; a project without one has no channels (not an error).
Result<ReleaseConfig> loadReleaseConfig(const QString& projectRoot);

} // namespace slipway::release
