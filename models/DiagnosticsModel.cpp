// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DiagnosticsModel.h"

#include <QColor>

namespace slipway {

using namespace Qt::StringLiterals;

void DiagnosticsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_counts[0] = m_counts[1] = m_counts[2] = 0;
    endResetModel();
    Q_EMIT countsChanged();
}

void DiagnosticsModel::append(const QList<lint::Diagnostic>& batch)
{
    if (batch.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + batch.size()) - 1);
    m_rows += batch;
    for (const lint::Diagnostic& d : batch)
        ++m_counts[int(d.severity)];
    endInsertRows();
    Q_EMIT countsChanged();
}

void DiagnosticsModel::removeMatching(const lint::Diagnostic& diagnostic)
{
    for (qsizetype row = m_rows.size(); row-- > 0;) {
        const lint::Diagnostic& d = m_rows[row];
        if (d.file != diagnostic.file || d.cell != diagnostic.cell || d.line != diagnostic.line ||
            d.code != diagnostic.code)
            continue;
        beginRemoveRows({}, int(row), int(row));
        --m_counts[int(d.severity)];
        m_rows.removeAt(row);
        endRemoveRows();
    }
    Q_EMIT countsChanged();
}

const lint::Diagnostic* DiagnosticsModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int DiagnosticsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiagnosticsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex& index, int role) const
{
    const lint::Diagnostic* d = at(index.row());
    if (!d)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return d->severity == lint::Severity::Error     ? tr("error")
                   : d->severity == lint::Severity::Warning ? tr("warning")
                                                            : tr("info");
        case LocationColumn:
            return d->cell > 0
                       ? tr("%1 · cell %2 · %3:%4").arg(d->file).arg(d->cell).arg(d->line).arg(d->column)
                       : u"%1:%2:%3"_s.arg(d->file).arg(d->line).arg(d->column);
        case CodeColumn:
            return d->symbol.isEmpty() ? d->code : u"%1 (%2)"_s.arg(d->code, d->symbol);
        case MessageColumn:
            return d->message;
        case ToolColumn:
            return lint::toolName(d->tool);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return d->message;
    case Qt::ForegroundRole:
        if (index.column() != SeverityColumn)
            return {};
        return d->severity == lint::Severity::Error     ? QColor(0xd7, 0x3a, 0x4a)
               : d->severity == lint::Severity::Warning ? QColor(0xd9, 0x8a, 0x1c)
                                                        : QColor(0x6a, 0x8a, 0xb0);
    case DiagnosticRole:
        return QVariant::fromValue(*d);
    case SeverityRole:
        return int(d->severity);
    case ToolRole:
        return int(d->tool);
    case FileRole:
        return d->file;
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Where");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case ToolColumn:
        return tr("Tool");
    default:
        return {};
    }
}

void DiagnosticsFilter::setMinimumSeverity(std::optional<lint::Severity> severity)
{
    m_severity = severity;
    invalidateRowsFilter();
}

void DiagnosticsFilter::setTool(std::optional<lint::Tool> tool)
{
    m_tool = tool;
    invalidateRowsFilter();
}

void DiagnosticsFilter::setText(const QString& text)
{
    m_text = text;
    invalidateRowsFilter();
}

bool DiagnosticsFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = static_cast<const DiagnosticsModel*>(sourceModel());
    const lint::Diagnostic* d = model->at(sourceRow);
    if (!d)
        return false;
    if (m_severity && int(d->severity) > int(*m_severity)) // Error < Warning < Info
        return false;
    if (m_tool && d->tool != *m_tool)
        return false;
    if (!m_text.isEmpty() && !d->file.contains(m_text, Qt::CaseInsensitive) &&
        !d->code.contains(m_text, Qt::CaseInsensitive) && !d->symbol.contains(m_text, Qt::CaseInsensitive) &&
        !d->message.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace slipway
