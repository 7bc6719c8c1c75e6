// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/git/Compare.h"
#include "services/git/History.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;
class QTreeWidget;

namespace slipway {

class CommitLogModel;
class ReviewDiffView;

// The history: the commit log (graph, badges, author, date) with filters by text and path, the selected
// commit's details (message, changed files with +/−) and its changes in a review view.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    HistoryView(CommitLogModel* model, QWidget* parent = nullptr);

    ReviewDiffView* diffView() const { return m_diff; }
    QTableView* table() const { return m_table; }
    QString selectedCommit() const;
    void selectRow(int row);
    // What the log shows now, from the filter fields.
    git::LogQuery query() const;

public Q_SLOTS:
    void setDetails(const slipway::git::CommitDetails& details);
    void setDetailsMessage(const QString& message);

Q_SIGNALS:
    void queryChanged(const slipway::git::LogQuery& query);
    void commitSelected(const QString& id);
    // A file of the selected commit was chosen: show its changes only (empty path: the whole commit).
    void fileSelected(const QString& commit, const QString& path);
    void compareWithWorkTree(const QString& commit);

private:
    CommitLogModel* m_model;
    QLineEdit* m_text = nullptr;
    QLineEdit* m_path = nullptr;
    QCheckBox* m_allRefs = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_message = nullptr;
    QTreeWidget* m_files = nullptr;
    ReviewDiffView* m_diff = nullptr;
    QTimer* m_filterDelay = nullptr;
    QString m_detailsId;
};

} // namespace slipway
