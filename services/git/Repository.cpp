// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/Repository.h"

#include "services/git/DescribeWalk.h"
#include "services/git/RepositoryPrivate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <thread>

namespace slipway::git {

using namespace detail;

namespace {

GitResult<SignaturePtr> makeSignature(const Signature& s)
{
    git_signature* raw = nullptr;
    const QDateTime when = s.when.isValid() ? s.when : QDateTime::currentDateTime();
    const int offsetMinutes = when.offsetFromUtc() / 60;
    if (int rc = git_signature_new(&raw, s.name.toUtf8().constData(), s.email.toUtf8().constData(),
                                   when.toSecsSinceEpoch(), offsetMinutes);
        rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("create signature")));
    return SignaturePtr(raw);
}

} // namespace

Repository::Repository(std::unique_ptr<Private> impl)
    : d(std::move(impl))
{}
Repository::Repository(Repository&&) noexcept = default;
Repository& Repository::operator=(Repository&&) noexcept = default;
Repository::~Repository() = default;

bool Repository::mayBeInside(const QString& path)
{
    QDir dir(QFileInfo(path).absoluteFilePath());
    if (!QFileInfo(path).isDir())
        dir = QFileInfo(path).absoluteDir();
    do {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))
            return true;
    } while (dir.cdUp());
    return !qEnvironmentVariableIsEmpty("GIT_DIR");
}

void Repository::startInBackground()
{
    static std::jthread starter([] { ensureInitialized(); }); // joined at exit
}

QString Repository::deferredCertificates()
{
    return detail::deferredCertificates();
}

GitResult<Repository> Repository::open(const QString& path)
{
    ensureInitialized();
    git_repository* raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    if (int rc = git_repository_open_ext(&raw, native.constData(), 0, nullptr); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("open repository"), path));
    auto d = std::make_unique<Private>();
    d->repo.reset(raw);
    d->path = path;
    // The work tree is the folder holding `.git` (a folder, or the file of a worktree or submodule). A
    // repository's own core.worktree may point anywhere — the user's home — and Slipway writes there.
    if (const char* wd = git_repository_workdir(raw)) {
        QString folder = QFileInfo(path).absoluteFilePath();
        while (!QFileInfo::exists(folder + u"/.git") && QFileInfo(folder).path() != folder)
            folder = QFileInfo(folder).path();
        const QString expected = QFileInfo(folder).canonicalFilePath();
        const QString actual = QFileInfo(QFile::decodeName(wd)).canonicalFilePath();
        if (QFileInfo::exists(folder + u"/.git") && !expected.isEmpty() && actual != expected)
            return std::unexpected(
                GitError{QStringLiteral("open repository"), path, -1, 0,
                         QStringLiteral("refused: its configuration (core.worktree) puts the "
                                        "work tree at %1, outside %2")
                             .arg(actual, expected)});
    }
    return Repository(std::move(d));
}

GitResult<Repository> Repository::init(const QString& path, const QString& initialBranch)
{
    ensureInitialized();
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_MKPATH;
    const QByteArray head = initialBranch.toUtf8();
    options.initial_head = head.constData();
    git_repository* raw = nullptr;
    if (int rc = git_repository_init_ext(&raw, QFile::encodeName(path).constData(), &options); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("create repository"), path));
    auto d = std::make_unique<Private>();
    d->repo.reset(raw);
    d->path = path;
    return Repository(std::move(d));
}

QString Repository::workdir() const
{
    const char* wd = git_repository_workdir(d->repo.get());
    return wd ? QFile::decodeName(wd) : QString();
}

RepositoryInfo Repository::info() const
{
    git_repository* repo = d->repo.get();
    RepositoryInfo info;
    info.workdir = workdir();
    info.gitdir = QFile::decodeName(git_repository_path(repo));
    info.commonDir = QFile::decodeName(git_repository_commondir(repo));
    info.bare = git_repository_is_bare(repo) == 1;
    info.headUnborn = git_repository_head_unborn(repo) == 1;
    info.headDetached = git_repository_head_detached(repo) == 1;
    info.branch = headBranch(repo);
    if (info.headUnborn)
        return info;
    git_reference* raw = nullptr;
    if (git_repository_head(&raw, repo) == 0) {
        ReferencePtr head(raw);
        if (const git_oid* oid = git_reference_target(head.get()))
            info.headOid = oidToString(oid);
    }

    // `git describe --tags --long --dirty`
    git_oid head;
    if (!info.bare && !info.headOid.isEmpty() &&
        git_oid_fromstr(&head, info.headOid.toLatin1().constData()) == 0) {
        if (auto described = describeTags(repo, head, QStringLiteral("*"), d->path);
            described && *described) {
            info.describe = (*described)->tag + u'-' + QString::number((*described)->depth) + u"-g" +
                            uniqueAbbrev(repo, head, defaultAbbrevLength(repo));
            if (auto changed = trackedChanges(); changed && !changed->isEmpty())
                info.describe += QStringLiteral("-dirty");
        }
    }
    git_error_clear(); // a repository without tags is not an error here
    return info;
}

