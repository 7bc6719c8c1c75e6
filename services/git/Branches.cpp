// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Repository's branches and tags, and amending a commit.

#include "services/git/RepositoryPrivate.h"

#include <QTimeZone>

#include <algorithm>

namespace slipway::git {

using namespace detail;

namespace {

using BranchIteratorPtr =
    std::unique_ptr<git_branch_iterator, Deleter<git_branch_iterator, git_branch_iterator_free>>;

QDateTime commitTime(const git_commit* commit)
{
    return QDateTime::fromSecsSinceEpoch(
        git_commit_time(commit), QTimeZone::fromSecondsAheadOfUtc(git_commit_time_offset(commit) * 60));
}

GitResult<CommitPtr> lookupCommit(git_repository* repo, const QString& spec, const QString& path)
{
    git_object* raw = nullptr;
    const QByteArray text = (spec + QStringLiteral("^{commit}")).toUtf8();
    if (int rc = git_revparse_single(&raw, repo, text.constData()); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("find %1").arg(spec), path));
    return CommitPtr(reinterpret_cast<git_commit*>(raw));
}

} // namespace

GitResult<QList<BranchInfo>> Repository::branches() const
{
    git_repository* repo = d->repo.get();
    git_branch_iterator* rawIt = nullptr;
    if (int rc = git_branch_iterator_new(&rawIt, repo, GIT_BRANCH_ALL); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("list branches"), d->path));
    BranchIteratorPtr it(rawIt);
    QList<BranchInfo> list;
    git_reference* rawRef = nullptr;
    git_branch_t type;
    while (git_branch_next(&rawRef, &type, it.get()) == 0) {
        ReferencePtr ref(rawRef);
        if (git_reference_type(ref.get()) == GIT_REFERENCE_SYMBOLIC)
            continue; // origin/HEAD
        BranchInfo b;
        const char* name = nullptr;
        git_branch_name(&name, ref.get());
        b.name = QString::fromUtf8(name);
        b.remote = type == GIT_BRANCH_REMOTE;
        b.head = git_branch_is_head(ref.get()) == 1;
        const git_oid* tip = git_reference_target(ref.get());
        if (tip) {
            b.tip = oidToString(tip);
            git_commit* rawCommit = nullptr;
            if (git_commit_lookup(&rawCommit, repo, tip) == 0) {
                CommitPtr commit(rawCommit);
                b.tipSummary = QString::fromUtf8(git_commit_summary(commit.get()));
                b.tipDate = commitTime(commit.get());
            }
        }
        if (!b.remote) {
            git_reference* rawUpstream = nullptr;
            if (git_branch_upstream(&rawUpstream, ref.get()) == 0) {
                ReferencePtr upstream(rawUpstream);
                const char* upstreamName = nullptr;
                git_branch_name(&upstreamName, upstream.get());
                b.upstream = QString::fromUtf8(upstreamName);
                size_t ahead = 0;
                size_t behind = 0;
                if (tip && git_reference_target(upstream.get()) &&
                    git_graph_ahead_behind(&ahead, &behind, repo, tip,
                                           git_reference_target(upstream.get())) == 0) {
                    b.ahead = int(ahead);
                    b.behind = int(behind);
                }
            }
        }
        list.append(std::move(b));
    }
    git_error_clear();
    std::ranges::sort(list, [](const BranchInfo& a, const BranchInfo& b) {
        return a.remote != b.remote ? !a.remote : a.name < b.name;
    });
    return list;
}

GitResult<void> Repository::createBranch(const QString& name, const QString& startPoint)
{
    git_repository* repo = d->repo.get();
    auto commit = lookupCommit(repo, startPoint, d->path);
    if (!commit)
        return std::unexpected(commit.error());
    git_reference* raw = nullptr;
    if (int rc = git_branch_create(&raw, repo, name.toUtf8().constData(), commit->get(), 0); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("create branch %1").arg(name), d->path));
    ReferencePtr ref(raw);
    return {};
}

