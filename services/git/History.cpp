// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/History.h"

#include "services/git/Handles.h"

#include <QHash>
#include <QTimeZone>
#include <queue>

#include <algorithm>
#include <git2.h>
#include <optional>
#include <unordered_set>
#include <vector>

namespace slipway::git {

using namespace detail;
using namespace Qt::StringLiterals;

namespace {

using RevwalkPtr = std::unique_ptr<git_revwalk, Deleter<git_revwalk, git_revwalk_free>>;

QString oidHex(const git_oid* id)
{
    char buffer[GIT_OID_MAX_HEXSIZE + 1] = {};
    git_oid_tostr(buffer, sizeof buffer, id);
    return QString::fromLatin1(buffer);
}

QDateTime timeOf(const git_time& time)
{
    return QDateTime::fromSecsSinceEpoch(time.time, QTimeZone::fromSecondsAheadOfUtc(time.offset * 60));
}

// Lanes of the graph: each holds the commit it waits for.
class Lanes
{
public:
    GraphRow place(const git_oid& id, const std::vector<git_oid>& parents)
    {
        GraphRow row;
        for (size_t i = 0; i < m_lanes.size(); ++i) {
            if (!m_lanes[i])
                continue;
            if (git_oid_equal(&*m_lanes[i], &id))
                row.incoming.append(int(i));
            else
                row.through.append(int(i));
        }
        row.lane = row.incoming.isEmpty() ? freeLane() : row.incoming.front();
        for (int lane : std::as_const(row.incoming))
            m_lanes[size_t(lane)].reset();
        if (size_t(row.lane) >= m_lanes.size())
            m_lanes.resize(size_t(row.lane) + 1);
        for (size_t p = 0; p < parents.size(); ++p) {
            if (p == 0) {
                m_lanes[size_t(row.lane)] = parents[0];
                row.outgoing.append(row.lane);
                continue;
            }
            int lane = -1;
            for (size_t i = 0; i < m_lanes.size(); ++i)
                if (m_lanes[i] && git_oid_equal(&*m_lanes[i], &parents[p]))
                    lane = int(i);
            if (lane < 0) {
                lane = freeLane();
                if (size_t(lane) >= m_lanes.size())
                    m_lanes.resize(size_t(lane) + 1);
                m_lanes[size_t(lane)] = parents[p];
            }
            row.outgoing.append(lane);
        }
        int width = row.lane + 1;
        for (int lane : std::as_const(row.through))
            width = std::max(width, lane + 1);
        for (int lane : std::as_const(row.outgoing))
            width = std::max(width, lane + 1);
        for (int lane : std::as_const(row.incoming))
            width = std::max(width, lane + 1);
        row.width = width;
        while (!m_lanes.empty() && !m_lanes.back())
            m_lanes.pop_back();
        return row;
    }

private:
    std::vector<std::optional<git_oid>> m_lanes;

    int freeLane() const
    {
        for (size_t i = 0; i < m_lanes.size(); ++i)
            if (!m_lanes[i])
                return int(i);
        return int(m_lanes.size());
    }
};

// The id of the tree entry at `path` in `tree` (a file's blob or a folder's tree); nullopt when absent.
std::optional<git_oid> entryId(git_tree* tree, const QByteArray& path)
{
    if (!tree)
        return std::nullopt;
    git_tree_entry* raw = nullptr;
    if (git_tree_entry_bypath(&raw, tree, path.constData()) < 0) {
        git_error_clear();
        return std::nullopt;
    }
    const git_oid id = *git_tree_entry_id(raw);
    git_tree_entry_free(raw);
    return id;
}

bool sameEntry(const std::optional<git_oid>& a, const std::optional<git_oid>& b)
{
    return a.has_value() == b.has_value() && (!a || git_oid_equal(&*a, &*b));
}

} // namespace

struct LogWalker::Private
{
    RepositoryPtr repo;
    RevwalkPtr walk;
    LogQuery query;
    QList<QByteArray> paths;
    QHash<QByteArray, QList<RefBadge>> refs; // raw oid bytes → badges
    Lanes lanes;
    bool done = false;

