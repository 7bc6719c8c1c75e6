// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Repository's index and work-tree operations: stage, unstage, discard (with a backup) and restore (the
// status is read in StatusRead.cpp).

#include "services/core/SafeWrite.h"
#include "services/git/RepositoryPrivate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <mutex>

namespace slipway::git {

using namespace detail;

namespace {

constexpr const char* backupRef = "refs/slipway/discarded";

struct PathList
{
    explicit PathList(const QStringList& paths)
    {
        for (const QString& p : paths)
            bytes.append(p.toUtf8());
        for (QByteArray& b : bytes)
            pointers.push_back(b.data());
        array.strings = pointers.data();
        array.count = pointers.size();
    }
    QList<QByteArray> bytes;
    std::vector<char*> pointers;
    git_strarray array{};
};

GitResult<IndexPtr> openIndex(git_repository* repo, const QString& path)
{
    git_index* raw = nullptr;
    if (int rc = git_repository_index(&raw, repo); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("read index"), path));
    return IndexPtr(raw);
}

} // namespace

GitResult<void> Repository::stage(const QStringList& paths)
{
    auto index = IndexTransaction::begin(d->repo.get(), d->path);
    if (!index)
        return std::unexpected(index.error());
    const QDir workdir(this->workdir());
    for (const QString& path : paths) {
        const QByteArray utf8 = path.toUtf8();
        const QFileInfo file(workdir.filePath(path));
        int rc = 0;
        if (file.exists() || file.isSymLink())
            rc = git_index_add_bypath(index->index(), utf8.constData());
        else
            rc = git_index_remove_bypath(index->index(), utf8.constData());
        if (rc < 0)
            return std::unexpected(lastError(rc, QStringLiteral("stage %1").arg(path), d->path));
    }
    return index->commit();
}

GitResult<void> Repository::unstage(const QStringList& paths)
{
    git_repository* repo = d->repo.get();
    PathList list(paths);
    if (git_repository_head_unborn(repo) == 1) {
        auto index = openIndex(repo, d->path);
        if (!index)
            return std::unexpected(index.error());
        for (const QString& path : paths)
            git_index_remove_bypath(index->get(), path.toUtf8().constData());
        if (int rc = git_index_write(index->get()); rc < 0)
            return std::unexpected(lastError(rc, QStringLiteral("write index"), d->path));
        return {};
    }
    git_object* raw = nullptr;
    if (int rc = git_revparse_single(&raw, repo, "HEAD^{commit}"); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("read HEAD"), d->path));
    ObjectPtr head(raw);
    if (int rc = git_reset_default(repo, head.get(), &list.array); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("unstage"), d->path));
    return {};
}

GitResult<QString> Repository::backUp(const QStringList& paths, const QString& summary)
{
    git_repository* repo = d->repo.get();
    const QDir workdir(this->workdir());
    git_index* rawIndex = nullptr;
    if (int rc = git_index_new(&rawIndex); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("back up discarded files"), d->path));
    IndexPtr backup(rawIndex);
    QStringList saved;
    for (const QString& path : paths) {
        QFile file(workdir.filePath(path));
        if (!file.exists())
            continue; // a deleted file: the index still has it
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(
                GitError{QStringLiteral("back up %1").arg(path), d->path, -1, 0, file.errorString()});
        const QByteArray bytes = file.readAll();
        git_index_entry entry{};
        entry.mode = QFileInfo(file).isExecutable() ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB;
        const QByteArray utf8 = path.toUtf8();
        entry.path = utf8.constData();
        if (int rc = git_blob_create_from_buffer(&entry.id, repo, bytes.constData(), size_t(bytes.size()));
            rc < 0)
            return std::unexpected(lastError(rc, QStringLiteral("back up %1").arg(path), d->path));
        if (int rc = git_index_add(backup.get(), &entry); rc < 0)
            return std::unexpected(lastError(rc, QStringLiteral("back up %1").arg(path), d->path));
        saved.append(path);
    }
    git_oid treeId;
    if (int rc = git_index_write_tree_to(&treeId, backup.get(), repo); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("back up discarded files"), d->path));
    git_tree* rawTree = nullptr;
    if (int rc = git_tree_lookup(&rawTree, repo, &treeId); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("back up discarded files"), d->path));
    TreePtr tree(rawTree);
    CommitPtr previous;
    git_oid previousId;
    if (git_reference_name_to_id(&previousId, repo, backupRef) == 0) {
        git_commit* raw = nullptr;
        if (git_commit_lookup(&raw, repo, &previousId) == 0)
            previous.reset(raw);
    }
    git_error_clear();
    git_signature* rawSig = nullptr;
    if (int rc = git_signature_now(&rawSig, "Slipway", "slipway@localhost"); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("back up discarded files"), d->path));
    SignaturePtr signature(rawSig);
    const QByteArray message = QString(summary + u'\n').toUtf8();
    const git_commit* parents[] = {previous.get()};
    git_oid backupId;
    if (int rc = git_commit_create(&backupId, repo, backupRef, signature.get(), signature.get(), "UTF-8",
                                   message.constData(), tree.get(), previous ? 1 : 0, parents);
        rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("back up discarded files"), d->path));

    return oidToString(&backupId);
}

