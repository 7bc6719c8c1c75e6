// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/RepositoryPrivate.h"

#include <QDateTime>
#include <QDir>

namespace slipway::git {

using namespace detail;

namespace {

using NotePtr = std::unique_ptr<git_note, Deleter<git_note, git_note_free>>;

GitResult<ObjectPtr> commitObject(git_repository* repo, const QString& revision, const QString& path)
{
    git_object* raw = nullptr;
    const QByteArray spec = (revision + QStringLiteral("^{commit}")).toUtf8();
    if (int rc = git_revparse_single(&raw, repo, spec.constData()); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("read %1").arg(revision), path));
    return ObjectPtr(raw);
}

} // namespace

GitResult<QPair<QString, qint64>> Repository::exportTree(const QString& revision, const QString& target) const
{
    git_repository* repo = d->repo.get();
    auto commit = commitObject(repo, revision, d->path);
    if (!commit)
        return std::unexpected(commit.error());
    if (!QDir().mkpath(target))
        return std::unexpected(GitError{QStringLiteral("export %1").arg(revision), target, 0, 0,
                                        QStringLiteral("cannot create the folder")});
    // An empty in-memory index as the baseline, so that every file of the tree is written and the
    // repository's own index is neither read nor written.
    git_index* rawIndex = nullptr;
    if (int rc = git_index_new(&rawIndex); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("export %1").arg(revision), d->path));
    IndexPtr baseline(rawIndex);
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DONT_UPDATE_INDEX |
                                GIT_CHECKOUT_DONT_WRITE_INDEX | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH;
    options.baseline_index = baseline.get();
    const QByteArray directory = QDir::cleanPath(target).toUtf8();
    options.target_directory = directory.constData();
    if (int rc = git_checkout_tree(repo, commit->get(), &options); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("export %1").arg(revision), target));
    const auto* c = reinterpret_cast<const git_commit*>(commit->get());
    return QPair<QString, qint64>(oidToString(git_commit_id(c)), qint64(git_commit_time(c)));
}

GitResult<QString> Repository::note(const QString& notesRef, const QString& commit) const
{
    git_oid id;
    if (int rc = git_oid_fromstr(&id, commit.toLatin1().constData()); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("read note"), d->path));
    git_note* raw = nullptr;
    const QByteArray ref = notesRef.toUtf8();
    if (int rc = git_note_read(&raw, d->repo.get(), ref.constData(), &id); rc < 0) {
        if (rc == GIT_ENOTFOUND) {
            git_error_clear();
            return QString();
        }
        return std::unexpected(lastError(rc, QStringLiteral("read note"), d->path));
    }
    NotePtr note(raw);
    return QString::fromUtf8(git_note_message(note.get()));
}

GitResult<void> Repository::appendNote(const QString& notesRef, const QString& commit, const QString& line,
                                       const Signature& who)
{
    auto existing = note(notesRef, commit);
    if (!existing)
        return std::unexpected(existing.error());
    QString text = *existing;
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    text += line + u'\n';
    git_oid id;
    if (int rc = git_oid_fromstr(&id, commit.toLatin1().constData()); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("write note"), d->path));
    git_signature* rawSignature = nullptr;
    const QDateTime when = who.when.isValid() ? who.when : QDateTime::currentDateTime();
    if (int rc =
            git_signature_new(&rawSignature, who.name.toUtf8().constData(), who.email.toUtf8().constData(),
                              when.toSecsSinceEpoch(), when.offsetFromUtc() / 60);
        rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("write note"), d->path));
    SignaturePtr signature(rawSignature);
    git_oid noteId;
    const QByteArray ref = notesRef.toUtf8();
    if (int rc = git_note_create(&noteId, d->repo.get(), ref.constData(), signature.get(), signature.get(),
                                 &id, text.toUtf8().constData(), 1);
        rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("write note"), d->path));
    return {};
}

} // namespace slipway::git
