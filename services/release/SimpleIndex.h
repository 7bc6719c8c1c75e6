// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace slipway::release {

// One file of a project in a simple repository (PEP 503, 592, 658/714, 691, 700).
struct IndexFile
{
    QString filename;
    QString url;                   // as the page gives it (relative to the page), without the fragment
    QString sha256;                // hex, lower case; empty when the page gives none
    qint64 size = -1;              // PEP 700; -1 unknown
    QString uploadTime;            // PEP 700: ISO 8601 UTC, e.g. 2026-11-30T10:00:00.000000Z; may be empty
    QString requiresPython;        // data-requires-python
    std::optional<QString> yanked; // PEP 592: set (maybe empty) when yanked, with the reason
    QString metadataSha256;        // PEP 658/714: the .metadata file's hash; empty when there is none
    bool hasMetadata = false;

    QString version() const; // from the file name (wheel or sdist); empty when it has none
    bool isWheel() const { return filename.endsWith(QStringLiteral(".whl")); }
    bool isSdist() const
    {
        return filename.endsWith(QStringLiteral(".tar.gz")) || filename.endsWith(QStringLiteral(".zip"));
    }
};

struct ProjectPage
{
    QString name; // normalised (PEP 503)
    QList<IndexFile> files;
    QStringList versions() const; // PEP 700's `versions`: every version a file has, sorted (PEP 440)
};

// The version in a distribution's file name: name-version-….whl or name-version.tar.gz; empty when the
// name is neither.
QString versionFromFilename(const QString& filename);
// The project part of a distribution's file name, normalised.
QString projectFromFilename(const QString& filename);

// The pages Slipway writes for a static channel. The project pages link to ../../files/<project>/<file>.
QByteArray renderProjectHtml(const ProjectPage& page);
QByteArray renderProjectJson(const ProjectPage& page);
QByteArray renderRootHtml(const QStringList& projects);
QByteArray renderRootJson(const QStringList& projects);

struct PageLimits
{
    qsizetype maxBytes = qsizetype(64) << 20;
    int maxFiles = 100000;
};

// Reads a project page of any simple repository: PEP 691 JSON when `contentType` says so (or the bytes
// start with '{'), else PEP 503 HTML. Links and hashes as the page gives them; a page past the limits is
// an error.
Result<ProjectPage> parseProjectPage(const QByteArray& bytes, const QString& contentType,
                                     const QString& source, const PageLimits& limits = {});

// What `pip install <project>` picks from these files: the highest version that is not yanked (with `pre`:
// pre-releases too; without, only when nothing else is there, as pip does). Empty when nothing.
QString pipWouldPick(const ProjectPage& page, bool pre);

} // namespace slipway::release
