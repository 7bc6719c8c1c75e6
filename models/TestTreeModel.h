// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/testing/TestResults.h"

#include <QHash>
#include <QStandardItemModel>

namespace slipway {

// The test tree: file → class → test (parametrised cases as tests), files that failed to collect as error
// nodes; outcomes and durations follow progress and results.
class TestTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        NodeIdRole = Qt::UserRole + 1,
        ResultRole, // QVariant holding testing::TestResult, once there is one
    };
    enum Column
    {
        NameColumn,
        OutcomeColumn,
        TimeColumn
    };

    explicit TestTreeModel(QObject* parent = nullptr);

    void setCollection(const testing::Collection& collection);
    void setOutcome(const QString& nodeId, testing::Outcome outcome);
    void setResults(const QList<testing::TestResult>& results);
    // Node ids of the tests under `index` (a file, a class or a test).
    QStringList nodeIdsUnder(const QModelIndex& index) const;
    QStringList failedNodeIds() const;
    const testing::TestResult* resultAt(const QModelIndex& index) const;
    int testCount() const { return int(m_tests.size()); }

private:
    QStandardItem* itemFor(const testing::TestResult& test, bool create);
    void show(QStandardItem* item, const testing::TestResult& result);

    QHash<QString, QStandardItem*> m_tests;
    QHash<QString, QStandardItem*> m_groups; // file or file::class → item
    QHash<QString, testing::TestResult> m_results;
};

} // namespace slipway
