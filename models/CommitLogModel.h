// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/git/History.h"

#include <QAbstractTableModel>

#include <memory>

namespace slipway {

// The commit log for a view: commits arrive in batches read on the thread pool (the first screen first),
// more as the view scrolls (canFetchMore/fetchMore). A new query drops whatever the old one still sends.
class CommitLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SummaryColumn, // graph, ref badges and the summary line
        AuthorColumn,
        DateColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        CommitRole = Qt::UserRole + 1, // QVariant holding git::CommitInfo
        IdRole,
        GraphWidthRole, // lanes of the widest row loaded so far, for a stable graph column
    };

    explicit CommitLogModel(QObject* parent = nullptr);
    ~CommitLogModel() override;

    // Starts reading the log of the repository at `path`; the first `firstBatch` commits come first.
    void setQuery(const QString& repositoryPath, const git::LogQuery& query);
    void clear();
    const git::LogQuery& query() const { return m_query; }
    bool loading() const { return m_loading; }
    bool atEnd() const { return m_atEnd; }
    const git::CommitInfo* commitAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static constexpr int firstBatch = 200;
    static constexpr int batchSize = 1000;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const slipway::Error& error);
    // The first batch is in (the "first screen"): for benchmarks and tests.
    void firstBatchLoaded();

private:
    struct Walker;
    void request(int count);
    void receive(quint64 generation, const git::GitResult<QList<git::CommitInfo>>& commits, bool atEnd);

    git::LogQuery m_query;
    std::shared_ptr<Walker> m_walker;
    QList<git::CommitInfo> m_commits;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_atEnd = true;
    int m_graphWidth = 1;
};

} // namespace slipway

Q_DECLARE_METATYPE(slipway::git::CommitInfo)
