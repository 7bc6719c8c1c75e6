// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/StatusModel.h"

#include <QColor>
#include <QFont>

namespace slipway {

namespace {

QString changeText(git::Change change)
{
    switch (change) {
    case git::Change::None:
        return {};
    case git::Change::Added:
        return StatusModel::tr("added");
    case git::Change::Modified:
        return StatusModel::tr("modified");
    case git::Change::Deleted:
        return StatusModel::tr("deleted");
    case git::Change::Renamed:
        return StatusModel::tr("renamed");
    case git::Change::TypeChanged:
        return StatusModel::tr("type changed");
    case git::Change::Untracked:
        return StatusModel::tr("untracked");
    case git::Change::Ignored:
        return StatusModel::tr("ignored");
    case git::Change::Conflicted:
        return StatusModel::tr("conflict");
    }
    return {};
}

QColor changeColor(git::Change change)
{
    switch (change) {
    case git::Change::Added:
    case git::Change::Untracked:
        return QColor(0x38, 0x8e, 0x3c);
    case git::Change::Deleted:
    case git::Change::Conflicted:
        return QColor(0xd3, 0x2f, 0x2f);
    case git::Change::Modified:
    case git::Change::Renamed:
    case git::Change::TypeChanged:
        return QColor(0xc7, 0x7c, 0x02);
    default:
        return {};
    }
}

} // namespace

StatusModel::StatusModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void StatusModel::setEntries(const QList<git::StatusEntry>& entries)
{
    beginResetModel();
    m_all = entries;
    m_groups[StagedGroup].clear();
    m_groups[ChangesGroup].clear();
    for (const git::StatusEntry& e : entries) {
        if (e.isStaged())
            m_groups[StagedGroup].append(e);
        if (e.isUnstaged() && (m_showIgnored || e.unstaged != git::Change::Ignored))
            m_groups[ChangesGroup].append(e);
    }
    endResetModel();
}

void StatusModel::setShowIgnored(bool show)
{
    if (show == m_showIgnored)
        return;
    m_showIgnored = show;
    setEntries(QList<git::StatusEntry>(m_all));
}

QModelIndex StatusModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex StatusModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int StatusModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return 2;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].size());
}

int StatusModel::columnCount(const QModelIndex&) const
{
    return 2;
}

QVariant StatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const auto group = Group(index.row());
        if (role == GroupRole)
            return int(group);
        if (role == Qt::DisplayRole && index.column() == 0)
            return group == StagedGroup ? tr("Staged (%1)").arg(m_groups[group].size())
                                        : tr("Changes (%1)").arg(m_groups[group].size());
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const auto group = Group(index.internalId() - 1);
    const git::StatusEntry& e = m_groups[group].at(index.row());
    const git::Change change = group == StagedGroup ? e.staged : e.unstaged;
    const bool phantom = group == ChangesGroup && e.phantom;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return e.oldPath.isEmpty() || group != StagedGroup ? e.path
                                                               : QString(e.oldPath + u" → " + e.path);
        return phantom ? tr("outputs only") : changeText(change);
    case Qt::ForegroundRole:
        if (phantom)
            return QColor(0x80, 0x80, 0x80);
        return index.column() == 1 ? QVariant(changeColor(change)) : QVariant();
    case Qt::ToolTipRole:
        if (phantom)
            return tr("%1 differs only by what the notebook filter strips (outputs committed before the "
                      "filter "
                      "was set up). Stage it to store the cleaned notebook (renormalize).")
                .arg(e.path);
        return QString(e.path + u" — " + changeText(change));
    case PathRole:
        return e.path;
    case GroupRole:
        return int(group);
    case ChangeRole:
        return int(change);
    default:
        return {};
    }
}

QVariant StatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("File") : tr("Change");
}

} // namespace slipway
