// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/ProjectScan.h"

#include "services/git/Repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace slipway {

FileScan scanProjectFiles(const QString& root, const git::Repository* repository, qsizetype limit,
                          const std::function<bool()>& canceled)
{
    static const QSet<QString> toolFolders{QStringLiteral(".git"),
                                           QStringLiteral(".venv"),
                                           QStringLiteral("venv"),
                                           QStringLiteral("__pycache__"),
                                           QStringLiteral(".ipynb_checkpoints"),
                                           QStringLiteral(".pytest_cache"),
                                           QStringLiteral(".mypy_cache"),
                                           QStringLiteral(".ruff_cache"),
                                           QStringLiteral(".tox"),
                                           QStringLiteral("node_modules")};
    // Where the project sits inside a larger work tree, ignore rules are matched from the work tree's root.
    QString prefix;
    if (repository) {
        const QString workdir = QDir(repository->workdir()).canonicalPath();
        prefix = QDir(workdir).relativeFilePath(root);
        prefix = prefix == u"." ? QString() : prefix + u'/';
    }

    FileScan scan;
    QStringList pending{QString()};
    while (!pending.isEmpty()) {
        if (canceled && canceled())
            break;
        const QString relativeDir = pending.takeLast();
        const QDir dir(relativeDir.isEmpty() ? root : root + u'/' + relativeDir);
        if (!dir.isReadable()) {
            scan.problems.append(
                Error{QCoreApplication::translate("slipway::ProjectScan", "list files"), dir.path(),
                      QCoreApplication::translate("slipway::ProjectScan", "permission denied")});
            continue;
        }
        const QFileInfoList entries =
            dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        for (const QFileInfo& entry : entries) {
            const QString name = entry.fileName();
            const QString relative = relativeDir.isEmpty() ? name : relativeDir + u'/' + name;
            if (name == u".git")
                continue;
            if (entry.isDir()) {
                const bool skip =
                    repository ? repository->isIgnored(prefix + relative + u'/') : toolFolders.contains(name);
                if (!skip)
                    pending.append(relative);
                continue;
            }
            if (repository && repository->isIgnored(prefix + relative))
                continue;
            if (scan.files.size() >= limit) {
                scan.truncated = true;
                pending.clear();
                break;
            }
            scan.files.append(relative);
        }
    }
    scan.files.sort();
    return scan;
}

} // namespace slipway
