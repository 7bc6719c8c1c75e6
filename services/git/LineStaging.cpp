// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Repository::diffFile, stageLines and unstageLines: partial staging, a line at a time.

#include "services/git/RepositoryPrivate.h"

#include <QSet>

namespace slipway::git {

using namespace detail;

namespace {

using PatchPtr = std::unique_ptr<git_patch, Deleter<git_patch, git_patch_free>>;
using DiffPtr = std::unique_ptr<git_diff, Deleter<git_diff, git_diff_free>>;
using BlobPtr = std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>>;

// Rebuilds a file from `base` (the diff's old side) with the changes `apply` accepts: a removed line it
// accepts is dropped, an added line it accepts is inserted; the others stay as in `base`.
QByteArray applyLines(const QByteArray& base, const FileDiff& diff, const std::function<bool(LineRef)>& apply)
{
    QList<QByteArray> oldLines = base.split('\n');
    const bool baseEndsWithNewline = base.isEmpty() || base.endsWith('\n');
    if (base.endsWith('\n') || base.isEmpty())
        oldLines.removeLast();
    struct Out
    {
        QByteArray bytes;
        bool noNewline = false;
    };
    QList<Out> out;
    const auto copyOld = [&](int line) {
        out.append({oldLines.value(line - 1), line == oldLines.size() && !baseEndsWithNewline});
    };
    int next = 1; // the next old line to copy
    for (int h = 0; h < diff.hunks.size(); ++h) {
        const DiffHunk& hunk = diff.hunks[h];
        for (const DiffLine& l : hunk.lines) {
            if (l.oldLine > 0) {
                while (next < l.oldLine)
                    copyOld(next++);
                break;
            }
        }
        for (int i = 0; i < hunk.lines.size(); ++i) {
            const DiffLine& l = hunk.lines[i];
            const bool take = apply({h, i});
            if (l.origin == ' ' || (l.origin == '-' && !take))
                out.append({oldLines.value(l.oldLine - 1), l.noNewlineAtEnd});
            else if (l.origin == '+' && take)
                out.append({l.text.toUtf8(), l.noNewlineAtEnd});
            if (l.oldLine > 0)
                next = l.oldLine + 1;
        }
    }
    while (next <= oldLines.size())
        copyOld(next++);
    QByteArray result;
    for (const Out& line : std::as_const(out)) {
        result += line.bytes;
        if (!line.noNewline)
            result += '\n';
    }
    return result;
}

GitResult<QByteArray> blobBytes(git_repository* repo, const git_oid& id, const QString& path)
{
    git_blob* raw = nullptr;
    if (int rc = git_blob_lookup(&raw, repo, &id); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("read %1").arg(path)));
    BlobPtr blob(raw);
    return QByteArray(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                      qsizetype(git_blob_rawsize(blob.get())));
}

} // namespace

QString FileDiff::patchText() const
{
    QString text = (staged ? QStringLiteral("--- HEAD/") : QStringLiteral("--- index/")) + path + u'\n' +
                   (staged ? QStringLiteral("+++ index/") : QStringLiteral("+++ work tree/")) + path + u'\n';
    if (binary)
        return text + QStringLiteral("Binary file differs\n");
    for (const DiffHunk& hunk : hunks) {
        text += hunk.header + u'\n';
        for (const DiffLine& line : hunk.lines)
            text += QChar(QLatin1Char(line.origin)) + line.text + u'\n';
    }
    return text;
}

GitResult<FileDiff> Repository::diffFile(const QString& path, bool staged) const
{
    git_repository* repo = d->repo.get();
    const QByteArray utf8 = path.toUtf8();
    char* paths[] = {const_cast<char*>(utf8.constData())};
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.pathspec = {paths, 1};
    options.flags =
        GIT_DIFF_DISABLE_PATHSPEC_MATCH | GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_SHOW_UNTRACKED_CONTENT;
    git_diff* rawDiff = nullptr;
    int rc = 0;
    if (staged) {
        git_object* rawHead = nullptr;
        git_tree* tree = nullptr;
        ObjectPtr head;
        if (git_revparse_single(&rawHead, repo, "HEAD^{tree}") == 0) {
            head.reset(rawHead);
            tree = reinterpret_cast<git_tree*>(head.get());
        }
        git_error_clear();
        rc = git_diff_tree_to_index(&rawDiff, repo, tree, nullptr, &options);
    } else {
        rc = git_diff_index_to_workdir(&rawDiff, repo, nullptr, &options);
    }
    if (rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("diff %1").arg(path), d->path));
    DiffPtr diff(rawDiff);
    FileDiff result;
    result.path = path;
    result.staged = staged;
    if (git_diff_num_deltas(diff.get()) == 0)
        return result;
    git_patch* rawPatch = nullptr;
    if (rc = git_patch_from_diff(&rawPatch, diff.get(), 0); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("diff %1").arg(path), d->path));
    PatchPtr patch(rawPatch);
    if (!patch) {
        result.binary = true;
        return result;
    }
    FileDiff fromPatch = fileDiffFromPatch(patch.get(), path);
    fromPatch.staged = staged;
    return fromPatch;
}

