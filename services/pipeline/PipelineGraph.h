// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/pipeline/PipelineConfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>

namespace slipway::pipeline {

// The steps of a checked pipeline (no cycle, every need a step) as a graph.
class PipelineGraph
{
public:
    explicit PipelineGraph(const Pipeline& pipeline);

    const Pipeline& pipeline() const { return m_pipeline; }
    // Step indexes, each after everything it needs (the file's order among equals).
    const QList<qsizetype>& order() const { return m_order; }
    // The longest chain of needs below each step: 0 for a step that needs nothing.
    int layer(qsizetype step) const { return m_layer[step]; }
    const QList<qsizetype>& dependents(qsizetype step) const { return m_dependents[step]; }
    // The steps `step` needs, as indexes (a name that is no step is left out).
    const QList<qsizetype>& needsOf(qsizetype step) const { return m_needs[step]; }
    // Every step `step` needs, directly or not.
    QSet<qsizetype> ancestors(qsizetype step) const;
    // Every step that needs `step`, directly or not.
    QSet<qsizetype> descendants(qsizetype step) const;

    QByteArray toDot() const;
    QByteArray toMermaid() const;
    QJsonObject toJson() const;

private:
    Pipeline m_pipeline;
    QList<qsizetype> m_order;
    QList<int> m_layer;
    QList<QList<qsizetype>> m_dependents;
    QList<QList<qsizetype>> m_needs;
};

// A name as a DOT or Mermaid identifier, quoted.
QString dotQuoted(const QString& text);

} // namespace slipway::pipeline
