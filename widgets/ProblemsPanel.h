// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace slipway::lint {
struct Diagnostic;
}

namespace slipway {

class DiagnosticsFilter;
class DiagnosticsModel;

// The Problems panel: lint findings with filters by severity, tool and text, the counts, and activation (a
// double click or Return) to go to the spot.
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(DiagnosticsModel* model, QWidget* parent = nullptr);
    QTreeView* view() const { return m_view; }
    DiagnosticsFilter* filter() const { return m_filter; }
    void setRunning(bool running);

Q_SIGNALS:
    // file is relative to the project; cell is 0 for a plain file.
    void activated(const QString& file, int cell, int line, int column);
    void lintRequested();
    // "Ignore CODE here": the owner writes the tool's suppression comment on the line.
    void ignoreRequested(const slipway::lint::Diagnostic& diagnostic);

private:
    void updateCounts();

    DiagnosticsModel* m_model;
    DiagnosticsFilter* m_filter;
    QComboBox* m_severity = nullptr;
    QComboBox* m_tool = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_counts = nullptr;
    QTreeView* m_view = nullptr;
    bool m_running = false;
};

} // namespace slipway
