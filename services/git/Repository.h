// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/git/Compare.h"
#include "services/git/GitError.h"
#include "services/git/Status.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace slipway::git {

struct Signature
{
    QString name;
    QString email;
    QDateTime when; // invalid: now
};

struct RepositoryInfo
{
    QString workdir; // with a trailing slash, as libgit2 reports it; empty for a bare repository
    QString gitdir;
    QString commonDir; // where hooks, config and refs live: gitdir, or the main repository's for a worktree
    bool bare = false;
    bool headUnborn = false; // no commit yet
    bool headDetached = false;
    QString branch;   // short name, e.g. "main"; empty when detached
    QString headOid;  // full hex id; empty when unborn
    QString describe; // "v0.1.0-1-g1a2b3c4[-dirty]" from tags; empty without tags
};

// What a version is computed from, read the way setuptools_scm reads it with git: `git describe --tags
// --long --dirty --match PATTERN`, `git status --porcelain --untracked-files=no`, `git rev-parse
// --abbrev-ref HEAD` and the committer date of HEAD.
struct DescribeFacts
{
    bool unborn = false; // no commit yet
    QString tag;         // the nearest tag matching the pattern, as named (without refs/tags/); may be empty
    int distance = 0;    // commits since `tag`; without a tag, all commits reachable from HEAD
    QString node;        // "g" and the abbreviated commit id (describe's length, at least 7)
    bool dirty = false;  // a tracked file differs from HEAD, in the index or the work tree
    QStringList changedFiles; // those files, relative to the work tree, sorted
    QString branch;           // short branch name; "HEAD" when detached
    QDate headDate;           // HEAD's committer date in the committer's time zone
};

// One repository opened through libgit2. Use it from one thread at a time (libgit2's rule for a
// git_repository); open another on another thread.
class Repository
{
public:
    // Whether `path` lies in a git work tree (a .git folder or file in it or above it): a few stat() calls,
    // without starting libgit2 (whose start-up loads the TLS certificates, about 4 ms).
    static bool mayBeInside(const QString& path);
    // Starts libgit2 on a background thread now, so that its start-up (about 1.5 ms, once its CA bundle
    // is deferred) overlaps whatever the caller does before the first open(), which waits for it.
    static void startInBackground();
    // The CA bundle libgit2 would have parsed at start (GitError.cpp), loaded before the first connection
    // to a remote instead; empty when libgit2 has none. Starts libgit2.
    static QString deferredCertificates();
    // Finds the repository that contains `path`, searching upwards like git does.
    static GitResult<Repository> open(const QString& path);
    // Creates a repository with a work tree at `path` and `initialBranch` as its unborn HEAD.
    static GitResult<Repository> init(const QString& path,
                                      const QString& initialBranch = QStringLiteral("main"));

    Repository(Repository&&) noexcept;
    Repository& operator=(Repository&&) noexcept;
    ~Repository();

    QString workdir() const;
    RepositoryInfo info() const;

    // Whether git would ignore `relativePath` (relative to the work tree), as .gitignore, info/exclude
    // and core.excludesFile say.
    bool isIgnored(const QString& relativePath) const;

    // The value of attribute `name` for `relativePath` as .gitattributes and info/attributes set it; empty
    // when unset.
    QString attribute(const QString& relativePath, const QString& name) const;

    // `git add --all`: stages every change in the work tree, additions and deletions.
    GitResult<void> stageAll();
    // Commits the index on HEAD; returns the new commit's id.
    GitResult<QString> commit(const QString& message, const Signature& author);
    // Tags HEAD: annotated when `message` is not empty, lightweight otherwise.
    GitResult<void> createTag(const QString& name, const QString& message, const Signature& tagger);
    // The facts a version is computed from; `pattern` is describe's --match glob.
    GitResult<DescribeFacts> describeFacts(const QString& pattern = QStringLiteral("*[0-9]*")) const;
    // Tracked files that differ from HEAD (staged or not), relative to the work tree, sorted. Untracked
    // files are not listed.
    GitResult<QStringList> trackedChanges() const;

