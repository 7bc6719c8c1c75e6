// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace slipway {

class PipelineModel;
class StepItem;

// The pipeline as a graph: a box per step where the layout put it (Graphviz), coloured by its state, its
// duration below the name; edges as the layout's splines. A run only recolours (the scene is built once
// per layout). Hovering a step highlights what it needs and what needs it; clicking selects it; the
// context menu asks to run the step, from it, or up to it.
class PipelineView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit PipelineView(PipelineModel* model, QWidget* parent = nullptr);

    int selectedRow() const { return m_selected; }
    void selectRow(int row);
    // Where the step's box is drawn, in view coordinates (tests click there).
    QPoint pointOf(int row) const;

Q_SIGNALS:
    void stepSelected(int row);
    void runRequested(int row, int selection); // int(pipeline::Selection)

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    friend class StepItem;
    void rebuild();
    void hoverChanged(int row);
    int rowAt(const QPoint& point) const;
    void fit();

    PipelineModel* m_model;
    QList<StepItem*> m_items;
    QList<QGraphicsPathItem*> m_edges;
    int m_selected = -1;
    int m_hovered = -1;
};

} // namespace slipway
