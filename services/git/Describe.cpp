// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Repository::describeFacts and trackedChanges: what setuptools_scm asks git, asked of libgit2.

#include "services/git/DescribeWalk.h"
#include "services/git/RepositoryPrivate.h"

#include <QTimeZone>

#include <algorithm>

namespace slipway::git {

using namespace detail;

namespace {

using RevwalkPtr = std::unique_ptr<git_revwalk, Deleter<git_revwalk, git_revwalk_free>>;

// `git rev-list HEAD | wc -l`.
GitResult<int> countReachable(git_repository* repo, const QString& path)
{
    git_revwalk* raw = nullptr;
    if (int rc = git_revwalk_new(&raw, repo); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("walk history"), path));
    RevwalkPtr walk(raw);
    if (int rc = git_revwalk_push_head(walk.get()); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("walk history"), path));
    int count = 0;
    git_oid oid;
    while (git_revwalk_next(&oid, walk.get()) == 0)
        ++count;
    return count;
}

} // namespace

GitResult<QStringList> Repository::trackedChanges() const
{
    git_repository* repo = d->repo.get();
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    git_status_list* raw = nullptr;
    if (int rc = git_status_list_new(&raw, repo, &options); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("read the work tree status"), d->path));
    StatusListPtr list(raw);
    QStringList files;
    const size_t count = git_status_list_entrycount(list.get());
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry* entry = git_status_byindex(list.get(), i);
        if (entry->status == GIT_STATUS_CURRENT || (entry->status & (GIT_STATUS_WT_NEW | GIT_STATUS_IGNORED)))
            continue;
        const git_diff_delta* delta =
            entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
        if (delta)
            files.append(
                QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path));
    }
    std::ranges::sort(files);
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

GitResult<DescribeFacts> Repository::describeFacts(const QString& pattern) const
{
    git_repository* repo = d->repo.get();
    DescribeFacts facts;
    facts.unborn = git_repository_head_unborn(repo) == 1;
    facts.branch = headBranch(repo);
    if (facts.branch.isEmpty())
        facts.branch = QStringLiteral("HEAD"); // detached, as `git rev-parse --abbrev-ref HEAD` says
    if (git_repository_is_bare(repo) != 1) {
        auto changed = trackedChanges();
        if (!changed)
            return std::unexpected(changed.error());
        facts.changedFiles = std::move(*changed);
        facts.dirty = !facts.changedFiles.isEmpty();
    }
    if (facts.unborn) {
        facts.dirty = true; // setuptools_scm: no node, so "dirty" and distance 0
        return facts;
    }

    git_object* rawHead = nullptr;
    if (int rc = git_revparse_single(&rawHead, repo, "HEAD^{commit}"); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("read HEAD"), d->path));
    ObjectPtr headCommit(rawHead);
    const git_signature* committer = git_commit_committer(reinterpret_cast<git_commit*>(headCommit.get()));
    facts.headDate = QDateTime::fromSecsSinceEpoch(
                         committer->when.time, QTimeZone::fromSecondsAheadOfUtc(committer->when.offset * 60))
                         .date();

    const git_oid head = *git_object_id(headCommit.get());
    auto described = describeTags(repo, head, pattern, d->path);
    if (!described)
        return std::unexpected(described.error());
    if (*described) {
        facts.tag = (*described)->tag;
        facts.distance = (*described)->depth;
        facts.node = QStringLiteral("g") + uniqueAbbrev(repo, head, defaultAbbrevLength(repo));
        return facts;
    }
    // No tag matches: setuptools_scm falls back to counting every commit.
    auto count = countReachable(repo, d->path);
    if (!count)
        return std::unexpected(count.error());
    facts.distance = *count;
    facts.node = QStringLiteral("g") + oidToString(git_object_id(headCommit.get())).left(7);
    return facts;
}

} // namespace slipway::git
