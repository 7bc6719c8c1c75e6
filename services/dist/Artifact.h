// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QFuture>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QStringList>

namespace slipway::dist {

// Core metadata (METADATA in a wheel, PKG-INFO in an sdist): the RFC 822 headers and the description body.
struct CoreMetadata
{
    QString metadataVersion;
    QString name;
    QString version;
    QString summary;
    QString requiresPython;
    QStringList requiresDist;
    QStringList providesExtra;
    QString descriptionContentType;
    QString description; // the long description (body, or the Description header)
    QString license;
    QStringList problems; // malformed lines and the like

    static CoreMetadata parse(const QByteArray& bytes);
};

// One file inside an artifact.
struct ArtifactFile
{
    QString path;    // as stored, '/' separated
    qint64 size = 0; // uncompressed
    QString sha256;  // urlsafe base64 without padding, as RECORD writes it
};

// Something the inspection found. Errors make `slipway inspect` exit 1; warnings do with --strict.
struct Finding
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };
    Severity severity = Severity::Warning;
    QString code;    // stable identifier, e.g. "record-hash-mismatch"
    QString message; // one sentence naming the file concerned
    QString file;    // the file inside the artifact, when one is concerned
};

struct Artifact
{
    enum class Kind
    {
        Wheel,
        Sdist,
        Executable
    };

    QString path; // absolute
    QString fileName;
    Kind kind = Kind::Wheel;
    qint64 size = 0;
    QString sha256;  // of the whole file, hex
    QString name;    // from the metadata (the file name when there is none)
    QString version; // from the metadata
    CoreMetadata metadata;
    QByteArray rawMetadata; // the METADATA / PKG-INFO bytes as stored (PEP 658's .metadata file)
    QList<ArtifactFile> files;
    QList<Finding> findings;
    int recordEntriesVerified = 0; // wheel: RECORD lines whose hash and size were checked

    bool hasErrors() const;
    bool hasWarnings() const;
};

// What the inspection compares an artifact with. All optional.
struct InspectOptions
{
    QString expectedVersion; // the version git gives (setuptools_scm); a different one is a warning
    QString projectRoot;     // to find files under src/ that the wheel lacks
    QString companionSdist;  // for a wheel: the sdist built with it, to find files it has and the wheel lacks
    qint64 largeFileBytes = qint64{10} * 1024 * 1024; // files above this size are reported
};

// Reads the wheel (.whl), sdist (.tar.gz) or zipapp (.pyz) at `path` and checks it: metadata, RECORD
// hashes and sizes, file name against metadata, long description (twine check's rules), leaked tests and
// notebooks, large files, version against git, files missing against the sources and the sdist. Reading
// and hashing run on two threads; a 100 MB wheel takes well under a second.
Result<Artifact> inspectArtifact(const QString& path, const InspectOptions& options = {});

// The file lists of two artifacts compared: paths only in `a`, only in `b`, and in both with other content.
struct FileListDiff
{
    QStringList onlyInA;
    QStringList onlyInB;
    QStringList changed;
};
FileListDiff compareFiles(const Artifact& a, const Artifact& b);

QString severityName(Finding::Severity severity);

// Every wheel, sdist and executable in `folder` (dist/), newest first, each inspected; a wheel is compared
// with the sdist of the same version beside it. Artifacts that cannot be read come back as errors.
QList<Result<Artifact>> inspectFolder(const QString& folder, const InspectOptions& options = {});
// The same on the thread pool.
QFuture<QList<Result<Artifact>>> inspectFolderAsync(const QString& folder,
                                                    const InspectOptions& options = {});

} // namespace slipway::dist

Q_DECLARE_METATYPE(slipway::dist::Artifact)
