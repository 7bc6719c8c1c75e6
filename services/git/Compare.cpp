// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/Compare.h"

#include "services/git/Repository.h"
#include "services/git/RepositoryPrivate.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

#include <git2.h>

namespace slipway::git {

using namespace detail;
using namespace Qt::StringLiterals;

namespace {

using DiffPtr = std::unique_ptr<git_diff, Deleter<git_diff, git_diff_free>>;
using PatchPtr = std::unique_ptr<git_patch, Deleter<git_patch, git_patch_free>>;

QString oidHex(const git_oid* id)
{
    char buffer[GIT_OID_MAX_HEXSIZE + 1] = {};
    git_oid_tostr(buffer, sizeof buffer, id);
    return QString::fromLatin1(buffer);
}

QString chopped(const char* text, size_t length)
{
    QString line = QString::fromUtf8(text, qsizetype(length));
    if (line.endsWith(u'\n'))
        line.chop(1); // a "\r" stays: staging a line must give back its bytes
    return line;
}

} // namespace

FileDiff detail::fileDiffFromPatch(git_patch* patch, const QString& path)
{
    FileDiff result;
    result.path = path;
    if (!patch)
        return result;
    result.binary = (git_patch_get_delta(patch)->flags & GIT_DIFF_FLAG_BINARY) != 0;
    for (size_t h = 0; h < git_patch_num_hunks(patch); ++h) {
        const git_diff_hunk* rawHunk = nullptr;
        size_t lineCount = 0;
        git_patch_get_hunk(&rawHunk, &lineCount, patch, h);
        DiffHunk hunk;
        hunk.header = chopped(rawHunk->header, rawHunk->header_len);
        for (size_t l = 0; l < lineCount; ++l) {
            const git_diff_line* raw = nullptr;
            git_patch_get_line_in_hunk(&raw, patch, h, l);
            if (raw->origin == GIT_DIFF_LINE_CONTEXT_EOFNL || raw->origin == GIT_DIFF_LINE_ADD_EOFNL ||
                raw->origin == GIT_DIFF_LINE_DEL_EOFNL) {
                if (!hunk.lines.isEmpty())
                    hunk.lines.last().noNewlineAtEnd = true;
                continue;
            }
            DiffLine line;
            line.origin = raw->origin == GIT_DIFF_LINE_ADDITION   ? '+'
                          : raw->origin == GIT_DIFF_LINE_DELETION ? '-'
                                                                  : ' ';
            line.text = chopped(raw->content, raw->content_len);
            line.oldLine = raw->old_lineno;
            line.newLine = raw->new_lineno;
            hunk.lines.append(std::move(line));
        }
        result.hunks.append(std::move(hunk));
    }
    return result;
}

namespace {

char statusLetter(git_delta_t status)
{
    switch (status) {
    case GIT_DELTA_ADDED:
    case GIT_DELTA_UNTRACKED:
        return 'A';
    case GIT_DELTA_DELETED:
        return 'D';
    case GIT_DELTA_RENAMED:
        return 'R';
    case GIT_DELTA_TYPECHANGE:
        return 'T';
    default:
        return 'M';
    }
}

// A revision's tree; an empty revision is the empty tree (what a root commit is compared with).
GitResult<TreePtr> treeOf(git_repository* repo, const QString& revision, const QString& path)
{
    if (revision.isEmpty())
        return TreePtr();
    git_object* raw = nullptr;
    const QByteArray spec = (revision + u"^{tree}"_s).toUtf8();
    if (int rc = git_revparse_single(&raw, repo, spec.constData()); rc < 0)
        return std::unexpected(lastError(rc, u"read %1"_s.arg(revision), path));
    return TreePtr(reinterpret_cast<git_tree*>(raw));
}

} // namespace

QString TreeSpec::label() const
{
    switch (kind) {
    case Kind::WorkTree:
        return QCoreApplication::translate("slipway::git", "working tree");
    case Kind::Index:
        return QCoreApplication::translate("slipway::git", "index");
    case Kind::Commit:
        break;
    }
    return revision;
}

FileDiff diffTexts(const QByteArray& oldText, const QByteArray& newText, const QString& path, int context)
{
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = uint32_t(std::max(context, 0));
    options.flags = GIT_DIFF_FORCE_TEXT;
    git_patch* raw = nullptr;
    const QByteArray name = path.toUtf8();
    if (git_patch_from_buffers(&raw, oldText.constData(), size_t(oldText.size()), name.constData(),
                               newText.constData(), size_t(newText.size()), name.constData(), &options) < 0) {
        git_error_clear();
        FileDiff empty;
        empty.path = path;
        return empty;
    }
    PatchPtr patch(raw);
    return fileDiffFromPatch(patch.get(), path);
}

GitResult<QList<ChangedFile>> Repository::changedFiles(const TreeSpec& from, const TreeSpec& to,
                                                       const QStringList& paths, bool lineCounts) const
{
    git_repository* repo = d->repo.get();
    std::vector<QByteArray> pathBytes;
    std::vector<char*> pathPointers;
    for (const QString& path : paths) {
        pathBytes.push_back(path.toUtf8());
        pathPointers.push_back(pathBytes.back().data());
    }
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.pathspec = {pathPointers.data(), pathPointers.size()};
    options.flags =
        GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS | GIT_DIFF_SHOW_UNTRACKED_CONTENT;
    // libgit2 compares trees to the index or the work tree, never the other way: swap and reverse.
    TreeSpec older = from;
    TreeSpec newer = to;
    const auto rank = [](const TreeSpec& s) {
        return s.kind == TreeSpec::Kind::Commit ? 0 : s.kind == TreeSpec::Kind::Index ? 1 : 2;
    };
    if (rank(older) > rank(newer)) {
        std::swap(older, newer);
        options.flags |= GIT_DIFF_REVERSE;
    }
    git_diff* rawDiff = nullptr;
    int rc = 0;
    TreePtr oldTree, newTree;
    if (older.kind == TreeSpec::Kind::Commit) {
        GitResult<TreePtr> tree = treeOf(repo, older.revision, d->path);
        if (!tree)
            return std::unexpected(tree.error());
        oldTree = std::move(*tree);
    }
    if (newer.kind == TreeSpec::Kind::Commit) {
        GitResult<TreePtr> tree = treeOf(repo, newer.revision, d->path);
        if (!tree)
            return std::unexpected(tree.error());
        newTree = std::move(*tree);
        rc = git_diff_tree_to_tree(&rawDiff, repo, oldTree.get(), newTree.get(), &options);
    } else if (newer.kind == TreeSpec::Kind::Index) {
        rc = git_diff_tree_to_index(&rawDiff, repo, oldTree.get(), nullptr, &options);
    } else if (older.kind == TreeSpec::Kind::Index) {
        rc = git_diff_index_to_workdir(&rawDiff, repo, nullptr, &options);
    } else if (older.kind == TreeSpec::Kind::WorkTree) {
        return QList<ChangedFile>{};
    } else {
        rc = git_diff_tree_to_workdir_with_index(&rawDiff, repo, oldTree.get(), &options);
    }
    if (rc < 0)
        return std::unexpected(lastError(rc, u"compare %1 with %2"_s.arg(from.label(), to.label()), d->path));
    DiffPtr diff(rawDiff);
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES | GIT_DIFF_FIND_FOR_UNTRACKED;
    git_diff_find_similar(diff.get(), &find);
    QList<ChangedFile> files;
    for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
        const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
        ChangedFile file;
        file.oldPath = QString::fromUtf8(delta->old_file.path);
        file.path = QString::fromUtf8(delta->new_file.path);
        file.status = statusLetter(delta->status);
        file.binary = (delta->flags & GIT_DIFF_FLAG_BINARY) != 0;
        if (lineCounts) {
            git_patch* rawPatch = nullptr;
            if (git_patch_from_diff(&rawPatch, diff.get(), i) == 0 && rawPatch) {
                PatchPtr patch(rawPatch);
                size_t context = 0, added = 0, removed = 0;
                git_patch_line_stats(&context, &added, &removed, rawPatch);
                file.added = int(added);
                file.removed = int(removed);
                file.binary =
                    file.binary || (git_patch_get_delta(rawPatch)->flags & GIT_DIFF_FLAG_BINARY) != 0;
            }
            git_error_clear();
        }
        files.append(std::move(file));
    }
    return files;
}

