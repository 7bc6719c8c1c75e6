// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/DescribeWalk.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <bit>
#include <climits>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace slipway::git::detail {

namespace {

constexpr unsigned seenFlag = 1u;
constexpr int maxCandidates = 10; // git describe --candidates default

struct OidHash
{
    size_t operator()(const git_oid& oid) const noexcept
    {
        size_t h = 0;
        std::memcpy(&h, oid.id, sizeof h);
        return h;
    }
};
struct OidEqual
{
    bool operator()(const git_oid& a, const git_oid& b) const noexcept { return git_oid_equal(&a, &b) != 0; }
};

struct Name
{
    QString tag;
    int prio = 0;       // 2 annotated, 1 lightweight
    qint64 tagDate = 0; // tagger date of an annotated tag
};

struct Node
{
    git_oid oid;
    qint64 date = 0;
    unsigned flags = 0;
    bool parsed = false;
    std::vector<int> parents;
};

struct Candidate
{
    const Name* name = nullptr;
    int depth = 0;
    unsigned flagWithin = 0;
    int foundOrder = 0;
};

using OdbPtr = std::unique_ptr<git_odb, Deleter<git_odb, git_odb_free>>;
using OdbObjectPtr = std::unique_ptr<git_odb_object, Deleter<git_odb_object, git_odb_object_free>>;

class Walk
{
public:
    explicit Walk(git_repository* repo)
    {
        git_odb* raw = nullptr;
        if (git_repository_odb(&raw, repo) == 0)
            m_odb.reset(raw);
    }

    int node(const git_oid& oid)
    {
        auto [it, inserted] = m_index.try_emplace(oid, int(m_nodes.size()));
        if (inserted)
            m_nodes.push_back(Node{oid, 0, 0, false, {}});
        return it->second;
    }
    Node& at(int i) { return m_nodes[size_t(i)]; }

    // Reads the commit's date and parents once, from the raw object: its "parent" and "committer" headers
    // (what git's describe reads; no author, message or object cache needed).
    GitResult<void> parse(int i)
    {
        if (m_nodes[size_t(i)].parsed)
            return {};
        if (!m_odb)
            return std::unexpected(lastError(-1, QStringLiteral("open the object database")));
        git_odb_object* raw = nullptr;
        const git_oid oid = m_nodes[size_t(i)].oid;
        if (int rc = git_odb_read(&raw, m_odb.get(), &oid); rc < 0)
            return std::unexpected(lastError(rc, QStringLiteral("read commit")));
        OdbObjectPtr object(raw);
        if (git_odb_object_type(object.get()) != GIT_OBJECT_COMMIT)
            return std::unexpected(
                GitError{QStringLiteral("read commit"), {}, -1, 0, QStringLiteral("not a commit")});
        const QByteArrayView data(static_cast<const char*>(git_odb_object_data(object.get())),
                                  qsizetype(git_odb_object_size(object.get())));
        std::vector<int> parents;
        qint64 date = 0;
        qsizetype at = 0;
        while (at < data.size()) {
            qsizetype end = data.indexOf('\n', at);
            if (end < 0)
                end = data.size();
            const QByteArrayView line = data.sliced(at, end - at);
            if (line.isEmpty())
                break; // the headers end where the message begins
            if (line.startsWith("parent ") && line.size() >= 7 + GIT_OID_SHA1_HEXSIZE) {
                git_oid parent;
                if (git_oid_fromstrn(&parent, line.data() + 7, GIT_OID_SHA1_HEXSIZE) == 0)
                    parents.push_back(node(parent));
            } else if (line.startsWith("committer ")) {
                // "committer Name <mail> 1700000000 +0100"
                const qsizetype close = line.lastIndexOf('>');
                const QByteArrayView rest = line.sliced(close + 1).trimmed();
                date = rest.left(rest.indexOf(' ')).toLongLong();
            }
            at = end + 1;
        }
        Node& n = m_nodes[size_t(i)];
        n.date = date;
        n.parents = std::move(parents);
        n.parsed = true;
        return {};
    }

