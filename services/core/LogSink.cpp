// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/core/LogSink.h"

#include <QMetaObject>

namespace slipway {

void LogSink::append(LogEntry::Level level, const QString& source, const QString& text)
{
    LogEntry entry{QDateTime::currentDateTime(), level, source, text};
    QMetaObject::invokeMethod(this, [this, entry] { Q_EMIT entryAdded(entry); }, Qt::AutoConnection);
}

} // namespace slipway
