// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading zip and tar.gz archives through libarchive. Private to services/build.

#include "services/dist/Artifact.h"

#include <functional>

namespace slipway::dist::detail {

struct ArchiveContents
{
    QList<ArtifactFile> files;      // regular files, in archive order
    QMap<QString, QByteArray> kept; // the contents of the files `keep` asked for
};

// Reads every regular file of the archive at `path`, hashing each (sha256, RECORD's encoding) as it
// streams; keeps the bytes of those `keep` accepts (metadata: small).
Result<ArchiveContents> readArchive(const QString& path, const std::function<bool(const QString&)>& keep);

} // namespace slipway::dist::detail