GitResult<std::optional<QByteArray>> Repository::indexContent(const QString& path) const
{
    git_repository* repo = d->repo.get();
    git_index* rawIndex = nullptr;
    if (int rc = git_repository_index(&rawIndex, repo); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("read index"), d->path));
    IndexPtr index(rawIndex);
    const git_index_entry* entry = git_index_get_bypath(index.get(), path.toUtf8().constData(), 0);
    if (!entry)
        return std::nullopt;
    auto bytes = blobBytes(repo, entry->id, path);
    if (!bytes)
        return std::unexpected(bytes.error());
    return std::optional(*bytes);
}

GitResult<void> Repository::setIndexContent(const QString& path, const QByteArray& bytes)
{
    git_repository* repo = d->repo.get();
    auto transaction = IndexTransaction::begin(repo, d->path);
    if (!transaction)
        return std::unexpected(transaction.error());
    git_index* index = transaction->index();
    const QByteArray utf8 = path.toUtf8();
    git_index_entry entry{};
    if (const git_index_entry* existing = git_index_get_bypath(index, utf8.constData(), 0))
        entry = *existing;
    else
        entry.mode = GIT_FILEMODE_BLOB;
    entry.path = utf8.constData();
    if (int rc = git_blob_create_from_buffer(&entry.id, repo, bytes.constData(), size_t(bytes.size()));
        rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("stage %1").arg(path), d->path));
    entry.file_size = uint32_t(bytes.size());
    entry.mtime = {};
    entry.ctime = {};
    if (int rc = git_index_add(index, &entry); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("stage %1").arg(path), d->path));
    return transaction->commit();
}

namespace {

QSet<QPair<int, int>> lineSet(const QList<LineRef>& selection)
{
    QSet<QPair<int, int>> set;
    for (const LineRef& r : selection)
        set.insert({r.hunk, r.line});
    return set;
}

} // namespace

GitResult<void> Repository::stageLines(const QString& path, const QList<LineRef>& selection)
{
    auto diff = diffFile(path, false);
    if (!diff)
        return std::unexpected(diff.error());
    if (diff->binary)
        return std::unexpected(GitError{QStringLiteral("stage lines of %1").arg(path), d->path, -1, 0,
                                        QStringLiteral("a binary file is staged whole")});
    auto staged = indexContent(path); // a new file: its chosen lines become its first content
    if (!staged)
        return std::unexpected(staged.error());
    const QSet<QPair<int, int>> chosen = lineSet(selection);
    return setIndexContent(path, applyLines(staged->value_or(QByteArray()), *diff, [&chosen](LineRef r) {
                               return chosen.contains({r.hunk, r.line});
                           }));
}

GitResult<void> Repository::unstageLines(const QString& path, const QList<LineRef>& selection)
{
    git_repository* repo = d->repo.get();
    auto diff = diffFile(path, true);
    if (!diff)
        return std::unexpected(diff.error());
    auto staged = indexContent(path);
    if (!staged)
        return std::unexpected(staged.error());
    if (!*staged)
        return std::unexpected(GitError{QStringLiteral("unstage lines of %1").arg(path), d->path, -1, 0,
                                        QStringLiteral("the file is not staged")});
    // HEAD's version with every staged change except the chosen ones.
    QByteArray base;
    git_object* rawBlob = nullptr;
    const QByteArray spec = "HEAD:" + path.toUtf8();
    if (git_revparse_single(&rawBlob, repo, spec.constData()) == 0) {
        ObjectPtr blob(rawBlob);
        if (auto bytes = blobBytes(repo, *git_object_id(blob.get()), path))
            base = *bytes;
    }
    git_error_clear();
    const QSet<QPair<int, int>> chosen = lineSet(selection);
    return setIndexContent(
        path, applyLines(base, *diff, [&chosen](LineRef r) { return !chosen.contains({r.hunk, r.line}); }));
}

} // namespace slipway::git
