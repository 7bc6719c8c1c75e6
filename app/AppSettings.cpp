#include "app/AppSettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace slipway::AppSettings {

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

} // namespace slipway::AppSettings
