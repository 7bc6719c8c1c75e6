// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace slipway {

class PipelineModel;
class PipelineView;

// The Pipeline dock: which graph (slipway.yaml's, or a read-only one the project already has), Run, Dry
// Run, Cancel and Force above the graph, and the selected step's state, why, command and log beside it. It
// only shows and asks; the controller reads, lays out and runs.
class PipelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PipelinePanel(PipelineModel* model, QWidget* parent = nullptr);

    void setStatus(const QString& text, bool problem = false);
    void setRunning(bool running);
    // The graphs to choose from: "slipway.yaml" first, then the read-only ones.
    void setGraphs(const QStringList& names, int current);
    void setCurrentGraph(int index);
    PipelineView* view() const { return m_view; }
    QPlainTextEdit* logView() const { return m_log; }
    bool force() const;

Q_SIGNALS:
    void runRequested(const QStringList& steps, int selection, bool dryRun);
    void cancelRequested();
    void graphChosen(int index);

private:
    void showStep(int row);

    PipelineModel* m_model;
    QComboBox* m_graphs;
    QLabel* m_status;
    QToolButton* m_run;
    QToolButton* m_dryRun;
    QToolButton* m_cancel;
    QCheckBox* m_force;
    PipelineView* m_view;
    QLabel* m_stepTitle;
    QLabel* m_stepWhy;
    QPlainTextEdit* m_log;
    bool m_running = false;
};

} // namespace slipway
