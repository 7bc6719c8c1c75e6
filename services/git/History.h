// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/git/GitError.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// The commit log, read in batches on a worker thread, with the refs that point at each commit and the
// lanes of a simple graph; and one commit's details.
namespace slipway::git {

struct RefBadge
{
    enum class Kind
    {
        Head, // a detached HEAD
        Branch,
        Remote,
        Tag
    };
    Kind kind = Kind::Branch;
    QString name;         // short: "main", "origin/main", "v1.0"
    bool current = false; // the branch HEAD is on
};

// How one row of the graph is drawn. Lanes are columns; a commit sits in `lane`.
struct GraphRow
{
    int lane = 0;
    QList<int> through;  // lanes passing this row without touching the commit
    QList<int> incoming; // lanes from above that end at the commit (its children's lines)
    QList<int> outgoing; // lanes below that the commit's parents continue in (first parent first)
    int width = 1;       // lanes in use on this row
};

struct CommitInfo
{
    QString id; // full hex
    QStringList parents;
    QString authorName;
    QString authorEmail;
    QDateTime authorDate;
    QString summary; // first line of the message
    QList<RefBadge> refs;
    GraphRow graph; // meaningful when the log is not filtered by path or text
};

struct LogQuery
{
    QString revision = QStringLiteral("HEAD"); // where the walk starts
    bool allRefs = false;                      // every branch, remote branch and tag instead
    QStringList paths; // only commits that change one of these (files or folders, relative to the work tree)
    QString text;      // only commits whose message, author or id contain this (case-insensitive)
};

// Walks the history newest first (commit time), `count` commits at a time. Own repository handle: use it
// from one thread at a time (any thread).
class LogWalker
{
public:
    static GitResult<std::unique_ptr<LogWalker>> open(const QString& repositoryPath, const LogQuery& query);
    ~LogWalker();
    LogWalker(const LogWalker&) = delete;
    LogWalker& operator=(const LogWalker&) = delete;

    // The next commits that pass the query (fewer at the end; none once done). `examineLimit` bounds how
    // many commits one call looks at when a filter skips most of them, so that a batch returns in time.
    GitResult<QList<CommitInfo>> next(int count, int examineLimit = 20000);
    bool atEnd() const;
    bool filtered() const;

private:
    struct Private;
    explicit LogWalker(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace slipway::git
