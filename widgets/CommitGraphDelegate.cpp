// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/CommitGraphDelegate.h"

#include "models/CommitLogModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace slipway {

namespace {

QColor laneColour(int lane, bool dark)
{
    static const QColor light[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c),
                                   QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd),
                                   QColor(0xff, 0x7f, 0x0e), QColor(0x17, 0xbe, 0xcf),
                                   QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2)};
    const QColor colour = light[lane % 8];
    return dark ? colour.lighter(135) : colour;
}

struct BadgeStyle
{
    QColor fill;
    QColor text;
};

BadgeStyle badgeStyle(const git::RefBadge& badge, bool dark)
{
    switch (badge.kind) {
    case git::RefBadge::Kind::Head:
        return {dark ? QColor(0x8a, 0x2a, 0x2a) : QColor(0xf8, 0xd0, 0xd0),
                dark ? QColor(0xff, 0xe0, 0xe0) : QColor(0x80, 0x10, 0x10)};
    case git::RefBadge::Kind::Branch:
        return {dark ? QColor(0x23, 0x5a, 0x2e) : QColor(0xd4, 0xf0, 0xd8),
                dark ? QColor(0xd8, 0xff, 0xdc) : QColor(0x13, 0x55, 0x20)};
    case git::RefBadge::Kind::Remote:
        return {dark ? QColor(0x24, 0x45, 0x6e) : QColor(0xd6, 0xe6, 0xfa),
                dark ? QColor(0xdc, 0xea, 0xff) : QColor(0x16, 0x3a, 0x6b)};
    case git::RefBadge::Kind::Tag:
        break;
    }
    return {dark ? QColor(0x6b, 0x55, 0x1a) : QColor(0xfa, 0xec, 0xc4),
            dark ? QColor(0xff, 0xf2, 0xcc) : QColor(0x5c, 0x44, 0x08)};
}

} // namespace

void CommitGraphDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString summary = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto commit = index.data(CommitLogModel::CommitRole).value<git::CommitInfo>();
    const int lanes = std::min(index.data(CommitLogModel::GraphWidthRole).toInt(), maxLanes);
    const bool dark = opt.palette.color(QPalette::Base).lightnessF() < 0.5;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = opt.rect;
    int x = r.left() + 4;
    if (lanes > 0) {
        const auto laneX = [&](int lane) { return qreal(r.left() + 4 + lane * laneWidth) + laneWidth / 2.0; };
        const qreal top = r.top(), bottom = r.bottom() + 1, middle = r.center().y() + 0.5;
        const git::GraphRow& g = commit.graph;
        const auto pen = [&](int lane) { return QPen(laneColour(lane, dark), 2.0); };
        for (int lane : g.through) {
            if (lane >= maxLanes)
                continue;
            painter->setPen(pen(lane));
            painter->drawLine(QPointF(laneX(lane), top), QPointF(laneX(lane), bottom));
        }
        for (int lane : g.incoming) {
            if (lane >= maxLanes)
                continue;
            painter->setPen(pen(lane));
            QPainterPath path(QPointF(laneX(lane), top));
            path.cubicTo(QPointF(laneX(lane), middle), QPointF(laneX(g.lane), top),
                         QPointF(laneX(g.lane), middle));
            painter->drawPath(path);
        }
        for (int lane : g.outgoing) {
            if (lane >= maxLanes)
                continue;
            painter->setPen(pen(lane));
            QPainterPath path(QPointF(laneX(g.lane), middle));
            path.cubicTo(QPointF(laneX(g.lane), bottom), QPointF(laneX(lane), middle),
                         QPointF(laneX(lane), bottom));
            painter->drawPath(path);
        }
        if (g.lane < maxLanes) {
            const bool merge = commit.parents.size() > 1;
            painter->setPen(QPen(laneColour(g.lane, dark), 2.0));
            painter->setBrush(merge ? opt.palette.color(QPalette::Base) : laneColour(g.lane, dark));
            painter->drawEllipse(QPointF(laneX(g.lane), middle), 4.0, 4.0);
        }
        x += lanes * laneWidth + 4;
    }
    // Ref badges.
    QFont badgeFont = opt.font;
    badgeFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QFontMetrics metrics(badgeFont);
    painter->setFont(badgeFont);
    for (const git::RefBadge& badge : commit.refs) {
        const BadgeStyle s = badgeStyle(badge, dark);
        const QString text =
            badge.kind == git::RefBadge::Kind::Tag ? QStringLiteral("🏷 ") + badge.name : badge.name;
        const int width = metrics.horizontalAdvance(text) + 10;
        if (x + width > r.right() - 40)
            break;
        const QRectF box(x, r.top() + 3, width, r.height() - 6);
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.fill);
        painter->drawRoundedRect(box, 4, 4);
        QFont f = badgeFont;
        f.setBold(badge.current);
        painter->setFont(f);
        painter->setPen(s.text);
        painter->drawText(box, Qt::AlignCenter, text);
        painter->setFont(badgeFont);
        x += width + 4;
    }
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect(x + 2, r.top(), r.right() - x - 4, r.height());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(opt.font).elidedText(summary, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize CommitGraphDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), 22));
    return size;
}

} // namespace slipway
