// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PipelineView.h"

#include "models/PipelineModel.h"

#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QMenu>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace slipway {

namespace {

// A state's colour: its hue, lighter on a light palette, deeper on a dark one.
QColor stateColor(pipeline::StepState state, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    QColor hue;
    switch (state) {
    case pipeline::StepState::Succeeded:
        hue = QColor(0x2e, 0x9d, 0x4a);
        break;
    case pipeline::StepState::Cached:
        hue = QColor(0x5b, 0x8d, 0xb8);
        break;
    case pipeline::StepState::Failed:
        hue = QColor(0xd0, 0x3b, 0x3b);
        break;
    case pipeline::StepState::Running:
        hue = QColor(0xe0, 0x9a, 0x1f);
        break;
    case pipeline::StepState::WouldRun:
        hue = QColor(0x9b, 0x59, 0xd0);
        break;
    case pipeline::StepState::Skipped:
    case pipeline::StepState::Cancelled:
    case pipeline::StepState::Idle:
        return palette.color(QPalette::Button);
    }
    // Mixed into the base colour: a tint the text stays readable on, in either palette.
    const QColor base = palette.color(QPalette::Base);
    const float share = dark ? 0.55F : 0.35F;
    return QColor::fromRgbF(base.redF() * (1 - share) + hue.redF() * share,
                            base.greenF() * (1 - share) + hue.greenF() * share,
                            base.blueF() * (1 - share) + hue.blueF() * share);
}

QString durationText(double seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("slipway::PipelineView", "%1 s").arg(seconds, 0, 'f', 1);
    return QCoreApplication::translate("slipway::PipelineView", "%1 min %2 s")
        .arg(int(seconds) / 60)
        .arg(int(seconds) % 60);
}

} // namespace

class StepItem : public QGraphicsItem
{
public:
    StepItem(PipelineView* view, int row, const QRectF& rect)
        : m_view(view)
        , m_row(row)
        , m_rect(rect)
    {
        setAcceptHoverEvents(true);
        setCursor(Qt::PointingHandCursor);
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-3, -3, 3, 3); }
    void setDimmed(bool dimmed)
    {
        if (m_dimmed != dimmed) {
            m_dimmed = dimmed;
            update();
        }
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        const PipelineModel* model = m_view->m_model;
        const QPalette palette = m_view->palette();
        const pipeline::StepStatus& status = model->status(m_row);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setOpacity(m_dimmed ? 0.35 : 1.0);
        const bool selected = m_view->m_selected == m_row;
        QPen pen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
                 selected ? 2.5 : 1);
        if (status.state == pipeline::StepState::WouldRun || status.state == pipeline::StepState::Skipped)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(stateColor(status.state, palette));
        painter->drawRoundedRect(m_rect, 7, 7);
        QFont font = m_view->font();
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::Text));
        const QRectF text = m_rect.adjusted(8, 4, -8, -4);
        const QFontMetricsF metrics(font);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop,
                          metrics.elidedText(status.name, Qt::ElideRight, text.width()));
        font.setBold(false);
        font.setPointSizeF(font.pointSizeF() * 0.9);
        painter->setFont(font);
        QString detail = PipelineModel::stateText(status.state);
        if (status.state == pipeline::StepState::Succeeded || status.state == pipeline::StepState::Failed)
            detail += u" · "_s + durationText(status.seconds);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom,
                          QFontMetricsF(font).elidedText(detail, Qt::ElideRight, text.width()));
    }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent*) override { m_view->hoverChanged(m_row); }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent*) override { m_view->hoverChanged(-1); }

private:
    PipelineView* m_view;
    int m_row;
    QRectF m_rect;
    bool m_dimmed = false;
};

PipelineView::PipelineView(PipelineModel* model, QWidget* parent)
    : QGraphicsView(parent)
    , m_model(model)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setMouseTracking(true);
    connect(m_model, &PipelineModel::layoutReset, this, &PipelineView::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& top, const QModelIndex& bottom) {
                for (int row = top.row(); row <= bottom.row() && row < m_items.size(); ++row)
                    m_items[row]->update();
            });
    rebuild();
}