GitResult<QString> Repository::discard(const QStringList& paths)
{
    git_repository* repo = d->repo.get();
    const QDir workdir(this->workdir());

    // 1. The backup: every path's work-tree bytes (as they are, unfiltered) in a tree, committed on top of
    //    the previous backup.
    const GitResult<QString> backupId =
        backUp(paths, QStringLiteral("Discarded ") + paths.join(QStringLiteral(", ")));
    if (!backupId)
        return backupId;

    // 2. Only now the work tree: tracked paths back to the index's content, untracked ones removed.
    auto index = openIndex(repo, d->path);
    if (!index)
        return std::unexpected(index.error());
    QStringList tracked;
    for (const QString& path : paths) {
        if (git_index_get_bypath(index->get(), path.toUtf8().constData(), 0))
            tracked.append(path);
        else if (!QFile::remove(workdir.filePath(path)) && QFileInfo::exists(workdir.filePath(path)))
            return std::unexpected(GitError{QStringLiteral("discard %1").arg(path), d->path, -1, 0,
                                            QStringLiteral("cannot delete the file")});
    }
    if (!tracked.isEmpty()) {
        PathList list(tracked);
        git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
        checkout.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH;
        checkout.paths = list.array;
        if (int rc = git_checkout_index(repo, index->get(), &checkout); rc < 0)
            return std::unexpected(lastError(rc, QStringLiteral("discard"), d->path));
    }
    return backupId;
}

GitResult<QList<DiscardBackup>> Repository::discardBackups() const
{
    git_repository* repo = d->repo.get();
    QList<DiscardBackup> backups;
    git_oid id;
    if (git_reference_name_to_id(&id, repo, backupRef) < 0) {
        git_error_clear();
        return backups;
    }
    while (true) {
        git_commit* raw = nullptr;
        if (git_commit_lookup(&raw, repo, &id) < 0)
            break;
        CommitPtr commit(raw);
        DiscardBackup b;
        b.id = oidToString(&id);
        b.when = QDateTime::fromSecsSinceEpoch(git_commit_time(commit.get()));
        git_tree* rawTree = nullptr;
        if (git_commit_tree(&rawTree, commit.get()) == 0) {
            TreePtr tree(rawTree);
            git_tree_walk(
                tree.get(), GIT_TREEWALK_PRE,
                [](const char* root, const git_tree_entry* entry, void* payload) {
                    if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB)
                        static_cast<QStringList*>(payload)->append(
                            QString::fromUtf8(root) + QString::fromUtf8(git_tree_entry_name(entry)));
                    return 0;
                },
                &b.paths);
        }
        backups.append(std::move(b));
        if (git_commit_parentcount(commit.get()) == 0)
            break;
        id = *git_commit_parent_id(commit.get(), 0);
    }
    git_error_clear();
    return backups;
}

