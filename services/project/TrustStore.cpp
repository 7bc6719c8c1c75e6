// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/TrustStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
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