GitResult<void> Repository::switchBranch(const QString& name)
{
    git_repository* repo = d->repo.get();
    const QString operation = QStringLiteral("switch to %1").arg(name);
    git_reference* raw = nullptr;
    const QByteArray utf8 = name.toUtf8();
    if (git_branch_lookup(&raw, repo, utf8.constData(), GIT_BRANCH_LOCAL) < 0) {
        // "origin/feature": the local branch "feature", tracking it.
        git_reference* rawRemote = nullptr;
        if (git_branch_lookup(&rawRemote, repo, utf8.constData(), GIT_BRANCH_REMOTE) < 0)
            return std::unexpected(lastError(GIT_ENOTFOUND, operation, d->path));
        ReferencePtr remote(rawRemote);
        const QString local = name.section(u'/', 1);
        git_commit* rawCommit = nullptr;
        if (int rc = git_commit_lookup(&rawCommit, repo, git_reference_target(remote.get())); rc < 0)
            return std::unexpected(lastError(rc, operation, d->path));
        CommitPtr commit(rawCommit);
        if (int rc = git_branch_create(&raw, repo, local.toUtf8().constData(), commit.get(), 0); rc < 0)
            return std::unexpected(lastError(rc, operation, d->path));
        git_branch_set_upstream(raw, utf8.constData());
    }
    ReferencePtr branch(raw);
    git_commit* rawCommit = nullptr;
    if (int rc = git_commit_lookup(&rawCommit, repo, git_reference_target(branch.get())); rc < 0)
        return std::unexpected(lastError(rc, operation, d->path));
    CommitPtr commit(rawCommit);

    // Safe checkout: a file with local changes that the switch would overwrite stops it, and is named.
    QStringList conflicts;
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_SAFE;
    options.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT;
    options.notify_cb = [](git_checkout_notify_t, const char* path, const git_diff_file*,
                           const git_diff_file*, const git_diff_file*, void* payload) {
        static_cast<QStringList*>(payload)->append(QString::fromUtf8(path));
        return 0;
    };
    options.notify_payload = &conflicts;
    const int rc = git_checkout_tree(repo, reinterpret_cast<git_object*>(commit.get()), &options);
    if (rc == GIT_ECONFLICT || !conflicts.isEmpty())
        return std::unexpected(
            GitError{operation, d->path, GIT_ECONFLICT, 0,
                     QStringLiteral("it would overwrite local changes to %1; commit, stash or "
                                    "discard them first")
                         .arg(conflicts.join(QStringLiteral(", ")))});
    if (rc < 0)
        return std::unexpected(lastError(rc, operation, d->path));
    if (int set = git_repository_set_head(repo, git_reference_name(branch.get())); set < 0)
        return std::unexpected(lastError(set, operation, d->path));
    return {};
}

GitResult<void> Repository::deleteBranch(const QString& name, bool force)
{
    git_repository* repo = d->repo.get();
    const QString operation = QStringLiteral("delete branch %1").arg(name);
    git_reference* raw = nullptr;
    if (int rc = git_branch_lookup(&raw, repo, name.toUtf8().constData(), GIT_BRANCH_LOCAL); rc < 0)
        return std::unexpected(lastError(rc, operation, d->path));
    ReferencePtr branch(raw);
    if (git_branch_is_head(branch.get()) == 1)
        return std::unexpected(GitError{operation, d->path, -1, 0,
                                        QStringLiteral("it is the current branch; switch to another first")});
    if (!force) {
        const git_oid* tip = git_reference_target(branch.get());
        git_oid head;
        bool merged = git_reference_name_to_id(&head, repo, "HEAD") == 0 &&
                      (git_oid_equal(&head, tip) || git_graph_descendant_of(repo, &head, tip) == 1);
        git_reference* rawUpstream = nullptr;
        if (!merged && git_branch_upstream(&rawUpstream, branch.get()) == 0) {
            ReferencePtr upstream(rawUpstream);
            const git_oid* u = git_reference_target(upstream.get());
            merged = u && (git_oid_equal(u, tip) || git_graph_descendant_of(repo, u, tip) == 1);
        }
        git_error_clear();
        if (!merged) {
            size_t ahead = 0;
            size_t behind = 0;
            git_graph_ahead_behind(&ahead, &behind, repo, tip, &head);
            GitError error{operation, d->path, -1, 0,
                           QStringLiteral("it is not merged: %1 commits exist only on it").arg(ahead)};
            error.reason = QStringLiteral("branch-not-merged");
            return std::unexpected(error);
        }
    }
    if (int rc = git_branch_delete(branch.get()); rc < 0)
        return std::unexpected(lastError(rc, operation, d->path));
    return {};
}