    // --- The work tree and the index (Status.cpp) ---
    GitResult<QList<StatusEntry>> status(const StatusOptions& options = {}) const;
    // `git add` / `git rm --cached` of each path as its work-tree state says; notebooks go through the
    // registered clean filter like git's. Unmerged paths are resolved by staging them.
    GitResult<void> stage(const QStringList& paths);
    // Puts the index entries of `paths` back to HEAD's (or removes them before the first commit).
    GitResult<void> unstage(const QStringList& paths);
    // Throws away the work-tree changes of `paths` (untracked files are deleted), after saving them as a
    // backup commit under refs/slipway/discarded; returns the backup's id. Nothing changes when the backup
    // cannot be made.
    GitResult<QString> discard(const QStringList& paths);
    // One file's unstaged (index → work tree, through the clean filter) or staged (HEAD → index) changes.
    GitResult<FileDiff> diffFile(const QString& path, bool staged) const;
    // Stages only the chosen added and removed lines of the file's unstaged changes (`selection` refers to
    // diffFile(path, false)); unstageLines takes the chosen lines of the staged changes back out.
    GitResult<void> stageLines(const QString& path, const QList<LineRef>& selection);
    GitResult<void> unstageLines(const QString& path, const QList<LineRef>& selection);
    // The staged bytes of `path` (nullopt when the index has no such file), and replacing them with `bytes`
    // as they are (no filter runs: the caller gives the clean form).
    GitResult<std::optional<QByteArray>> indexContent(const QString& path) const;
    GitResult<void> setIndexContent(const QString& path, const QByteArray& bytes);
    // The backups, newest first, and putting a backup's files back into the work tree: paths checked as
    // `git checkout` checks them, written without following links out of the work tree, and the current
    // edits they replace saved as a backup of their own first.
    GitResult<QList<DiscardBackup>> discardBackups() const;
    GitResult<QStringList> restoreDiscarded(const QString& backupId);
    // Whether git would write a work-tree file for `path` (verify_path): no empty, ".", ".." or ".git"
    // component (in any case), no backslash or NUL.
    static bool isSafeWorkTreePath(const QString& path);

    // --- Branches and tags (Branches.cpp) ---
    GitResult<QList<BranchInfo>> branches() const;
    GitResult<void> createBranch(const QString& name, const QString& startPoint = QStringLiteral("HEAD"));
    // Switches the work tree and HEAD to `name`; refuses, naming the files, when local changes would be
    // overwritten. A remote-tracking name ("origin/x") creates the local branch tracking it.
    GitResult<void> switchBranch(const QString& name);
    // Refuses a branch that is not merged into HEAD or its upstream unless `force`.
    GitResult<void> deleteBranch(const QString& name, bool force = false);
    GitResult<QList<TagInfo>> tags() const;
    GitResult<void> deleteTag(const QString& name);
    // Commits the index as an amendment of HEAD (same parents), with a new message.
    GitResult<QString> amend(const QString& message, const Signature& committer);

    // --- Comparing states (Compare.cpp) ---
    // The files that differ from `from` to `to` (renames detected), only under `paths` when given; with
    // `lineCounts`, the added and removed lines of each.
    GitResult<QList<ChangedFile>> changedFiles(const TreeSpec& from, const TreeSpec& to,
                                               const QStringList& paths = {}, bool lineCounts = false) const;
    // A file's bytes in that state: the work tree's as they are on disk, the index's and a commit's as
    // stored; nullopt when the file is not there.
    GitResult<std::optional<QByteArray>> fileContent(const TreeSpec& side, const QString& path) const;
    // The full id of a revision's commit.
    GitResult<QString> resolveCommit(const QString& revision) const;
    GitResult<CommitDetails> commitDetails(const QString& revision) const;

    // --- Releases (Releases.cpp) ---
    // Writes the files of `revision`'s tree into `target` (an empty folder) as a checkout would, without
    // touching the index, HEAD or the work tree: a release is built from what was committed, not from what
    // lies around in the work tree.
    // Returns the commit's id and committer time (seconds since the epoch: SOURCE_DATE_EPOCH).
    GitResult<QPair<QString, qint64>> exportTree(const QString& revision, const QString& target) const;
    // The note on `commit` under `notesRef` (e.g. refs/notes/slipway-releases); empty when there is none.
    GitResult<QString> note(const QString& notesRef, const QString& commit) const;
    // Appends `line` to the note on `commit` under `notesRef` (creating the note), as `who`.
    GitResult<void> appendNote(const QString& notesRef, const QString& commit, const QString& line,
                               const Signature& who);

    // A string from the repository's configuration (local, global, system, as git reads them); nullopt when
    // unset.
    std::optional<QString> configString(const QString& key) const;
    // user.name / user.email from the repository's configuration.
    GitResult<Signature> defaultSignature() const;

private:
    // Commits the work-tree bytes of `paths` under refs/slipway/discarded; returns the backup's id.
    GitResult<QString> backUp(const QStringList& paths, const QString& summary);

    struct Private;
    explicit Repository(std::unique_ptr<Private> impl);
    std::unique_ptr<Private> d;
};

} // namespace slipway::git