    // git's commit_list_insert_by_date: before the first commit that is older; after those as old.
    void insertByDate(std::vector<int>& list, int i)
    {
        const qint64 date = at(i).date;
        auto it = std::find_if(list.begin(), list.end(), [&](int other) { return at(other).date < date; });
        list.insert(it, i);
    }

private:
    OdbPtr m_odb;
    std::vector<Node> m_nodes;
    std::unordered_map<git_oid, int, OidHash, OidEqual> m_index;
};

// git's replace_name: annotated beats lightweight; of two annotated tags the newer; else the first seen.
bool replaces(const Name& existing, const Name& candidate)
{
    if (existing.prio < candidate.prio)
        return true;
    return existing.prio == 2 && candidate.prio == 2 && existing.tagDate < candidate.tagDate;
}

// Tag names by the commit they point at, in refname order as git's for_each_ref gives them.
std::unordered_map<git_oid, Name, OidHash, OidEqual> tagNames(git_repository* repo, const QString& pattern)
{
    const QRegularExpression match = QRegularExpression::fromWildcard(
        pattern, Qt::CaseSensitive, QRegularExpression::NonPathWildcardConversion);
    git_strarray refs{};
    std::unordered_map<git_oid, Name, OidHash, OidEqual> names;
    if (git_reference_list(&refs, repo) < 0)
        return names;
    std::vector<QByteArray> tagRefs;
    for (size_t i = 0; i < refs.count; ++i)
        if (std::strncmp(refs.strings[i], "refs/tags/", 10) == 0)
            tagRefs.emplace_back(refs.strings[i]);
    git_strarray_dispose(&refs);
    std::ranges::sort(tagRefs); // byte order, like git's ref iteration
    git_odb* rawOdb = nullptr;
    OdbPtr odb(git_repository_odb(&rawOdb, repo) == 0 ? rawOdb : nullptr);

    for (const QByteArray& ref : tagRefs) {
        const QString tag = QString::fromUtf8(ref.mid(10));
        if (!match.match(tag).hasMatch())
            continue;
        git_oid target;
        if (git_reference_name_to_id(&target, repo, ref.constData()) < 0)
            continue;
        // Most tags point at a commit: its type is all that is needed, not the object.
        size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        if (!odb || git_odb_read_header(&size, &type, odb.get(), &target) < 0)
            continue;
        Name name{tag, 1, 0};
        git_oid commit = target;
        if (type == GIT_OBJECT_TAG) {
            git_object* raw = nullptr;
            if (git_object_lookup(&raw, repo, &target, GIT_OBJECT_TAG) < 0)
                continue;
            ObjectPtr object(raw);
            name.prio = 2;
            if (const git_signature* tagger = git_tag_tagger(reinterpret_cast<git_tag*>(object.get())))
                name.tagDate = tagger->when.time;
            git_object* peeledRaw = nullptr;
            if (git_object_peel(&peeledRaw, object.get(), GIT_OBJECT_COMMIT) < 0)
                continue; // a tag of a tree or a blob describes no commit
            ObjectPtr peeled(peeledRaw);
            commit = *git_object_id(peeled.get());
        } else if (type != GIT_OBJECT_COMMIT) {
            continue;
        }
        auto it = names.find(commit);
        if (it == names.end())
            names.emplace(commit, std::move(name));
        else if (replaces(it->second, name))
            it->second = std::move(name);
    }
    git_error_clear();
    return names;
}

// git's finish_depth_computation: walk on until every path left is known to lead to the best candidate.
GitResult<void> finishDepth(Walk& walk, std::vector<int>& list, Candidate& best)
{
    while (!list.empty()) {
        const int c = list.front();
        list.erase(list.begin());
        if (walk.at(c).flags & best.flagWithin) {
            const bool allWithin = std::ranges::all_of(
                list, [&](int other) { return (walk.at(other).flags & best.flagWithin) != 0; });
            if (allWithin)
                break;
        } else {
            ++best.depth;
        }
        for (const int p : std::vector<int>(walk.at(c).parents)) {
            if (auto parsed = walk.parse(p); !parsed)
                return parsed;
            if (!(walk.at(p).flags & seenFlag))
                walk.insertByDate(list, p);
            walk.at(p).flags |= walk.at(c).flags;
        }
    }
    return {};
}

GitError withPath(GitError error, const QString& path)
{
    error.path = path;
    return error;
}

unsigned long packedObjectCount(git_repository* repo)
{
    const QDir packs(QFile::decodeName(git_repository_commondir(repo)) + QStringLiteral("objects/pack"));
    unsigned long count = 0;
    const QStringList indexes = packs.entryList({QStringLiteral("*.idx")}, QDir::Files);
    for (const QString& idx : indexes) {
        QFile file(packs.filePath(idx));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray header = file.read(8 + 256 * 4);
        const bool v2 = header.startsWith("\377tOc");
        const qsizetype last = (v2 ? 8 : 0) + 255 * 4; // the fan-out table's last entry: objects in the pack
        if (header.size() < last + 4)
            continue;
        const auto* p = reinterpret_cast<const unsigned char*>(header.constData() + last);
        count += (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | p[3];
    }
    return count;
}

} // namespace

GitResult<std::optional<DescribeHit>> describeTags(git_repository* repo, const git_oid& head,
                                                   const QString& pattern, const QString& path)
{
    const auto names = tagNames(repo, pattern);
    if (names.empty())
        return std::nullopt;
    if (auto exact = names.find(head); exact != names.end())
        return DescribeHit{exact->second.tag, 0};

    Walk walk(repo);
    const int start = walk.node(head);
    if (auto parsed = walk.parse(start); !parsed)
        return std::unexpected(withPath(parsed.error(), path));
    walk.at(start).flags = seenFlag;
    std::vector<int> list{start};
    std::vector<Candidate> matches;
    int annotated = 0;
    int seen = 0;
    std::optional<int> gaveUpOn;
    while (!list.empty()) {
        const int c = list.front();
        list.erase(list.begin());
        ++seen;
        if (auto n = names.find(walk.at(c).oid); n != names.end()) {
            if (int(matches.size()) < maxCandidates) {
                Candidate t;
                t.name = &n->second;
                t.depth = seen - 1;
                t.flagWithin = 1u << (matches.size() + 1);
                t.foundOrder = int(matches.size()) + 1;
                walk.at(c).flags |= t.flagWithin;
                if (n->second.prio == 2)
                    ++annotated;
                matches.push_back(t);
            } else {
                gaveUpOn = c;
                break;
            }
        }
        for (Candidate& t : matches)
            if (!(walk.at(c).flags & t.flagWithin))
                ++t.depth;
        if (annotated > 0 && list.empty()) {
            int bestDepth = INT_MAX;
            unsigned bestWithin = 0;
            for (const Candidate& t : matches) {
                if (t.depth < bestDepth) {
                    bestDepth = t.depth;
                    bestWithin = t.flagWithin;
                } else if (t.depth == bestDepth) {
                    bestWithin |= t.flagWithin;
                }
            }
            if ((walk.at(c).flags & bestWithin) == bestWithin)
                break;
        }
        for (const int p : std::vector<int>(walk.at(c).parents)) {
            if (auto parsed = walk.parse(p); !parsed)
                return std::unexpected(withPath(parsed.error(), path));
            if (!(walk.at(p).flags & seenFlag))
                walk.insertByDate(list, p);
            walk.at(p).flags |= walk.at(c).flags;
        }
    }
    if (matches.empty())
        return std::nullopt;
    std::ranges::stable_sort(matches, [](const Candidate& a, const Candidate& b) {
        return a.depth != b.depth ? a.depth < b.depth : a.foundOrder < b.foundOrder;
    });
    if (gaveUpOn)
        walk.insertByDate(list, *gaveUpOn);
    if (auto finished = finishDepth(walk, list, matches.front()); !finished)
        return std::unexpected(withPath(finished.error(), path));
    return DescribeHit{matches.front().name->tag, matches.front().depth};
}

int defaultAbbrevLength(git_repository* repo)
{
    git_config* raw = nullptr;
    if (git_repository_config_snapshot(&raw, repo) == 0) {
        ConfigPtr config(raw);
        git_buf value = GIT_BUF_INIT;
        if (git_config_get_string_buf(&value, config.get(), "core.abbrev") == 0) {
            const QByteArray text = QByteArray(value.ptr, qsizetype(value.size)).trimmed().toLower();
            git_buf_dispose(&value);
            if (text == "no")
                return GIT_OID_SHA1_HEXSIZE;
            bool ok = false;
            const int fixed = text.toInt(&ok);
            if (ok)
                return std::clamp(fixed, 4, int(GIT_OID_SHA1_HEXSIZE));
        }
        git_error_clear();
    }
    // git's "auto": about 2^n objects collide at 2^(n/2); four bits a hex digit.
    const unsigned long count = packedObjectCount(repo);
    const int bits = count == 0 ? 1 : int(std::bit_width(count)); // msb + 1
    return std::max(7, (bits + 1) / 2);
}

QString uniqueAbbrev(git_repository* repo, const git_oid& oid, int minimum)
{
    char hex[GIT_OID_SHA1_HEXSIZE + 1] = {};
    git_oid_tostr(hex, sizeof hex, &oid);
    git_odb* rawOdb = nullptr;
    if (git_repository_odb(&rawOdb, repo) < 0) {
        git_error_clear();
        return QString::fromLatin1(hex, minimum);
    }
    std::unique_ptr<git_odb, Deleter<git_odb, git_odb_free>> odb(rawOdb);
    for (int length = minimum; length < int(GIT_OID_SHA1_HEXSIZE); ++length) {
        git_oid prefix;
        if (git_oid_fromstrn(&prefix, hex, size_t(length)) < 0)
            break;
        if (git_odb_exists_prefix(nullptr, odb.get(), &prefix, size_t(length)) != GIT_EAMBIGUOUS)
            return QString::fromLatin1(hex, length);
    }
    git_error_clear();
    return QString::fromLatin1(hex);
}

} // namespace slipway::git::detail