    // With paths, the walk is Slipway's own, simplified as git log's default: a merge that is the same as
    // one parent at the paths is followed through that parent only.
    bool simplify = false;
    struct Queued
    {
        qint64 time;
        git_oid id;
        bool operator<(const Queued& other) const { return time < other.time; }
    };
    std::priority_queue<Queued> queue;
    std::unordered_set<std::string> seen;

    void enqueue(const git_oid& id)
    {
        if (!seen.insert(std::string(reinterpret_cast<const char*>(id.id), GIT_OID_RAWSZ)).second)
            return;
        git_commit* raw = nullptr;
        if (git_commit_lookup(&raw, repo.get(), &id) < 0) {
            git_error_clear();
            return;
        }
        queue.push({git_commit_time(raw), id});
        git_commit_free(raw);
    }

    // The next commit of the simplified walk and whether it is shown.
    int nextSimplified(git_oid* id, bool* shown)
    {
        if (queue.empty())
            return GIT_ITEROVER;
        *id = queue.top().id;
        queue.pop();
        git_commit* raw = nullptr;
        if (int rc = git_commit_lookup(&raw, repo.get(), id); rc < 0)
            return rc;
        CommitPtr commit(raw);
        const unsigned count = git_commit_parentcount(raw);
        git_tree* rawTree = nullptr;
        git_commit_tree(&rawTree, raw);
        TreePtr tree(rawTree);
        std::vector<bool> same(count, true);
        for (unsigned p = 0; p < count; ++p) {
            git_commit* rawParent = nullptr;
            git_tree* rawParentTree = nullptr;
            if (git_commit_parent(&rawParent, raw, p) < 0 || git_commit_tree(&rawParentTree, rawParent) < 0) {
                git_error_clear();
                if (rawParent)
                    git_commit_free(rawParent);
                same[p] = false;
                continue;
            }
            CommitPtr parent(rawParent);
            TreePtr parentTree(rawParentTree);
            for (const QByteArray& path : std::as_const(paths))
                same[p] = same[p] && sameEntry(entryId(tree.get(), path), entryId(parentTree.get(), path));
        }
        const auto firstSame = std::ranges::find(same, true);
        if (count > 1 && firstSame != same.end()) {
            enqueue(*git_commit_parent_id(raw, unsigned(firstSame - same.begin())));
            *shown = false;
            return 0;
        }
        for (unsigned p = 0; p < count; ++p)
            enqueue(*git_commit_parent_id(raw, p));
        if (count == 0) {
            *shown = false;
            for (const QByteArray& path : std::as_const(paths))
                *shown = *shown || entryId(tree.get(), path).has_value();
        } else {
            *shown = !same[0] || count > 1;
        }
        return 0;
    }

    void readRefs()
    {
        QString currentBranch;
        git_reference* head = nullptr;
        if (git_repository_head(&head, repo.get()) == 0) {
            ReferencePtr owner(head);
            if (git_reference_is_branch(head))
                currentBranch = QString::fromUtf8(git_reference_shorthand(head));
            else if (const git_oid* target = git_reference_target(head))
                refs[QByteArray(reinterpret_cast<const char*>(target->id), GIT_OID_RAWSZ)].append(
                    {RefBadge::Kind::Head, u"HEAD"_s, true});
        }
        git_error_clear();
        git_reference_iterator* rawIterator = nullptr;
        if (git_reference_iterator_new(&rawIterator, repo.get()) < 0)
            return;
        git_reference* ref = nullptr;
        while (git_reference_next(&ref, rawIterator) == 0) {
            ReferencePtr owner(ref);
            const QString name = QString::fromUtf8(git_reference_name(ref));
            RefBadge badge;
            if (name.startsWith(u"refs/heads/")) {
                badge.kind = RefBadge::Kind::Branch;
                badge.name = name.mid(11);
                badge.current = badge.name == currentBranch;
            } else if (name.startsWith(u"refs/remotes/")) {
                badge.kind = RefBadge::Kind::Remote;
                badge.name = name.mid(13);
                if (badge.name.endsWith(u"/HEAD"))
                    continue;
            } else if (name.startsWith(u"refs/tags/")) {
                badge.kind = RefBadge::Kind::Tag;
                badge.name = name.mid(10);
            } else {
                continue;
            }
            git_object* peeled = nullptr;
            if (git_reference_peel(&peeled, ref, GIT_OBJECT_COMMIT) < 0) {
                git_error_clear();
                continue;
            }
            ObjectPtr object(peeled);
            const git_oid* id = git_object_id(peeled);
            refs[QByteArray(reinterpret_cast<const char*>(id->id), GIT_OID_RAWSZ)].append(badge);
        }
        git_reference_iterator_free(rawIterator);
        for (QList<RefBadge>& badges : refs)
            std::ranges::stable_sort(badges, {}, [](const RefBadge& b) { return !b.current; });
    }

