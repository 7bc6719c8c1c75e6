// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Repository::status and StatusSource: the index and work tree as git status sees them — a large work tree
// in two halves at once.

#include "services/git/RepositoryPrivate.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>

namespace slipway::git {

using namespace detail;

namespace {

Change indexChange(unsigned flags)
{
    if (flags & GIT_STATUS_INDEX_NEW)
        return Change::Added;
    if (flags & GIT_STATUS_INDEX_DELETED)
        return Change::Deleted;
    if (flags & GIT_STATUS_INDEX_RENAMED)
        return Change::Renamed;
    if (flags & GIT_STATUS_INDEX_TYPECHANGE)
        return Change::TypeChanged;
    if (flags & GIT_STATUS_INDEX_MODIFIED)
        return Change::Modified;
    return Change::None;
}

Change workdirChange(unsigned flags)
{
    if (flags & GIT_STATUS_WT_NEW)
        return Change::Untracked;
    if (flags & GIT_STATUS_WT_DELETED)
        return Change::Deleted;
    if (flags & GIT_STATUS_WT_RENAMED)
        return Change::Renamed;
    if (flags & GIT_STATUS_WT_TYPECHANGE)
        return Change::TypeChanged;
    if (flags & GIT_STATUS_WT_MODIFIED)
        return Change::Modified;
    if (flags & GIT_STATUS_IGNORED)
        return Change::Ignored;
    return Change::None;
}

// A modified file with a clean filter whose raw bytes are exactly the index's blob differs only by what the
// filter would strip (outputs committed before the notebook filter was set up).
void markPhantoms(git_repository* repo, QList<StatusEntry>& entries)
{
    git_index* rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) < 0) {
        git_error_clear();
        return;
    }
    IndexPtr index(rawIndex);
    const QDir workdir(QFile::decodeName(git_repository_workdir(repo)));
    for (StatusEntry& e : entries) {
        if (e.unstaged != Change::Modified)
            continue;
        const QByteArray path = e.path.toUtf8();
        const char* filter = nullptr;
        if (git_attr_get(&filter, repo, 0, path.constData(), "filter") < 0 ||
            git_attr_value(filter) != GIT_ATTR_VALUE_STRING)
            continue;
        const git_index_entry* staged = git_index_get_bypath(index.get(), path.constData(), 0);
        git_oid raw;
        if (staged && git_odb_hashfile(&raw, QFile::encodeName(workdir.filePath(e.path)).constData(),
                                       GIT_OBJECT_BLOB) == 0)
            e.phantom = git_oid_equal(&raw, &staged->id) == 1;
    }
    git_error_clear();
}

} // namespace

struct StatusSource::Private
{
    std::mutex mutex;
    std::optional<Repository> repo;
};

StatusSource::StatusSource(QString root)
    : m_root(std::move(root))
    , d(std::make_unique<Private>())
{}

StatusSource::~StatusSource() = default;

std::expected<QList<StatusEntry>, QString> StatusSource::read(const StatusOptions& options)
{
    std::lock_guard lock(d->mutex);
    if (!d->repo) {
        auto opened = Repository::open(m_root);
        if (!opened)
            return std::unexpected(opened.error().toString());
        d->repo.emplace(std::move(*opened));
    }
    auto entries = d->repo->status(options);
    if (!entries)
        return std::unexpected(entries.error().toString());
    return std::move(*entries);
}

QString changeName(Change change)
{
    switch (change) {
    case Change::None:
        return {};
    case Change::Added:
        return QStringLiteral("added");
    case Change::Modified:
        return QStringLiteral("modified");
    case Change::Deleted:
        return QStringLiteral("deleted");
    case Change::Renamed:
        return QStringLiteral("renamed");
    case Change::TypeChanged:
        return QStringLiteral("type changed");
    case Change::Untracked:
        return QStringLiteral("untracked");
    case Change::Ignored:
        return QStringLiteral("ignored");
    case Change::Conflicted:
        return QStringLiteral("conflicted");
    }
    return {};
}

namespace {

git_status_options statusOptions(const StatusOptions& options, git_status_show_t show)
{
    git_status_options o = GIT_STATUS_OPTIONS_INIT;
    o.show = show;
    o.flags = GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    if (options.includeUntracked)
        o.flags |= GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
    if (options.includeIgnored)
        o.flags |= GIT_STATUS_OPT_INCLUDE_IGNORED | GIT_STATUS_OPT_RECURSE_IGNORED_DIRS;
    return o;
}

// The entries of one status list, appended to `entries`.
GitResult<void> readStatus(git_repository* repo, const git_status_options& o, const QString& where,
                           QList<StatusEntry>& entries)
{
    git_status_list* raw = nullptr;
    if (int rc = git_status_list_new(&raw, repo, &o); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("read the status"), where));
    StatusListPtr list(raw);
    const size_t count = git_status_list_entrycount(list.get());
    entries.reserve(entries.size() + qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry* e = git_status_byindex(list.get(), i);
        StatusEntry entry;
        const git_diff_delta* delta = e->head_to_index ? e->head_to_index : e->index_to_workdir;
        if (!delta)
            continue;
        entry.path = QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
        if (e->head_to_index && (e->status & GIT_STATUS_INDEX_RENAMED))
            entry.oldPath = QString::fromUtf8(e->head_to_index->old_file.path);
        if (e->index_to_workdir && e->index_to_workdir->new_file.path)
            entry.path = QString::fromUtf8(e->index_to_workdir->new_file.path);
        entry.staged = indexChange(e->status);
        entry.unstaged = workdirChange(e->status);
        entry.conflicted = (e->status & GIT_STATUS_CONFLICTED) != 0;
        if (entry.conflicted)
            entry.unstaged = Change::Conflicted;
        entries.append(std::move(entry));
    }
    return {};
}

