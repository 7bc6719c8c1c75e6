// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/pipeline/PipelineGraph.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace slipway::pipeline {

// Where each step and each edge of a graph goes, in points (y down), as Graphviz's dot lays it out.
struct GraphLayout
{
    struct Node
    {
        QPointF center;
        QSizeF size;
    };
    struct Edge
    {
        qsizetype from = 0; // step indexes
        qsizetype to = 0;
        QList<QPointF> points; // a cubic B-spline: start, then three points a segment
    };
    QRectF bounds;
    QList<Node> nodes; // one per step, in the pipeline's order
    QList<Edge> edges;
    bool byGraphviz = false; // false: the simple layered fallback (no `dot` on PATH)
};

// Lays out `graph` left to right with `dot -Tjson` (Graphviz, out of process; blocking — call it on the
// pool), or in plain layers when dot is missing or fails.
GraphLayout layoutGraph(const PipelineGraph& graph);
// The plain layered layout: a column per layer.
GraphLayout layeredLayout(const PipelineGraph& graph);
// dot's JSON output read back (bounded: nodes and edges beyond the graph's are ignored).
std::optional<GraphLayout> parseDotJson(const QByteArray& json, const PipelineGraph& graph);

} // namespace slipway::pipeline