    bool touchesPaths(git_commit* commit)
    {
        git_tree* rawTree = nullptr;
        if (git_commit_tree(&rawTree, commit) < 0)
            return false;
        TreePtr tree(rawTree);
        const unsigned parentCount = git_commit_parentcount(commit);
        std::vector<TreePtr> parentTrees;
        for (unsigned p = 0; p < parentCount; ++p) {
            git_commit* rawParent = nullptr;
            git_tree* rawParentTree = nullptr;
            if (git_commit_parent(&rawParent, commit, p) == 0) {
                CommitPtr parent(rawParent);
                if (git_commit_tree(&rawParentTree, rawParent) == 0)
                    parentTrees.emplace_back(rawParentTree);
            }
        }
        git_error_clear();
        for (const QByteArray& path : std::as_const(paths)) {
            const std::optional<git_oid> here = entryId(tree.get(), path);
            if (parentTrees.empty()) {
                if (here)
                    return true;
                continue;
            }
            // As git log's default simplification: a commit the same as any parent at this path is skipped.
            bool sameAsSomeParent = false;
            for (const TreePtr& parentTree : parentTrees)
                sameAsSomeParent = sameAsSomeParent || sameEntry(here, entryId(parentTree.get(), path));
            if (!sameAsSomeParent)
                return true;
        }
        return false;
    }

