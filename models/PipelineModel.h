// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/pipeline/GraphLayout.h"
#include "services/pipeline/PipelineJob.h"

#include <QAbstractListModel>
#include <QSet>

namespace slipway {

// A pipeline's steps as rows (the definition's order) with their state, why, what came of it, duration and
// log, plus where the graph view draws each one. Filled by whoever reads the definition and runs it; does no
// I/O itself. A run changes states only (dataChanged), never the layout, so the graph stays put.
class PipelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        StateRole = Qt::UserRole + 1, // int(pipeline::StepState)
        ReasonRole,
        SummaryRole,
        SecondsRole,
        LogRole,     // QStringList
        CommandRole, // the step's command in one line
    };

    explicit PipelineModel(QObject* parent = nullptr);

    // A new definition and its layout: every step idle, or as `last` (a recorded run) left it.
    void setPipeline(const pipeline::Pipeline& definition, const pipeline::GraphLayout& layout,
                     const std::optional<pipeline::PipelineRun>& last = std::nullopt);
    void clear();
    void setStatus(int row, const pipeline::StepStatus& status);
    // A read-only graph (another CI system's or dvc's): no run, only the drawing.
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    const std::optional<pipeline::PipelineGraph>& graph() const { return m_graph; }
    const pipeline::GraphLayout& layout() const { return m_layout; }
    const pipeline::StepStatus& status(int row) const { return m_statuses[row]; }
    // The steps `row` needs and those needing it, directly or not (what hovering highlights).
    QSet<int> chainOf(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString stateText(pipeline::StepState state);

Q_SIGNALS:
    void layoutReset(); // a new graph: the view builds its scene again

private:
    std::optional<pipeline::PipelineGraph> m_graph;
    pipeline::GraphLayout m_layout;
    QList<pipeline::StepStatus> m_statuses;
    bool m_readOnly = false;
};

} // namespace slipway
