// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/LogModel.h"

#include "models/AnsiText.h"

#include <QColor>

namespace slipway {

LogModel::LogModel(LogSink* sink, int capacity, QObject* parent)
    : QAbstractListModel(parent)
    , m_capacity(std::max(1, capacity))
{
    if (sink)
        connect(sink, &LogSink::entryAdded, this, &LogModel::append);
}

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

namespace {

QString prefix(const LogEntry& entry)
{
    return entry.time.toString(QStringLiteral("HH:mm:ss")) + u"  " +
           (entry.source.isEmpty() ? QString() : entry.source + u": ");
}

// Tools colour their output even into a pipe (twine's PASSED, pytest's summary): the plain text has none of
// the escape sequences, for copying and searching.
QString plainText(const LogEntry& entry)
{
    return entry.text.contains(u'\x1b') ? stripAnsi(entry.text) : entry.text;
}

} // namespace

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(prefix(entry) + plainText(entry));
    case Qt::ToolTipRole:
        return plainText(entry);
    case TerminalTextRole:
        return QString(prefix(entry) + entry.text);
    case HasTerminalColorsRole:
        return entry.text.contains(u'\x1b');
    case Qt::ForegroundRole:
        if (entry.level == LogEntry::Level::Error)
            return QColor(0xd3, 0x2f, 0x2f);
        if (entry.level == LogEntry::Level::Warning)
            return QColor(0xc7, 0x7c, 0x02);
        return {};
    case LevelRole:
        return int(entry.level);
    case SourceRole:
        return entry.source;
    case TimeRole:
        return entry.time;
    default:
        return {};
    }
}

void LogModel::append(const LogEntry& entry)
{
    if (m_entries.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

} // namespace slipway
