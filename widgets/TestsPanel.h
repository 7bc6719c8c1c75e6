// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/testing/TestResults.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTreeView;

namespace slipway {

class TestTreeModel;

// The Tests panel: the tree pytest collected, run all / the selection / what failed, live progress, the
// selected test's failure with links to its traceback's places, and coverage per file against fail_under.
class TestsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TestsPanel(TestTreeModel* model, QWidget* parent = nullptr);
    QTreeView* tree() const { return m_tree; }
    QTextBrowser* details() const { return m_details; }
    QTableWidget* coverageTable() const { return m_coverage; }

public Q_SLOTS:
    void setRunning(bool running, const QString& what = {});
    void setProgress(int percent);
    void setSummary(const QString& text);
    void setCoverage(const std::optional<slipway::testing::CoverageReport>& coverage);

Q_SIGNALS:
    void collectRequested();
    // selection empty: every test; failedOnly: what failed last time.
    void runRequested(const QStringList& selection, bool failedOnly, bool coverage, bool installed);
    void cancelRequested();
    void openRequested(const QString& file, int line);

private:
    void showDetails();

    TestTreeModel* m_model;
    QTreeView* m_tree = nullptr;
    QTextBrowser* m_details = nullptr;
    QTableWidget* m_coverage = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_threshold = nullptr;
    QProgressBar* m_progress = nullptr;
    QCheckBox* m_withCoverage = nullptr;
    QCheckBox* m_installed = nullptr;
    QPushButton* m_cancel = nullptr;
    QList<QPushButton*> m_runButtons;
};

} // namespace slipway
