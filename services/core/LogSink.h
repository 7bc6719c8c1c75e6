// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace slipway {

struct LogEntry
{
    enum class Level
    {
        Info,
        Warning,
        Error
    };
    QDateTime time;
    Level level = Level::Info;
    QString source; // "project", "git", a tool name…
    QString text;
};

// The application's log: services write to it from any thread, views read it through LogModel.
class LogSink : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Thread-safe: the entry is delivered on this object's thread.
    void append(LogEntry::Level level, const QString& source, const QString& text);
    void info(const QString& source, const QString& text) { append(LogEntry::Level::Info, source, text); }
    void warning(const QString& source, const QString& text)
    {
        append(LogEntry::Level::Warning, source, text);
    }
    void error(const QString& source, const QString& text) { append(LogEntry::Level::Error, source, text); }

Q_SIGNALS:
    void entryAdded(const slipway::LogEntry& entry);
};

} // namespace slipway
