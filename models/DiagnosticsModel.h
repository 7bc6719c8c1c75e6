// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/lint/Diagnostic.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace slipway {

// Lint findings for the Problems panel: batches are appended as they arrive (one insertion each, so 100,000
// findings stay cheap), counts per severity kept as they come.
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn,
        LocationColumn, // file, cell, line:column
        CodeColumn,
        MessageColumn,
        ToolColumn,
        ColumnCount
    };
    enum Role
    {
        DiagnosticRole = Qt::UserRole + 1,
        SeverityRole,
        ToolRole,
        FileRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void append(const QList<lint::Diagnostic>& batch);
    const lint::Diagnostic* at(int row) const;
    // Removes the findings with this file, cell, line and code (once suppressed).
    void removeMatching(const lint::Diagnostic& diagnostic);
    int count(lint::Severity severity) const { return m_counts[int(severity)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged();

private:
    QList<lint::Diagnostic> m_rows;
    int m_counts[3] = {0, 0, 0};
};

// The panel's filters: severity (at least), tool, file and text.
class DiagnosticsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMinimumSeverity(std::optional<lint::Severity> severity); // nullopt: all
    void setTool(std::optional<lint::Tool> tool);
    void setText(const QString& text); // file, code, symbol or message contains it

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<lint::Severity> m_severity;
    std::optional<lint::Tool> m_tool;
    QString m_text;
};

} // namespace slipway
