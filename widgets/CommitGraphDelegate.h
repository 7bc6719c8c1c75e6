// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace slipway {

// Paints the commit column of the history: graph lanes, the commit's node, ref badges (current branch,
// branches, remote branches, tags, a detached HEAD), then the summary.
class CommitGraphDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static constexpr int laneWidth = 14;
    static constexpr int maxLanes = 16;
};

} // namespace slipway
