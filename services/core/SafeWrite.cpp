// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/core/SafeWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace slipway {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::SafeWrite)
};

// lstat(): what the name itself is, without following a link.
enum class Kind
{
    Missing,
    File,
    Link,
    Other
};
Kind kindOf(const QString& path)
{
    struct stat st{};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return Kind::Missing;
    if (S_ISLNK(st.st_mode))
        return Kind::Link;
    return S_ISREG(st.st_mode) ? Kind::File : Kind::Other;
}

QString absoluteClean(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

bool isPathInside(const QString& path, const QString& folder)
{
    if (folder.isEmpty())
        return false;
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

QString writeBoundary(const QString& path)
{
    QString start = QFileInfo(absoluteClean(path)).path();
    for (QString dir = start;; dir = QFileInfo(dir).path()) {
        if (kindOf(dir + u"/.git") != Kind::Missing)
            return dir;
        if (dir == u"/" || QFileInfo(dir).path() == dir)
            return start;
    }
}

Result<QString> resolveWriteTarget(const QString& path, const QString& boundary, const QString& operation)
{
    const QString root = QFileInfo(boundary).canonicalFilePath();
    const QString target = absoluteClean(path);
    if (root.isEmpty())
        return fail(operation, boundary, Text::tr("the folder does not exist"));
    const auto outside = [&](const QString& where) {
        return fail(operation, target,
                    Text::tr("refused: this path leads to %1, outside %2 (through a symbolic link)")
                        .arg(where, root));
    };

    switch (kindOf(target)) {
    case Kind::Link: {
        QString resolved = QFileInfo(target).canonicalFilePath();
        if (resolved.isEmpty())
            return fail(
                operation, target,
                Text::tr("refused: a symbolic link to %1, which does not exist (writing would create it)")
                    .arg(QFileInfo(target).symLinkTarget()));
        if (!isPathInside(resolved, root))
            return outside(resolved);
        if (kindOf(resolved) != Kind::File)
            return fail(operation, target, Text::tr("refused: the link does not lead to a regular file"));
        return resolved;
    }
    case Kind::Other:
        return fail(operation, target, Text::tr("refused: not a regular file"));
    case Kind::File:
    case Kind::Missing:
        break;
    }
    // The folders above: the nearest one that exists, with its links resolved, must lie inside the root;
    // the ones still missing are created as real folders below it.
    QString existing = QFileInfo(target).path();
    QString rest = QFileInfo(target).fileName();
    while (kindOf(existing) == Kind::Missing && QFileInfo(existing).path() != existing) {
        rest = QFileInfo(existing).fileName() + u'/' + rest;
        existing = QFileInfo(existing).path();
    }
    const QString folder = QFileInfo(existing).canonicalFilePath();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return fail(operation, target, Text::tr("refused: %1 is not a folder").arg(existing));
    if (!isPathInside(folder, root))
        return outside(folder);
    return QString(folder == u"/" ? QString() : folder) + u'/' + rest;
}

Result<void> writeFileSafely(const QString& path, QByteArrayView bytes, const QString& operation,
                             const QString& boundary)
{
    const Result<QString> target =
        resolveWriteTarget(path, boundary.isEmpty() ? writeBoundary(path) : boundary, operation);
    if (!target)
        return std::unexpected(target.error());
    if (!QDir().mkpath(QFileInfo(*target).path()))
        return fail(operation, *target, Text::tr("cannot create its folder"));
    QSaveFile file(*target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), bytes.size()) != bytes.size() ||
        !file.commit())
        return fail(operation, *target, file.errorString());
    return {};
}

} // namespace slipway