bool Repository::isIgnored(const QString& relativePath) const
{
    int ignored = 0;
    if (git_ignore_path_is_ignored(&ignored, d->repo.get(), relativePath.toUtf8().constData()) < 0)
        return false;
    return ignored == 1;
}

QString Repository::attribute(const QString& relativePath, const QString& name) const
{
    const char* value = nullptr;
    if (git_attr_get(&value, d->repo.get(), 0, relativePath.toUtf8().constData(), name.toUtf8().constData()) <
        0) {
        git_error_clear();
        return {};
    }
    switch (git_attr_value(value)) {
    case GIT_ATTR_VALUE_STRING:
        return QString::fromUtf8(value);
    case GIT_ATTR_VALUE_TRUE:
        return QStringLiteral("true");
    case GIT_ATTR_VALUE_FALSE:
        return QStringLiteral("false");
    default:
        return {};
    }
}

GitResult<void> Repository::stageAll()
{
    auto transaction = IndexTransaction::begin(d->repo.get(), d->path);
    if (!transaction)
        return std::unexpected(transaction.error());
    git_index* index = transaction->index();
    char star[] = "*";
    char* patterns[] = {star};
    const git_strarray paths{patterns, 1};
    if (int rc = git_index_add_all(index, &paths, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("stage files"), d->path));
    if (int rc = git_index_update_all(index, &paths, nullptr, nullptr); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("stage deletions"), d->path));
    return transaction->commit();
}

GitResult<QString> Repository::commit(const QString& message, const Signature& author)
{
    git_repository* repo = d->repo.get();
    auto indexTree = writeIndexTree(repo, d->path);
    if (!indexTree)
        return std::unexpected(indexTree.error());
    TreePtr tree = std::move(*indexTree);

    CommitPtr parent;
    if (git_repository_head_unborn(repo) != 1) {
        git_object* rawParent = nullptr;
        if (int rc = git_revparse_single(&rawParent, repo, "HEAD^{commit}"); rc < 0)
            return std::unexpected(lastError(rc, QStringLiteral("read HEAD"), d->path));
        parent.reset(reinterpret_cast<git_commit*>(rawParent));
    }
    auto signature = makeSignature(author);
    if (!signature)
        return std::unexpected(signature.error());
    const git_commit* parents[] = {parent.get()};
    git_oid commitId;
    if (int rc = git_commit_create(&commitId, repo, "HEAD", signature->get(), signature->get(), "UTF-8",
                                   message.toUtf8().constData(), tree.get(), parent ? 1 : 0, parents);
        rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("create commit"), d->path));
    return oidToString(&commitId);
}

GitResult<void> Repository::createTag(const QString& name, const QString& message, const Signature& tagger)
{
    git_repository* repo = d->repo.get();
    git_object* rawTarget = nullptr;
    if (int rc = git_revparse_single(&rawTarget, repo, "HEAD^{commit}"); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("read HEAD"), d->path));
    ObjectPtr target(rawTarget);
    git_oid tagId;
    const QByteArray tagName = name.toUtf8();
    if (message.isEmpty()) {
        if (int rc = git_tag_create_lightweight(&tagId, repo, tagName.constData(), target.get(), 0); rc < 0)
            return std::unexpected(lastError(rc, QStringLiteral("create tag %1").arg(name), d->path));
        return {};
    }
    auto signature = makeSignature(tagger);
    if (!signature)
        return std::unexpected(signature.error());
    if (int rc = git_tag_create(&tagId, repo, tagName.constData(), target.get(), signature->get(),
                                message.toUtf8().constData(), 0);
        rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("create tag %1").arg(name), d->path));
    return {};
}

std::optional<QString> Repository::configString(const QString& key) const
{
    git_config* raw = nullptr;
    if (git_repository_config_snapshot(&raw, d->repo.get()) < 0) {
        git_error_clear();
        return std::nullopt;
    }
    ConfigPtr config(raw);
    Buf value;
    if (git_config_get_string_buf(&value.buf, config.get(), key.toUtf8().constData()) < 0) {
        git_error_clear(); // not set
        return std::nullopt;
    }
    return value.toString();
}

GitResult<Signature> Repository::defaultSignature() const
{
    git_signature* raw = nullptr;
    if (int rc = git_signature_default(&raw, d->repo.get()); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("read user.name and user.email"), d->path));
    SignaturePtr signature(raw);
    return Signature{QString::fromUtf8(raw->name), QString::fromUtf8(raw->email),
                     QDateTime::fromSecsSinceEpoch(raw->when.time,
                                                   QTimeZone::fromSecondsAheadOfUtc(raw->when.offset * 60))};
}

} // namespace slipway::git
