// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/JobManager.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace slipway {

// The jobs of a JobManager, newest last: title, state/progress text, and progress for a bar delegate.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        ProgressColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        StateRole,    // JobInfo::State as int
        ProgressRole, // 0..100, or -1 while busy without a known fraction
        IsRunningRole
    };

    explicit JobsModel(JobManager* jobs, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    JobInfo jobAt(int row) const { return m_jobs.value(row); }
    static QString stateText(const JobInfo& job);

private:
    void onAdded(const JobInfo& job);
    void onChanged(const JobInfo& job);

    QList<JobInfo> m_jobs;
};

} // namespace slipway
