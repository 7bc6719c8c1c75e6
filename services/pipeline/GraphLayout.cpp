// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/pipeline/GraphLayout.h"

#include "services/core/ProcessRun.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace slipway::pipeline {

namespace {

constexpr double nodeWidth = 150;
constexpr double nodeHeight = 46;
constexpr qint64 maxDotOutput = qint64(64) << 20;

// "x,y" in dot's points, y up.
std::optional<QPointF> point(QStringView text, double height)
{
    const qsizetype comma = text.indexOf(u',');
    if (comma < 0)
        return std::nullopt;
    bool okX = false;
    bool okY = false;
    const double x = text.first(comma).toDouble(&okX);
    const double y = text.mid(comma + 1).toDouble(&okY);
    if (!okX || !okY)
        return std::nullopt;
    return QPointF(x, height - y);
}

} // namespace

GraphLayout layeredLayout(const PipelineGraph& graph)
{
    GraphLayout layout;
    const qsizetype n = graph.pipeline().steps.size();
    layout.nodes.resize(n);
    QHash<int, int> rows;
    for (qsizetype i : graph.order()) {
        const int layer = graph.layer(i);
        const int row = rows[layer]++;
        layout.nodes[i] = {
            QPointF(layer * (nodeWidth + 60) + nodeWidth / 2, row * (nodeHeight + 24) + nodeHeight / 2),
            QSizeF(nodeWidth, nodeHeight)};
    }
    for (qsizetype i = 0; i < n; ++i)
        for (const QString& need : graph.pipeline().steps[i].needs) {
            const qsizetype j = graph.pipeline().indexOf(need);
            const QPointF a = layout.nodes[j].center + QPointF(nodeWidth / 2, 0);
            const QPointF b = layout.nodes[i].center - QPointF(nodeWidth / 2, 0);
            const double dx = (b.x() - a.x()) / 2;
            layout.edges.append({j, i, {a, a + QPointF(dx, 0), b - QPointF(dx, 0), b}});
        }
    for (const GraphLayout::Node& node : std::as_const(layout.nodes))
        layout.bounds |=
            QRectF(node.center - QPointF(node.size.width() / 2, node.size.height() / 2), node.size);
    return layout;
}

std::optional<GraphLayout> parseDotJson(const QByteArray& json, const PipelineGraph& graph)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QStringList bb = root.value(u"bb"_s).toString().split(u',');
    if (bb.size() != 4)
        return std::nullopt;
    const double height = bb[3].toDouble();
    GraphLayout layout;
    layout.byGraphviz = true;
    layout.bounds = QRectF(0, 0, bb[2].toDouble(), height);
    const qsizetype n = graph.pipeline().steps.size();
    layout.nodes.resize(n);
    QList<bool> placed(n, false);
    QHash<int, qsizetype> byGvid;
    const QJsonArray objects = root.value(u"objects"_s).toArray();
    for (const auto& value : objects) {
        const QJsonObject o = value.toObject();
        const qsizetype step = graph.pipeline().indexOf(o.value(u"name"_s).toString());
        const auto center = point(o.value(u"pos"_s).toString(), height);
        if (step < 0 || !center)
            continue;
        byGvid.insert(o.value(u"_gvid"_s).toInt(), step);
        layout.nodes[step] = {*center, QSizeF(o.value(u"width"_s).toString().toDouble() * 72,
                                              o.value(u"height"_s).toString().toDouble() * 72)};
        placed[step] = true;
    }
    if (placed.contains(false))
        return std::nullopt;
    const QJsonArray edges = root.value(u"edges"_s).toArray();
    for (const auto& value : edges) {
        const QJsonObject e = value.toObject();
        const auto from = byGvid.constFind(e.value(u"tail"_s).toInt());
        const auto to = byGvid.constFind(e.value(u"head"_s).toInt());
        if (from == byGvid.cend() || to == byGvid.cend())
            continue;
        GraphLayout::Edge edge{*from, *to, {}};
        // "e,x,y x,y x,y …": the end point (arrow tip) first, then the spline.
        std::optional<QPointF> tip;
        const QStringList parts = e.value(u"pos"_s).toString().split(u' ', Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            if (part.startsWith(u"e,")) {
                tip = point(QStringView(part).mid(2), height);
                continue;
            }
            if (auto p = point(part, height))
                edge.points << *p;
        }
        if (tip)
            edge.points << *tip;
        if (edge.points.size() >= 2)
            layout.edges << edge;
    }
    return layout;
}

GraphLayout layoutGraph(const PipelineGraph& graph)
{
    const QString dot = resolveExecutable(u"dot"_s);
    if (dot.isEmpty() || graph.pipeline().steps.isEmpty())
        return layeredLayout(graph);
    QString input = u"digraph pipeline {\n  rankdir=LR; nodesep=0.25; ranksep=0.6;\n"
                    u"  node [shape=box, fixedsize=true, width=2.1, height=0.64];\n"_s;
    for (qsizetype i : graph.order())
        input += u"  "_s + dotQuoted(graph.pipeline().steps[i].name) + u";\n"_s;
    for (qsizetype i : graph.order())
        for (const QString& need : graph.pipeline().steps[i].needs)
            input +=
                u"  "_s + dotQuoted(need) + u" -> "_s + dotQuoted(graph.pipeline().steps[i].name) + u";\n"_s;
    input += u"}\n"_s;
    QProcess process;
    process.start(dot, {u"-Tjson"_s});
    process.write(input.toUtf8());
    process.closeWriteChannel();
    QByteArray output;
    while (process.waitForReadyRead(30000)) {
        output += process.readAllStandardOutput();
        if (output.size() > maxDotOutput) {
            process.kill();
            break;
        }
    }
    process.waitForFinished(30000);
    output += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return layeredLayout(graph);
    return parseDotJson(output, graph).value_or(layeredLayout(graph));
}

} // namespace slipway::pipeline
