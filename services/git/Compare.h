// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/git/History.h"
#include "services/git/Status.h"

#include <QByteArray>
#include <QString>

// What two states of a repository differ in: any pair of work tree, index and commits.
namespace slipway::git {

struct TreeSpec
{
    enum class Kind
    {
        WorkTree,
        Index,
        Commit
    };
    Kind kind = Kind::WorkTree;
    // For Commit: anything git rev-parse reads ("HEAD", "v1.0", "a1b2c3d", "main~2"); empty: the empty tree
    // (what a root commit is compared with).
    QString revision;

    static TreeSpec workTree() { return {Kind::WorkTree, {}}; }
    static TreeSpec index() { return {Kind::Index, {}}; }
    static TreeSpec commit(const QString& revision) { return {Kind::Commit, revision}; }
    // "working tree", "index", or the revision as given.
    QString label() const;
    bool operator==(const TreeSpec&) const = default;
};

struct ChangedFile
{
    QString oldPath; // differs from path for a rename
    QString path;
    char status = 'M'; // 'A' added, 'D' deleted, 'M' modified, 'R' renamed, 'T' type changed
    bool binary = false;
    int added = 0; // lines, when asked for
    int removed = 0;
};

struct CommitDetails
{
    CommitInfo info;
    QString message; // whole message
    QString committerName;
    QString committerEmail;
    QDateTime committerDate;
    QList<ChangedFile> files; // against the first parent (all files for a root commit), with line counts
};

// The diff of two texts as git's xdiff makes it (through libgit2), `context` lines around each change; a
// huge context gives the whole file as one hunk.
FileDiff diffTexts(const QByteArray& oldText, const QByteArray& newText, const QString& path,
                   int context = 3);

} // namespace slipway::git
