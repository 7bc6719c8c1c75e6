// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading zip and tar.gz archives through libarchive. Private to services/build.

#include "services/dist/Artifact.h"

#include <functional>

namespace slipway::dist::detail {

struct SkippedMember
{
    QString path;
    QString reason; // one sentence: "a symbolic link", "leaves the archive's folder (..)", "larger than…"
    bool unsafe = false; // a path an installer would write outside its target: an error, not a warning
};

struct ArchiveContents
{
    QList<ArtifactFile> files;      // regular files, in archive order
    QMap<QString, QByteArray> kept; // the contents of the files `keep` asked for
    QList<SkippedMember> skipped;   // members not read, each with why
};

// What an archive from elsewhere may cost: members, bytes inflated in all, bytes kept of one member.
struct ArchiveLimits
{
    int maxEntries = 100000;
    qint64 maxInflatedBytes = qint64(4) << 30;
    qsizetype maxKeptBytes = qsizetype(32) << 20;
};

// Reads every regular file of the archive at `path`, hashing each (sha256, RECORD's encoding) as it
// streams; keeps the bytes of those `keep` accepts (metadata: small). Links, devices, folders and paths
// that leave the archive are not read and are listed in `skipped`; past the limits it is an error.
Result<ArchiveContents> readArchive(const QString& path, const std::function<bool(const QString&)>& keep,
                                    const ArchiveLimits& limits = {});

} // namespace slipway::dist::detail
