// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/git/Status.h"

#include <QAbstractItemModel>

namespace slipway {

// The work tree's changes as two groups: "Staged" (HEAD → index) and "Changes" (index → work tree, with
// untracked and conflicted files). A file changed in both appears in both. Filled from a status snapshot.
class StatusModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Group
    {
        StagedGroup,
        ChangesGroup
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, // on file rows
        GroupRole,                   // int(Group), on every row
        ChangeRole                   // int(git::Change), on file rows
    };

    explicit StatusModel(QObject* parent = nullptr);

    void setEntries(const QList<git::StatusEntry>& entries);
    // Ignored files (when the entries have them) are listed under Changes too.
    void setShowIgnored(bool show);
    const QList<git::StatusEntry>& entries() const { return m_all; }
    int count(Group group) const { return int(m_groups[group].size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<git::StatusEntry> m_all;
    QList<git::StatusEntry> m_groups[2];
    bool m_showIgnored = false;
};

} // namespace slipway