GitResult<std::optional<QByteArray>> Repository::fileContent(const TreeSpec& side, const QString& path) const
{
    git_repository* repo = d->repo.get();
    if (side.kind == TreeSpec::Kind::WorkTree) {
        QFile file(workdir() + path);
        if (!file.exists())
            return std::nullopt;
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(GitError{u"read"_s, file.fileName(), 0, 0, file.errorString()});
        return std::optional(file.readAll());
    }
    if (side.kind == TreeSpec::Kind::Index)
        return indexContent(path);
    GitResult<TreePtr> tree = treeOf(repo, side.revision, d->path);
    if (!tree)
        return std::unexpected(tree.error());
    if (!*tree)
        return std::nullopt;
    git_tree_entry* rawEntry = nullptr;
    if (git_tree_entry_bypath(&rawEntry, tree->get(), path.toUtf8().constData()) < 0) {
        git_error_clear();
        return std::nullopt;
    }
    std::unique_ptr<git_tree_entry, Deleter<git_tree_entry, git_tree_entry_free>> entry(rawEntry);
    git_blob* rawBlob = nullptr;
    if (int rc = git_blob_lookup(&rawBlob, repo, git_tree_entry_id(rawEntry)); rc < 0)
        return std::unexpected(lastError(rc, u"read %1 at %2"_s.arg(path, side.revision), d->path));
    std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>> blob(rawBlob);
    return std::optional(QByteArray(static_cast<const char*>(git_blob_rawcontent(rawBlob)),
                                    qsizetype(git_blob_rawsize(rawBlob))));
}

