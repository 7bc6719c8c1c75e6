// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/JobsModel.h"

#include <QColor>

namespace slipway {

JobsModel::JobsModel(JobManager* jobs, QObject* parent)
    : QAbstractTableModel(parent)
    , m_jobs(jobs->jobs())
{
    connect(jobs, &JobManager::jobAdded, this, &JobsModel::onAdded);
    connect(jobs, &JobManager::jobChanged, this, &JobsModel::onChanged);
}

int JobsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobsModel::stateText(const JobInfo& job)
{
    switch (job.state) {
    case JobInfo::State::Running:
        return job.progressText.isEmpty() ? tr("Running") : job.progressText;
    case JobInfo::State::Succeeded:
        return tr("Done in %1 s").arg(double(job.started.msecsTo(job.finished)) / 1000.0, 0, 'f', 1);
    case JobInfo::State::Failed:
        return tr("Failed: %1").arg(job.message);
    case JobInfo::State::Canceled:
        return tr("Canceled");
    }
    return {};
}

QVariant JobsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobInfo& job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return job.title;
        case ProgressColumn: {
            if (!job.isRunning())
                return QString();
            const int range = job.progressMaximum - job.progressMinimum;
            return range > 0
                       ? QStringLiteral("%1 %").arg(100 * (job.progressValue - job.progressMinimum) / range)
                       : QString();
        }
        case StatusColumn:
            return stateText(job);
        default:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return QString(job.title + u'\n' + stateText(job));
    case Qt::ForegroundRole:
        if (job.state == JobInfo::State::Failed && index.column() == StatusColumn)
            return QColor(Qt::red);
        return {};
    case JobIdRole:
        return job.id;
    case StateRole:
        return int(job.state);
    case IsRunningRole:
        return job.isRunning();
    case ProgressRole: {
        if (!job.isRunning())
            return job.state == JobInfo::State::Succeeded ? 100 : 0;
        const int range = job.progressMaximum - job.progressMinimum;
        return range > 0 ? 100 * (job.progressValue - job.progressMinimum) / range : -1;
    }
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Job");
    case ProgressColumn:
        return tr("Progress");
    case StatusColumn:
        return tr("Status");
    default:
        break;
    }
    return {};
}

void JobsModel::onAdded(const JobInfo& job)
{
    const int row = int(m_jobs.size());
    beginInsertRows({}, row, row);
    m_jobs.append(job);
    endInsertRows();
}

void JobsModel::onChanged(const JobInfo& job)
{
    const auto it = std::ranges::find(m_jobs, job.id, &JobInfo::id);
    if (it == m_jobs.end())
        return;
    *it = job;
    const int row = int(it - m_jobs.begin());
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace slipway
