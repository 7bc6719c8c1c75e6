// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CommitLogModel.h"

#include "services/core/Continuation.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

namespace slipway {

using namespace Qt::StringLiterals;

// The walker lives on the pool between batches; one batch at a time, serialised by the mutex.
struct CommitLogModel::Walker
{
    QMutex mutex;
    QString path;
    git::LogQuery query;
    std::unique_ptr<git::LogWalker> walker;
};

namespace {

struct Batch
{
    git::GitResult<QList<git::CommitInfo>> commits;
    bool atEnd = false;
};

} // namespace

CommitLogModel::CommitLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

CommitLogModel::~CommitLogModel() = default;

void CommitLogModel::setQuery(const QString& repositoryPath, const git::LogQuery& query)
{
    beginResetModel();
    m_commits.clear();
    m_graphWidth = 1;
    ++m_generation;
    m_query = query;
    m_walker = std::make_shared<Walker>();
    m_walker->path = repositoryPath;
    m_walker->query = query;
    m_atEnd = false;
    endResetModel();
    m_loading = false;
    request(firstBatch);
}

void CommitLogModel::clear()
{
    beginResetModel();
    m_commits.clear();
    ++m_generation;
    m_walker.reset();
    m_atEnd = true;
    endResetModel();
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
    }
}

void CommitLogModel::request(int count)
{
    if (m_loading || m_atEnd || !m_walker)
        return;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const quint64 generation = m_generation;
    auto batch = QtConcurrent::run([walker = m_walker, count]() -> Batch {
        QMutexLocker lock(&walker->mutex);
        if (!walker->walker) {
            auto opened = git::LogWalker::open(walker->path, walker->query);
            if (!opened)
                return {std::unexpected(opened.error()), true};
            walker->walker = std::move(*opened);
        }
        Batch next{walker->walker->next(count), false};
        next.atEnd = walker->walker->atEnd();
        return next;
    });
    whenResult(batch, this,
               [this, generation](const Batch& done) { receive(generation, done.commits, done.atEnd); });
}

void CommitLogModel::receive(quint64 generation, const git::GitResult<QList<git::CommitInfo>>& commits,
                             bool atEnd)
{
    if (generation != m_generation)
        return; // a newer query took over
    m_loading = false;
    m_atEnd = atEnd || !commits;
    if (!commits) {
        Q_EMIT loadingChanged(false);
        Q_EMIT failed(commits.error().toError());
        return;
    }
    const bool first = m_commits.isEmpty();
    if (!commits->isEmpty()) {
        beginInsertRows({}, int(m_commits.size()), int(m_commits.size() + commits->size()) - 1);
        for (const git::CommitInfo& commit : *commits)
            m_graphWidth = std::max(m_graphWidth, commit.graph.width);
        m_commits += *commits;
        endInsertRows();
    }
    Q_EMIT loadingChanged(false);
    if (first)
        Q_EMIT firstBatchLoaded();
    // A filter that skips most commits may bring back an empty batch before the end: keep reading.
    if (commits->isEmpty() && !m_atEnd)
        request(batchSize);
}

const git::CommitInfo* CommitLogModel::commitAt(int row) const
{
    return row >= 0 && row < m_commits.size() ? &m_commits[row] : nullptr;
}

int CommitLogModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_commits.size(); ++i)
        if (m_commits[i].id.startsWith(id))
            return int(i);
    return -1;
}

int CommitLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_commits.size());
}

int CommitLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitLogModel::data(const QModelIndex& index, int role) const
{
    const git::CommitInfo* commit = commitAt(index.row());
    if (!commit)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SummaryColumn:
            return commit->summary;
        case AuthorColumn:
            return commit->authorName;
        case DateColumn:
            return QLocale().toString(commit->authorDate.toLocalTime(), QLocale::ShortFormat);
        case IdColumn:
            return commit->id.left(8);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == AuthorColumn)
            return u"%1 <%2>"_s.arg(commit->authorName, commit->authorEmail);
        if (index.column() == DateColumn)
            return QLocale().toString(commit->authorDate, QLocale::LongFormat);
        if (index.column() == IdColumn)
            return commit->id;
        return commit->summary;
    case CommitRole:
        return QVariant::fromValue(*commit);
    case IdRole:
        return commit->id;
    case GraphWidthRole:
        return m_query.paths.isEmpty() && m_query.text.isEmpty() ? m_graphWidth : 0;
    default:
        return {};
    }
}

QVariant CommitLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SummaryColumn:
        return tr("Commit");
    case AuthorColumn:
        return tr("Author");
    case DateColumn:
        return tr("Date");
    case IdColumn:
        return tr("Id");
    default:
        return {};
    }
}

bool CommitLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void CommitLogModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid())
        request(batchSize);
}

} // namespace slipway
