// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/TrustStore.h"

#include "services/core/SafeWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>

namespace slipway {

namespace {

const QString trustedKey = QStringLiteral("trust/folders");

QString canonical(const QString& path)
{
    const QString canonicalPath = QFileInfo(path).canonicalFilePath();
    return canonicalPath.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : canonicalPath;
}

bool isInside(const QString& path, const QString& folder)
{
    // Only absolute folders count: an empty or relative entry (a hand-edited file) trusts nothing, where
    // a prefix test would let "" trust every path.
    return QDir::isAbsolutePath(folder) && isPathInside(path, folder);
}

} // namespace

TrustStore::TrustStore(QString storePath, QObject* parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
{}

QString TrustStore::defaultStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/trust.ini";
}

QStringList TrustStore::trustedFolders() const
{
    return QSettings(m_storePath, QSettings::IniFormat).value(trustedKey).toStringList();
}

bool TrustStore::isTrusted(const QString& path) const
{
    const QString target = canonical(path);
    const QStringList folders = trustedFolders();
    return std::ranges::any_of(folders, [&](const QString& folder) { return isInside(target, folder); });
}

void TrustStore::setTrusted(const QString& path, bool trusted)
{
    const QString target = canonical(path);
    // The GUI and any number of command lines share the file: one read-modify-write at a time.
    QDir().mkpath(QFileInfo(m_storePath).absolutePath());
    QLockFile lock(m_storePath + u".write-lock"); // QSettings takes ".lock" itself, while syncing
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        qWarning("trust store %s: locked by another process; writing anyway", qPrintable(m_storePath));
    QSettings settings(m_storePath, QSettings::IniFormat);
    QStringList folders = settings.value(trustedKey).toStringList();
    const bool changed = trusted ? !folders.contains(target) : folders.removeAll(target) > 0;
    if (trusted && changed)
        folders.append(target);
    if (!changed)
        return;
    folders.sort();
    settings.setValue(trustedKey, folders);
    settings.sync();
    Q_EMIT trustChanged(target, trusted);
}

Result<void> TrustStore::require(const QString& path, const QString& what) const
{
    if (isTrusted(path))
        return {};
    return fail(
        what, canonical(path),
        QCoreApplication::translate("slipway::TrustStore",
                                    "the project is not trusted, so none of its code runs; trust it "
                                    "first (the banner in the window, or --trust on the command line)"));
}

} // namespace slipway