    bool matchesText(const CommitInfo& info, git_commit* commit) const
    {
        const QString& text = query.text;
        if (info.id.startsWith(text, Qt::CaseInsensitive) ||
            info.authorName.contains(text, Qt::CaseInsensitive) ||
            info.authorEmail.contains(text, Qt::CaseInsensitive))
            return true;
        return QString::fromUtf8(git_commit_message(commit)).contains(text, Qt::CaseInsensitive);
    }
};

LogWalker::LogWalker(std::unique_ptr<Private> data)
    : d(std::move(data))
{}

LogWalker::~LogWalker() = default;

GitResult<std::unique_ptr<LogWalker>> LogWalker::open(const QString& repositoryPath, const LogQuery& query)
{
    ensureInitialized();
    auto d = std::make_unique<Private>();
    d->query = query;
    git_repository* rawRepo = nullptr;
    if (int rc = git_repository_open_ext(&rawRepo, repositoryPath.toUtf8().constData(), 0, nullptr); rc < 0)
        return std::unexpected(lastError(rc, u"open repository"_s, repositoryPath));
    d->repo.reset(rawRepo);
    git_revwalk* rawWalk = nullptr;
    if (int rc = git_revwalk_new(&rawWalk, rawRepo); rc < 0)
        return std::unexpected(lastError(rc, u"read history"_s, repositoryPath));
    d->walk.reset(rawWalk);
    // GIT_SORT_NONE is git log's own order (newest first, by commit date, incremental); GIT_SORT_TIME would
    // sort the whole history before the first commit comes out.
    git_revwalk_sorting(rawWalk, GIT_SORT_NONE);
    if (git_repository_head_unborn(rawRepo) == 1 && !query.allRefs) {
        d->done = true;
    } else if (query.allRefs) {
        git_revwalk_push_glob(rawWalk, "refs/heads/*");
        git_revwalk_push_glob(rawWalk, "refs/remotes/*");
        git_revwalk_push_glob(rawWalk, "refs/tags/*");
        git_revwalk_push_head(rawWalk);
        git_error_clear();
    } else if (int rc = git_revwalk_push_range(rawWalk, query.revision.toUtf8().constData());
               !query.revision.contains(u"..") || rc < 0) {
        git_error_clear();
        git_object* object = nullptr;
        if (int rc2 = git_revparse_single(&object, rawRepo, query.revision.toUtf8().constData()); rc2 < 0)
            return std::unexpected(
                lastError(rc2, u"read history of %1"_s.arg(query.revision), repositoryPath));
        ObjectPtr owner(object);
        git_object* commit = nullptr;
        if (int rc3 = git_object_peel(&commit, object, GIT_OBJECT_COMMIT); rc3 < 0)
            return std::unexpected(
                lastError(rc3, u"read history of %1"_s.arg(query.revision), repositoryPath));
        ObjectPtr commitOwner(commit);
        git_revwalk_push(rawWalk, git_object_id(commit));
    }
    for (const QString& path : query.paths) {
        QString clean = path;
        while (clean.endsWith(u'/'))
            clean.chop(1);
        if (!clean.isEmpty() && clean != u".")
            d->paths.append(clean.toUtf8());
    }
    if (!d->paths.isEmpty() && !query.allRefs && !query.revision.contains(u"..") && !d->done) {
        d->simplify = true;
        git_oid start;
        if (git_revwalk_next(&start, rawWalk) == 0)
            d->enqueue(start);
        git_error_clear();
    }
    d->readRefs();
    return std::unique_ptr<LogWalker>(new LogWalker(std::move(d)));
}

bool LogWalker::atEnd() const
{
    return d->done;
}

bool LogWalker::filtered() const
{
    return !d->paths.isEmpty() || !d->query.text.isEmpty();
}

GitResult<QList<CommitInfo>> LogWalker::next(int count, int examineLimit)
{
    QList<CommitInfo> commits;
    if (d->done)
        return commits;
    git_oid id;
    int examined = 0;
    while (commits.size() < count && examined < examineLimit) {
        bool shown = true;
        const int rc = d->simplify ? d->nextSimplified(&id, &shown) : git_revwalk_next(&id, d->walk.get());
        if (rc == GIT_ITEROVER) {
            d->done = true;
            break;
        }
        if (rc < 0)
            return std::unexpected(lastError(rc, u"read history"_s, {}));
        ++examined;
        git_commit* raw = nullptr;
        if (int lookup = git_commit_lookup(&raw, d->repo.get(), &id); lookup < 0)
            return std::unexpected(lastError(lookup, u"read commit %1"_s.arg(oidHex(&id)), {}));
        CommitPtr commit(raw);
        std::vector<git_oid> parents;
        parents.reserve(git_commit_parentcount(raw));
        for (unsigned p = 0; p < git_commit_parentcount(raw); ++p)
            parents.push_back(*git_commit_parent_id(raw, p));
        // The graph is laid out over every commit, so that lanes stay right when nothing is filtered.
        GraphRow row = filtered() ? GraphRow{} : d->lanes.place(id, parents);
        if (d->simplify ? !shown : (!d->paths.isEmpty() && !d->touchesPaths(raw)))
            continue;
        CommitInfo info;
        info.id = oidHex(&id);
        for (const git_oid& parent : parents)
            info.parents.append(oidHex(&parent));
        const git_signature* author = git_commit_author(raw);
        info.authorName = QString::fromUtf8(author->name);
        info.authorEmail = QString::fromUtf8(author->email);
        info.authorDate = timeOf(author->when);
        const char* summary = git_commit_summary(raw);
        info.summary = summary ? QString::fromUtf8(summary) : QString();
        if (!d->query.text.isEmpty() && !d->matchesText(info, raw))
            continue;
        info.refs = d->refs.value(QByteArray(reinterpret_cast<const char*>(id.id), GIT_OID_RAWSZ));
        info.graph = row;
        commits.append(std::move(info));
    }
    return commits;
}

} // namespace slipway::git
