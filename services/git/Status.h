// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <expected>
#include <memory>

namespace slipway::git {

// How a file differs, between HEAD and the index (staged) or the index and the work tree (unstaged).
enum class Change
{
    None,
    Added,
    Modified,
    Deleted,
    Renamed,
    TypeChanged,
    Untracked,
    Ignored,
    Conflicted
};

struct StatusEntry
{
    QString path;    // relative to the work tree; the new path of a rename
    QString oldPath; // the old path of a rename, else empty
    Change staged = Change::None;
    Change unstaged = Change::None;
    bool conflicted = false;
    // Modified only because a clean filter (the notebook filter) now strips what the index still holds:
    // the file's bytes are the index's. Staging it again ("renormalize") makes the change go away.
    bool phantom = false;

    bool isStaged() const { return staged != Change::None; }
    bool isUnstaged() const { return unstaged != Change::None; }
    bool operator==(const StatusEntry&) const = default;
};

struct StatusOptions
{
    bool includeUntracked = true;
    bool includeIgnored = false;
    // From this many tracked files on, the work tree is read in two halves at once (on two threads).
    size_t parallelFrom = 10000;
};

// A discard kept recoverable: a commit under refs/slipway/discarded holding the files as they were.
struct DiscardBackup
{
    QString id; // commit id
    QDateTime when;
    QStringList paths;
};

// A branch, local or remote-tracking.
struct BranchInfo
{
    QString name; // "main", "origin/main"
    bool remote = false;
    bool head = false; // HEAD is on it
    QString upstream;  // "origin/main" for a local branch that tracks one
    int ahead = 0;     // commits on the branch not on its upstream
    int behind = 0;
    QString tip; // commit id
    QString tipSummary;
    QDateTime tipDate;
};

struct TagInfo
{
    QString name;
    QString target; // the commit it names
    bool annotated = false;
    QString message;
    QDateTime date; // tagger date, or the commit's date for a lightweight tag
};

// One file's changes as hunks of lines, for showing and for staging a selection of them.
struct DiffLine
{
    char origin = ' '; // ' ' context, '+' added, '-' removed
    QString text;      // without the line end
    int oldLine = -1;  // 1-based; -1 for an added line
    int newLine = -1;  // 1-based; -1 for a removed line
    bool noNewlineAtEnd = false;
};

struct DiffHunk
{
    QString header; // "@@ -1,4 +1,5 @@ def f():"
    QList<DiffLine> lines;
};

struct FileDiff
{
    QString path;
    bool staged = false; // HEAD → index; else index → work tree
    bool binary = false;
    QList<DiffHunk> hunks;

    QString patchText() const; // unified diff, for a read-only view
};

// A line of a FileDiff: hunk and line within it.
struct LineRef
{
    int hunk = 0;
    int line = 0;
    bool operator==(const LineRef&) const = default;
};

QString changeName(Change change);

// The status of one work tree, read again and again (the Changes dock refreshes it on every change): it
// keeps the repository open, so libgit2 reloads the index only when it changed on disk. Safe to call from
// any thread; calls are serialised.
class StatusSource
{
public:
    explicit StatusSource(QString root);
    ~StatusSource();
    StatusSource(const StatusSource&) = delete;
    StatusSource& operator=(const StatusSource&) = delete;

    QString root() const { return m_root; }
    // The entries, or the error's text.
    std::expected<QList<StatusEntry>, QString> read(const StatusOptions& options = {});

private:
    struct Private;
    QString m_root;
    std::unique_ptr<Private> d;
};

} // namespace slipway::git

Q_DECLARE_METATYPE(slipway::git::StatusEntry)
