// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PipelineModel.h"

using namespace Qt::StringLiterals;

namespace slipway {

PipelineModel::PipelineModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void PipelineModel::setPipeline(const pipeline::Pipeline& definition, const pipeline::GraphLayout& layout,
                                const std::optional<pipeline::PipelineRun>& last)
{
    beginResetModel();
    m_graph.emplace(definition);
    m_layout = layout;
    m_statuses.clear();
    for (const pipeline::StepDef& step : definition.steps) {
        pipeline::StepStatus status;
        status.name = step.name;
        if (last)
            for (const pipeline::StepStatus& recorded : last->steps)
                if (recorded.name == step.name && recorded.state != pipeline::StepState::Running)
                    status = recorded;
        m_statuses << status;
    }
    endResetModel();
    Q_EMIT layoutReset();
}

void PipelineModel::clear()
{
    beginResetModel();
    m_graph.reset();
    m_layout = {};
    m_statuses.clear();
    endResetModel();
    Q_EMIT layoutReset();
}

void PipelineModel::setStatus(int row, const pipeline::StepStatus& status)
{
    if (row < 0 || row >= m_statuses.size())
        return;
    m_statuses[row] = status;
    Q_EMIT dataChanged(index(row), index(row));
}

QSet<int> PipelineModel::chainOf(int row) const
{
    QSet<int> chain{row};
    if (!m_graph || row < 0 || row >= m_statuses.size())
        return chain;
    const QSet<qsizetype> ancestors = m_graph->ancestors(row);
    const QSet<qsizetype> descendants = m_graph->descendants(row);
    for (qsizetype i : ancestors)
        chain.insert(int(i));
    for (qsizetype i : descendants)
        chain.insert(int(i));
    return chain;
}

int PipelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_statuses.size());
}

QString PipelineModel::stateText(pipeline::StepState state)
{
    switch (state) {
    case pipeline::StepState::Idle:
        return tr("idle");
    case pipeline::StepState::WouldRun:
        return tr("would run");
    case pipeline::StepState::Running:
        return tr("running");
    case pipeline::StepState::Succeeded:
        return tr("succeeded");
    case pipeline::StepState::Cached:
        return tr("cached");
    case pipeline::StepState::Failed:
        return tr("failed");
    case pipeline::StepState::Skipped:
        return tr("skipped");
    case pipeline::StepState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QVariant PipelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_statuses.size())
        return {};
    const pipeline::StepStatus& s = m_statuses[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return s.name;
    case Qt::ToolTipRole: {
        QString tip = u"<b>%1</b> — %2"_s.arg(s.name.toHtmlEscaped(), stateText(s.state));
        if (m_graph)
            tip += u"<br><code>%1</code>"_s.arg(
                m_graph->pipeline().steps[index.row()].commandLine().toHtmlEscaped());
        if (!s.reason.isEmpty())
            tip += u"<br>"_s + tr("Why: %1").arg(s.reason.toHtmlEscaped());
        if (!s.summary.isEmpty())
            tip += u"<br>"_s + s.summary.toHtmlEscaped();
        return tip;
    }
    case StateRole:
        return int(s.state);
    case ReasonRole:
        return s.reason;
    case SummaryRole:
        return s.summary;
    case SecondsRole:
        return s.seconds;
    case LogRole:
        return s.log;
    case CommandRole:
        return m_graph ? m_graph->pipeline().steps[index.row()].commandLine() : QString();
    default:
        return {};
    }
}

} // namespace slipway
