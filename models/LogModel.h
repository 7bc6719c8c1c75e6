// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/LogSink.h"

#include <QAbstractListModel>

namespace slipway {

// The application log as a list, oldest first, capped at a number of entries (the oldest go first).
class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        LevelRole = Qt::UserRole + 1,
        SourceRole,
        TimeRole,
        // The line with the tool's terminal colours as HTML (ansiToHtml; `dark` from the view's palette is
        // the delegate's business, so this gives the raw line); DisplayRole has the escapes removed.
        TerminalTextRole,
        HasTerminalColorsRole
    };

    explicit LogModel(LogSink* sink, int capacity = 10000, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void append(const LogEntry& entry);
    void clear();
    const LogEntry& entryAt(int row) const { return m_entries.at(row); }

private:
    QList<LogEntry> m_entries;
    int m_capacity;
};

} // namespace slipway
