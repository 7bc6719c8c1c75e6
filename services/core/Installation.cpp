// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/core/Installation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdlib>

namespace slipway {

QString executableFolder()
{
    return QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
}

QString siblingExecutable(const QString& name)
{
    const QString self = executableFolder();
    for (const QString& candidate :
         {QString(self + u'/' + name), QString(self + u"/../libexec/slipway/" + name),
          QString(self + u"/../../bin/" + name)})
        if (QFileInfo(candidate).isExecutable() && !QFileInfo(candidate).isDir())
            return QFileInfo(candidate).canonicalFilePath();
    return {};
}

QString dataFolder(const QString& name)
{
    const QString self = executableFolder();
    // bin/ → ../share, libexec/slipway/ → ../../share; build/<preset>/app/ → ../<name>.
    for (const QString& candidate :
         {QString(self + u"/../share/slipway/" + name), QString(self + u"/../../share/slipway/" + name),
          QString(self + u"/../" + name)})
        if (QFileInfo(candidate).isDir())
            return QFileInfo(candidate).canonicalFilePath();
    return {};
}

bool installTranslation(const QLocale& locale)
{
    const QString folder = dataFolder(QStringLiteral("translations"));
    if (folder.isEmpty() || !QCoreApplication::instance())
        return false;
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, QStringLiteral("slipway"), QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

QString messagesLanguage()
{
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(variable);
        if (!value || !*value)
            continue;
        QString name = QString::fromLatin1(value);
        name = name.left(name.indexOf(u'.')).left(name.indexOf(u'@'));
        if (name == u"C" || name == u"POSIX" || name.startsWith(u"en"))
            return {};
        return name;
    }
    return {};
}

} // namespace slipway