GitResult<QList<TagInfo>> Repository::tags() const
{
    git_repository* repo = d->repo.get();
    git_strarray names{};
    if (int rc = git_tag_list(&names, repo); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("list tags"), d->path));
    QList<TagInfo> list;
    for (size_t i = 0; i < names.count; ++i) {
        TagInfo t;
        t.name = QString::fromUtf8(names.strings[i]);
        git_object* raw = nullptr;
        const QByteArray ref = "refs/tags/" + QByteArray(names.strings[i]);
        if (git_revparse_single(&raw, repo, ref.constData()) < 0)
            continue;
        ObjectPtr object(raw);
        if (git_object_type(object.get()) == GIT_OBJECT_TAG) {
            auto* tag = reinterpret_cast<git_tag*>(object.get());
            t.annotated = true;
            t.message = QString::fromUtf8(git_tag_message(tag)).trimmed();
            if (const git_signature* tagger = git_tag_tagger(tag))
                t.date = QDateTime::fromSecsSinceEpoch(
                    tagger->when.time, QTimeZone::fromSecondsAheadOfUtc(tagger->when.offset * 60));
        }
        git_object* rawPeeled = nullptr;
        if (git_object_peel(&rawPeeled, object.get(), GIT_OBJECT_COMMIT) == 0) {
            ObjectPtr peeled(rawPeeled);
            t.target = oidToString(git_object_id(peeled.get()));
            if (!t.date.isValid())
                t.date = commitTime(reinterpret_cast<git_commit*>(peeled.get()));
        }
        list.append(std::move(t));
    }
    git_strarray_dispose(&names);
    git_error_clear();
    std::ranges::sort(list, [](const TagInfo& a, const TagInfo& b) { return a.date > b.date; });
    return list;
}

GitResult<void> Repository::deleteTag(const QString& name)
{
    if (int rc = git_tag_delete(d->repo.get(), name.toUtf8().constData()); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("delete tag %1").arg(name), d->path));
    return {};
}

GitResult<QString> Repository::amend(const QString& message, const Signature& committer)
{
    git_repository* repo = d->repo.get();
    auto head = lookupCommit(repo, QStringLiteral("HEAD"), d->path);
    if (!head)
        return std::unexpected(head.error());
    auto indexTree = writeIndexTree(repo, d->path);
    if (!indexTree)
        return std::unexpected(indexTree.error());
    TreePtr tree = std::move(*indexTree);
    git_signature* rawSig = nullptr;
    const QDateTime when = committer.when.isValid() ? committer.when : QDateTime::currentDateTime();
    if (int rc = git_signature_new(&rawSig, committer.name.toUtf8().constData(),
                                   committer.email.toUtf8().constData(), when.toSecsSinceEpoch(),
                                   when.offsetFromUtc() / 60);
        rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("create signature")));
    SignaturePtr signature(rawSig);
    git_oid id;
    if (int rc = git_commit_amend(&id, head->get(), "HEAD", nullptr, signature.get(), "UTF-8",
                                  message.toUtf8().constData(), tree.get());
        rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("amend commit"), d->path));
    return oidToString(&id);
}

} // namespace slipway::git