// The work tree's top-level names (tracked, and on disk) in two groups of about as many tracked files.
std::pair<QList<QByteArray>, QList<QByteArray>> halves(git_index* index, const QString& workdir)
{
    std::map<QByteArray, size_t> tracked; // top-level name → tracked files below it
    const size_t count = git_index_entrycount(index);
    for (size_t i = 0; i < count; ++i) {
        const char* path = git_index_get_byindex(index, i)->path;
        const char* slash = std::strchr(path, '/');
        ++tracked[slash ? QByteArray(path, slash - path) : QByteArray(path)];
    }
    const QStringList onDisk =
        QDir(workdir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString& name : onDisk)
        if (name != u".git")
            tracked.try_emplace(QFile::encodeName(name), 0);
    std::pair<QList<QByteArray>, QList<QByteArray>> out;
    size_t first = 0;
    for (const auto& [name, files] : tracked) {
        if (first < count / 2) {
            out.first.append(name);
            first += files;
        } else {
            out.second.append(name);
        }
    }
    return out;
}

// The work tree's changes under `names` only (the index's are not read: INDEX_ONLY does that once).
GitResult<void> readWorkdirHalf(git_repository* repo, const StatusOptions& options,
                                const QList<QByteArray>& names, const QString& where,
                                QList<StatusEntry>& entries)
{
    git_status_options o = statusOptions(options, GIT_STATUS_SHOW_WORKDIR_ONLY);
    o.flags |= GIT_STATUS_OPT_DISABLE_PATHSPEC_MATCH;
    std::vector<char*> pointers;
    for (const QByteArray& name : names)
        pointers.push_back(const_cast<char*>(name.constData()));
    o.pathspec = {pointers.data(), pointers.size()};
    return readStatus(repo, o, where, entries);
}

// The staged changes and the two halves' work-tree changes as one entry a path.
QList<StatusEntry> merged(QList<StatusEntry> staged, const QList<StatusEntry>& workdir)
{
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < staged.size(); ++i)
        at.insert(staged[i].path, i);
    for (const StatusEntry& change : workdir) {
        const auto found = at.constFind(change.path);
        if (found == at.cend()) {
            staged.append(change);
            continue;
        }
        StatusEntry& entry = staged[*found];
        entry.conflicted = entry.conflicted || change.conflicted;
        entry.unstaged = entry.conflicted ? Change::Conflicted : change.unstaged;
    }
    return staged;
}

} // namespace

GitResult<QList<StatusEntry>> Repository::status(const StatusOptions& options) const
{
    QList<StatusEntry> entries;
    git_index* rawIndex = nullptr;
    const size_t tracked =
        git_repository_index(&rawIndex, d->repo.get()) == 0 ? git_index_entrycount(rawIndex) : 0;
    IndexPtr index(rawIndex);
    git_repository* second = nullptr;
    if (tracked < options.parallelFrom || tracked == 0 ||
        git_repository_open_ext(&second, QFile::encodeName(d->path).constData(), 0, nullptr) < 0) {
        // One pass over the index and the work tree.
        git_error_clear();
        if (auto read = readStatus(d->repo.get(), statusOptions(options, GIT_STATUS_SHOW_INDEX_AND_WORKDIR),
                                   d->path, entries);
            !read)
            return std::unexpected(read.error());
    } else {
        // A large work tree: git stats it from several threads (core.preloadIndex), and so do we — its
        // two halves at once, each with a repository of its own (libgit2's objects are not shared between
        // threads), while this thread also reads what is staged.
        RepositoryPtr other(second);
        const auto [mine, theirs] = halves(index.get(), workdir());
        QList<StatusEntry> theirEntries;
        GitResult<void> theirResult;
        std::thread helper([&, names = theirs] {
            theirResult = readWorkdirHalf(other.get(), options, names, d->path, theirEntries);
        });
        QList<StatusEntry> staged;
        QList<StatusEntry> changed;
        auto read =
            readStatus(d->repo.get(), statusOptions(options, GIT_STATUS_SHOW_INDEX_ONLY), d->path, staged);
        if (read)
            read = readWorkdirHalf(d->repo.get(), options, mine, d->path, changed);
        helper.join();
        if (!read)
            return std::unexpected(read.error());
        if (!theirResult)
            return std::unexpected(theirResult.error());
        changed += theirEntries;
        entries = merged(std::move(staged), changed);
    }
    markPhantoms(d->repo.get(), entries);
    std::ranges::sort(entries, [](const StatusEntry& a, const StatusEntry& b) { return a.path < b.path; });
    return entries;
}

} // namespace slipway::git
