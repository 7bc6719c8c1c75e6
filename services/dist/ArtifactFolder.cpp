// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A folder of artifacts (dist/) inspected together, and comparing two artifacts' files.

#include "services/dist/Artifact.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace slipway::dist {

QList<Result<Artifact>> inspectFolder(const QString& folder, const InspectOptions& options)
{
    const QFileInfoList entries = QDir(folder).entryInfoList(
        {u"*.whl"_s, u"*.tar.gz"_s, u"*.pyz"_s, u"*.pex"_s}, QDir::Files, QDir::Time);
    QList<Result<Artifact>> results;
    for (const QFileInfo& entry : entries) {
        InspectOptions o = options;
        if (entry.fileName().endsWith(u".whl")) {
            // churn-0.2.0-py3-none-any.whl ↔ churn-0.2.0.tar.gz
            const QString sdist = QDir(folder).filePath(entry.fileName().section(u'-', 0, 1) + u".tar.gz"_s);
            if (QFileInfo::exists(sdist))
                o.companionSdist = sdist;
        } else {
            o.projectRoot.clear();
        }
        results.append(inspectArtifact(entry.absoluteFilePath(), o));
    }
    return results;
}

QFuture<QList<Result<Artifact>>> inspectFolderAsync(const QString& folder, const InspectOptions& options)
{
    return QtConcurrent::run([folder, options] { return inspectFolder(folder, options); });
}

FileListDiff compareFiles(const Artifact& a, const Artifact& b)
{
    // Two versions' metadata folders (churn-0.1.dist-info, churn-0.2.dist-info) are the same folder here.
    static const QRegularExpression versioned(u"^[^/]+\\.dist-info/"_s);
    const auto key = [](const QString& path) { return QString(path).replace(versioned, u"*.dist-info/"_s); };
    QHash<QString, QString> hashes;
    for (const ArtifactFile& f : b.files)
        hashes.insert(key(f.path), f.sha256);
    FileListDiff diff;
    QSet<QString> inA;
    for (const ArtifactFile& f : a.files) {
        const QString k = key(f.path);
        inA.insert(k);
        const auto it = hashes.constFind(k);
        if (it == hashes.cend())
            diff.onlyInA.append(f.path);
        else if (*it != f.sha256 && !k.endsWith(u".dist-info/RECORD"))
            diff.changed.append(f.path);
    }
    for (const ArtifactFile& f : b.files)
        if (!inA.contains(key(f.path)))
            diff.onlyInB.append(f.path);
    diff.onlyInA.sort();
    diff.onlyInB.sort();
    diff.changed.sort();
    return diff;
}

} // namespace slipway::dist
