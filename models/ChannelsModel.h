// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/release/Board.h"

#include <QAbstractTableModel>

namespace slipway {

// The index-state board as a table: a row per version (newest first), a column per channel after the
// version's; each cell says whether the version is there (all files, some, yanked, drifting) with its files
// in the tooltip. Filled by whoever reads the channels; does no I/O itself. A refresh that changes only some
// cells keeps rows in place (dataChanged), so the view does not jump while the user looks at it.
class ChannelsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        StateRole = Qt::UserRole + 1, // int(release::CellState) of a channel cell
        WarningRole,                  // bool on the version column: the row has warnings
        VersionRole,                  // the row's version, on every cell
    };

    explicit ChannelsModel(QObject* parent = nullptr);

    void setAnalysis(release::BoardAnalysis analysis);
    const release::BoardAnalysis& analysis() const { return m_analysis; }
    // The row of `version`, -1 when the board has none.
    int rowOf(const QString& version) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString cellText(const release::BoardCell& cell);
    static QString cellToolTip(const release::BoardCell& cell, const QString& channel);

private:
    release::BoardAnalysis m_analysis;
};

} // namespace slipway