void PipelineView::rebuild()
{
    scene()->clear();
    m_items.clear();
    m_edges.clear();
    m_hovered = -1;
    if (m_selected >= m_model->rowCount())
        m_selected = -1;
    const pipeline::GraphLayout& layout = m_model->layout();
    const QColor edgeColor = palette().color(QPalette::Mid);
    for (const pipeline::GraphLayout::Edge& edge : layout.edges) {
        QPainterPath path(edge.points.first());
        const QList<QPointF>& p = edge.points;
        qsizetype i = 1;
        for (; i + 2 < p.size(); i += 3)
            path.cubicTo(p[i], p[i + 1], p[i + 2]);
        for (; i < p.size(); ++i)
            path.lineTo(p[i]);
        // An arrow head at the end, pointing along the last segment.
        const QPointF tip = p.last();
        const QPointF from = p.size() > 1 ? p[p.size() - 2] : tip - QPointF(1, 0);
        const QLineF back(tip, from);
        QLineF wing = back;
        wing.setLength(8);
        wing.setAngle(back.angle() + 25);
        path.moveTo(tip);
        path.lineTo(wing.p2());
        wing.setAngle(back.angle() - 25);
        path.moveTo(tip);
        path.lineTo(wing.p2());
        auto* item = scene()->addPath(path, QPen(edgeColor, 1.4));
        item->setData(0, int(edge.from));
        item->setData(1, int(edge.to));
        m_edges << item;
    }
    for (int row = 0; row < layout.nodes.size(); ++row) {
        const pipeline::GraphLayout::Node& node = layout.nodes[row];
        auto* item = new StepItem(
            this, row,
            QRectF(node.center - QPointF(node.size.width() / 2, node.size.height() / 2), node.size));
        scene()->addItem(item);
        m_items << item;
    }
    scene()->setSceneRect(layout.bounds.adjusted(-12, -12, 12, 12));
    fit();
}

void PipelineView::fit()
{
    // Small graphs at their size; large ones scaled down until a node is still readable, then scrolled.
    const QRectF bounds = scene()->sceneRect();
    if (bounds.isEmpty())
        return;
    const double scale = std::clamp(
        std::min(viewport()->width() / bounds.width(), viewport()->height() / bounds.height()), 0.6, 1.0);
    setTransform(QTransform::fromScale(scale, scale));
}

void PipelineView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void PipelineView::hoverChanged(int row)
{
    m_hovered = row;
    const QSet<int> chain = row >= 0 ? m_model->chainOf(row) : QSet<int>();
    for (int i = 0; i < m_items.size(); ++i)
        m_items[i]->setDimmed(row >= 0 && !chain.contains(i));
    for (QGraphicsPathItem* edge : std::as_const(m_edges)) {
        const bool lit =
            row >= 0 && chain.contains(edge->data(0).toInt()) && chain.contains(edge->data(1).toInt());
        QPen pen = edge->pen();
        pen.setColor(lit ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid));
        pen.setWidthF(lit ? 2.2 : 1.4);
        edge->setPen(pen);
        edge->setOpacity(row >= 0 && !lit ? 0.3 : 1.0);
    }
}

int PipelineView::rowAt(const QPoint& point) const
{
    const QList<QGraphicsItem*> under = items(point);
    for (QGraphicsItem* item : under)
        if (const int row = int(m_items.indexOf(static_cast<StepItem*>(item))); row >= 0)
            return row;
    return -1;
}

QPoint PipelineView::pointOf(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    return mapFromScene(m_items[row]->boundingRect().center());
}

void PipelineView::selectRow(int row)
{
    const int previous = std::exchange(m_selected, row);
    if (previous >= 0 && previous < m_items.size())
        m_items[previous]->update();
    if (row >= 0 && row < m_items.size()) {
        m_items[row]->update();
        ensureVisible(m_items[row]);
    }
    Q_EMIT stepSelected(row);
}

void PipelineView::mousePressEvent(QMouseEvent* event)
{
    const int row = rowAt(event->pos());
    if (row >= 0 && event->button() == Qt::LeftButton) {
        selectRow(row);
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void PipelineView::contextMenuEvent(QContextMenuEvent* event)
{
    const int row = rowAt(event->pos());
    if (row < 0 || m_model->isReadOnly())
        return;
    selectRow(row);
    QMenu menu(this);
    const QString name = m_model->status(row).name;
    menu.addAction(tr("Run %1").arg(name), this,
                   [this, row] { Q_EMIT runRequested(row, int(pipeline::Selection::Only)); });
    menu.addAction(tr("Run Up to %1").arg(name), this,
                   [this, row] { Q_EMIT runRequested(row, int(pipeline::Selection::UpTo)); });
    menu.addAction(tr("Run from %1").arg(name), this,
                   [this, row] { Q_EMIT runRequested(row, int(pipeline::Selection::From)); });
    menu.exec(event->globalPos());
}

} // namespace slipway
