// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/AppSettings.h"

#include "services/python/Environments.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace slipway::AppSettings {

using namespace Qt::StringLiterals;

namespace {
const QString recentKey = QStringLiteral("projects/recent");
}

QString settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/slipway.ini";
}

std::unique_ptr<QSettings> open()
{
    return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
}

QStringList recentProjects()
{
    return open()->value(recentKey).toStringList();
}

void addRecentProject(const QString& path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentProjects)
        recent.removeLast();
    open()->setValue(recentKey, recent);
}

void removeRecentProject(const QString& path)
{
    QStringList recent = recentProjects();
    if (recent.removeAll(path) > 0)
        open()->setValue(recentKey, recent);
}

QString projectInterpreter(const QString& projectRoot)
{
    return open()
        ->value(u"interpreters/"_s +
                QString::fromLatin1(projectRoot.toUtf8().toBase64(QByteArray::Base64UrlEncoding)))
        .toString();
}

void setProjectInterpreter(const QString& projectRoot, const QString& interpreter)
{
    open()->setValue(u"interpreters/"_s +
                         QString::fromLatin1(projectRoot.toUtf8().toBase64(QByteArray::Base64UrlEncoding)),
                     interpreter);
}

QString pythonFor(const QString& projectRoot)
{
    QString chosen = projectInterpreter(projectRoot);
    if (!chosen.isEmpty() && QFileInfo(chosen).isExecutable())
        return chosen;
    return python::defaultPython(projectRoot);
}

} // namespace slipway::AppSettings
