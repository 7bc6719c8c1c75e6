// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/release/StorePrivate.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace slipway::release::detail {

namespace {

QMutex heldMutex;
QSet<QString>& held()
{
    static QSet<QString> tokens;
    return tokens;
}

} // namespace

void rememberHeldLock(const QString& token)
{
    const QMutexLocker lock(&heldMutex);
    held().insert(token);
}

void forgetHeldLock(const QString& token)
{
    const QMutexLocker lock(&heldMutex);
    held().remove(token);
}

QJsonObject LockOwner::toJson() const
{
    return {
        {u"host"_s, host}, {u"pid"_s, pid}, {u"token"_s, token}, {u"since"_s, since.toString(Qt::ISODate)}};
}

LockOwner LockOwner::fromJson(const QJsonObject& json)
{
    return {json.value(u"host"_s).toString(), qint64(json.value(u"pid"_s).toDouble()),
            json.value(u"token"_s).toString(),
            QDateTime::fromString(json.value(u"since"_s).toString(), Qt::ISODate)};
}

LockOwner LockOwner::current()
{
    return {QSysInfo::machineHostName(), QCoreApplication::applicationPid(),
            QUuid::createUuid().toString(QUuid::WithoutBraces), QDateTime::currentDateTimeUtc()};
}

bool LockOwner::isStale(std::chrono::seconds stale) const
{
    if (!since.isValid() || since.secsTo(QDateTime::currentDateTimeUtc()) > stale.count())
        return true;
    if (host != QSysInfo::machineHostName())
        return false;
    if (pid == QCoreApplication::applicationPid()) {
        const QMutexLocker lock(&heldMutex);
        return !held().contains(token);
    }
    return pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH);
}

QString LockOwner::describe() const
{
    return QCoreApplication::translate("slipway::release::ChannelStore", "%1 (process %2) since %3")
        .arg(host)
        .arg(pid)
        .arg(since.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

} // namespace slipway::release::detail
