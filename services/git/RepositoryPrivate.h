// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Repository's private part, shared by the .cpp files that implement it (Repository.cpp, Describe.cpp).

#include "services/git/Handles.h"
#include "services/git/Repository.h"

namespace slipway::git {

struct Repository::Private
{
    detail::RepositoryPtr repo;
    QString path;
};

namespace detail {

// The short name of the branch HEAD is on, also before its first commit; empty when detached.
inline QString headBranch(git_repository* repo)
{
    git_reference* raw = nullptr;
    if (git_repository_head_detached(repo) == 1 || git_reference_lookup(&raw, repo, "HEAD") < 0) {
        git_error_clear();
        return {};
    }
    ReferencePtr head(raw);
    const char* target = git_reference_symbolic_target(head.get());
    return target ? QString::fromUtf8(target).remove(QStringLiteral("refs/heads/")) : QString();
}

// The index written as a tree (what a commit records).
inline GitResult<TreePtr> writeIndexTree(git_repository* repo, const QString& path)
{
    git_index* rawIndex = nullptr;
    if (int rc = git_repository_index(&rawIndex, repo); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("read index"), path));
    IndexPtr index(rawIndex);
    git_oid treeId;
    if (int rc = git_index_write_tree(&treeId, index.get()); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("write tree"), path));
    git_tree* rawTree = nullptr;
    if (int rc = git_tree_lookup(&rawTree, repo, &treeId); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("look up tree"), path));
    return TreePtr(rawTree);
}

// The index read, changed and written under `index.lock`, as git changes it: while Slipway holds the
// lock a concurrent `git add` fails (and says so) instead of being overwritten, and the index is read
// afresh from disk after taking it, so that what another process staged meanwhile is kept. The lock is let
// go just before libgit2 writes (it takes the lock itself); a git that takes it in that instant makes the
// write fail rather than lose its change.
class IndexTransaction
{
public:
    static GitResult<IndexTransaction> begin(git_repository* repo, const QString& path);
    IndexTransaction(IndexTransaction&& other) noexcept;
    IndexTransaction& operator=(IndexTransaction&&) = delete;
    ~IndexTransaction();
    git_index* index() const { return m_index.get(); }
    GitResult<void> commit();

private:
    IndexTransaction() = default;
    void release();
    IndexPtr m_index;
    QByteArray m_lockPath;
    int m_fd = -1;
    QString m_path;
};

// A libgit2 patch as hunks of lines (line ends cut off, a "\r" kept: staging a line gives back its bytes).
FileDiff fileDiffFromPatch(git_patch* patch, const QString& path);

} // namespace detail

} // namespace slipway::git