bool Repository::isSafeWorkTreePath(const QString& path)
{
    if (path.isEmpty() || path.contains(u'\\') || path.contains(QChar(0)))
        return false;
    const QStringList parts = path.split(u'/');
    return std::ranges::none_of(parts, [](const QString& part) {
        return part.isEmpty() || part == u"." || part == u".." ||
               part.compare(u".git", Qt::CaseInsensitive) == 0;
    });
}

GitResult<QStringList> Repository::restoreDiscarded(const QString& backupId)
{
    const QString operation = QStringLiteral("restore discarded files");
    git_repository* repo = d->repo.get();
    git_oid id;
    if (int rc = git_oid_fromstr(&id, backupId.toLatin1().constData()); rc < 0)
        return std::unexpected(lastError(rc, operation, d->path));
    git_commit* rawCommit = nullptr;
    if (int rc = git_commit_lookup(&rawCommit, repo, &id); rc < 0)
        return std::unexpected(lastError(rc, operation, d->path));
    CommitPtr commit(rawCommit);
    git_tree* rawTree = nullptr;
    if (int rc = git_commit_tree(&rawTree, commit.get()); rc < 0)
        return std::unexpected(lastError(rc, operation, d->path));
    TreePtr tree(rawTree);
    struct Walk
    {
        std::vector<std::pair<QString, git_oid>> files;
    } walk;
    git_tree_walk(
        tree.get(), GIT_TREEWALK_PRE,
        [](const char* root, const git_tree_entry* entry, void* payload) {
            if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB)
                static_cast<Walk*>(payload)->files.emplace_back(
                    QString::fromUtf8(root) + QString::fromUtf8(git_tree_entry_name(entry)),
                    *git_tree_entry_id(entry));
            return 0;
        },
        &walk);

    // Paths as `git checkout` accepts them, and the current edits they would overwrite backed up first.
    const QDir workdir(this->workdir());
    auto index = openIndex(repo, d->path);
    if (!index)
        return std::unexpected(index.error());
    QStringList replaced;
    for (const auto& [path, blobId] : walk.files) {
        if (!isSafeWorkTreePath(path))
            return std::unexpected(GitError{operation, d->path, -1, 0,
                                            QStringLiteral("refused: the backup holds the path \"%1\", which "
                                                           "git would not check out")
                                                .arg(path)});
        QFile current(workdir.filePath(path));
        git_oid currentId;
        if (current.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = current.readAll();
            const git_index_entry* staged = git_index_get_bypath(index->get(), path.toUtf8().constData(), 0);
            // Edits: bytes that are neither the backup's nor the index's (those are safe in git already).
            if (git_odb_hash(&currentId, bytes.constData(), size_t(bytes.size()), GIT_OBJECT_BLOB) != 0 ||
                (!git_oid_equal(&currentId, &blobId) && !(staged && git_oid_equal(&currentId, &staged->id))))
                replaced.append(path);
        }
    }
    if (!replaced.isEmpty())
        if (auto saved = backUp(replaced, QStringLiteral("Replaced by restoring %1").arg(backupId.left(12)));
            !saved)
            return std::unexpected(saved.error());

    QStringList restored;
    for (const auto& [path, blobId] : walk.files) {
        git_blob* raw = nullptr;
        if (int rc = git_blob_lookup(&raw, repo, &blobId); rc < 0)
            return std::unexpected(lastError(rc, operation, d->path));
        std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>> blob(raw);
        const QByteArrayView bytes(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                                   qsizetype(git_blob_rawsize(blob.get())));
        if (auto written = writeFileSafely(workdir.filePath(path), bytes, operation, workdir.path());
            !written)
            return std::unexpected(GitError{operation, d->path, -1, 0, written.error().toString()});
        restored.append(path);
    }
    return restored;
}

} // namespace slipway::git