GitResult<QString> Repository::resolveCommit(const QString& revision) const
{
    git_object* raw = nullptr;
    const QByteArray spec = (revision + u"^{commit}"_s).toUtf8();
    if (int rc = git_revparse_single(&raw, d->repo.get(), spec.constData()); rc < 0)
        return std::unexpected(lastError(rc, u"find commit %1"_s.arg(revision), d->path));
    ObjectPtr object(raw);
    return oidHex(git_object_id(raw));
}

GitResult<CommitDetails> Repository::commitDetails(const QString& revision) const
{
    GitResult<QString> id = resolveCommit(revision);
    if (!id)
        return std::unexpected(id.error());
    git_oid oid;
    git_oid_fromstr(&oid, id->toLatin1().constData());
    git_commit* raw = nullptr;
    if (int rc = git_commit_lookup(&raw, d->repo.get(), &oid); rc < 0)
        return std::unexpected(lastError(rc, u"read commit %1"_s.arg(revision), d->path));
    CommitPtr commit(raw);
    CommitDetails details;
    details.info.id = *id;
    for (unsigned p = 0; p < git_commit_parentcount(raw); ++p)
        details.info.parents.append(oidHex(git_commit_parent_id(raw, p)));
    const git_signature* author = git_commit_author(raw);
    details.info.authorName = QString::fromUtf8(author->name);
    details.info.authorEmail = QString::fromUtf8(author->email);
    details.info.authorDate = QDateTime::fromSecsSinceEpoch(
        author->when.time, QTimeZone::fromSecondsAheadOfUtc(author->when.offset * 60));
    const git_signature* committer = git_commit_committer(raw);
    details.committerName = QString::fromUtf8(committer->name);
    details.committerEmail = QString::fromUtf8(committer->email);
    details.committerDate = QDateTime::fromSecsSinceEpoch(
        committer->when.time, QTimeZone::fromSecondsAheadOfUtc(committer->when.offset * 60));
    const char* summary = git_commit_summary(raw);
    details.info.summary = summary ? QString::fromUtf8(summary) : QString();
    details.message = QString::fromUtf8(git_commit_message(raw));
    if (details.info.parents.isEmpty()) {
        // A root commit: everything it adds.
        git_tree* rawTree = nullptr;
        git_commit_tree(&rawTree, raw);
        TreePtr tree(rawTree);
        git_diff* rawDiff = nullptr;
        git_diff_options options = GIT_DIFF_OPTIONS_INIT;
        if (int rc = git_diff_tree_to_tree(&rawDiff, d->repo.get(), nullptr, rawTree, &options); rc < 0)
            return std::unexpected(lastError(rc, u"read commit %1"_s.arg(revision), d->path));
        DiffPtr diff(rawDiff);
        for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
            const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
            ChangedFile file;
            file.path = file.oldPath = QString::fromUtf8(delta->new_file.path);
            file.status = 'A';
            git_patch* rawPatch = nullptr;
            if (git_patch_from_diff(&rawPatch, diff.get(), i) == 0 && rawPatch) {
                PatchPtr patch(rawPatch);
                size_t context = 0, added = 0, removed = 0;
                git_patch_line_stats(&context, &added, &removed, rawPatch);
                file.added = int(added);
                file.binary = (git_patch_get_delta(rawPatch)->flags & GIT_DIFF_FLAG_BINARY) != 0;
            }
            details.files.append(file);
        }
        return details;
    }
    GitResult<QList<ChangedFile>> files =
        changedFiles(TreeSpec::commit(details.info.parents.front()), TreeSpec::commit(*id), {}, true);
    if (!files)
        return std::unexpected(files.error());
    details.files = *files;
    return details;
}

} // namespace slipway::git
