// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GitController's branches, tags and remotes: the branch switcher's menu, the Git menu's tag and branch
// actions, and fetch, pull and push as jobs.

#include "app/gui/GitController.h"
#include "services/core/Continuation.h"
#include "services/core/JobManager.h"
#include "services/core/LogSink.h"
#include "services/core/ProcessRun.h"
#include "services/git/Config.h"
#include "services/git/Remote.h"
#include "services/git/Repository.h"
#include "services/project/ProjectVersion.h"
#include "services/project/TrustStore.h"
#include "widgets/TagDialog.h"

#include <QFutureWatcher>
#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QtConcurrentRun>

namespace slipway {

void GitController::fillBranchMenu()
{
    QMenu* menu = m_branchButton->menu();
    menu->clear();
    QMenu* remotes = nullptr;
    for (const git::BranchInfo& branch : std::as_const(m_branches)) {
        const QString name = branch.name;
        if (branch.remote) {
            if (!remotes)
                remotes = new QMenu(tr("Remote Branches"), menu);
            remotes->addAction(name, this, [this, name] { switchBranch(name); });
            continue;
        }
        QString label = name;
        if (branch.ahead || branch.behind)
            label += tr("  (↑%1 ↓%2 %3)").arg(branch.ahead).arg(branch.behind).arg(branch.upstream);
        QAction* action = menu->addAction(label, this, [this, name] { switchBranch(name); });
        action->setCheckable(true);
        action->setChecked(branch.head);
        action->setEnabled(!branch.head);
    }
    if (remotes)
        menu->addMenu(remotes);
    QMenu* deletable = nullptr;
    for (const git::BranchInfo& branch : std::as_const(m_branches)) {
        if (branch.remote || branch.head)
            continue;
        if (!deletable)
            deletable = new QMenu(tr("Delete Branch"), menu);
        const QString name = branch.name;
        deletable->addAction(name, this, [this, name] { deleteBranch(name); });
    }
    if (deletable)
        menu->addMenu(deletable);
    menu->addSeparator();
    menu->addAction(tr("New Branch…"), this, &GitController::createBranch);
}

void GitController::switchBranch(const QString& name)
{
    runOnRepository(
        tr("Switch to %1").arg(name),
        [name](const QString& root) -> Result<void> {
            auto repo = git::Repository::open(root);
            if (!repo)
                return std::unexpected(repo.error().toError());
            auto done = repo->switchBranch(name);
            return git::toResult(done);
        },
        true);
}

void GitController::createBranch()
{
    if (m_gitRoot.isEmpty())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window, tr("New Branch"), tr("Name of the branch, made from HEAD:"),
                              QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    runOnRepository(
        tr("Create branch %1").arg(name),
        [name](const QString& root) -> Result<void> {
            auto repo = git::Repository::open(root);
            if (!repo)
                return std::unexpected(repo.error().toError());
            if (auto created = repo->createBranch(name); !created)
                return std::unexpected(created.error().toError());
            auto switched = repo->switchBranch(name);
            return git::toResult(switched);
        },
        true);
}

void GitController::deleteBranch(const QString& name, bool force)
{
    if (m_gitRoot.isEmpty())
        return;
    if (!force && QMessageBox::question(m_window, tr("Delete Branch"),
                                        tr("Delete the branch %1?").arg(name)) != QMessageBox::Yes)
        return;
    auto deleted = QtConcurrent::run([root = m_gitRoot, name, force]() -> Result<void> {
        auto repo = git::Repository::open(root);
        if (!repo)
            return std::unexpected(repo.error().toError());
        return git::toResult(repo->deleteBranch(name, force));
    });
    whenResult(deleted, this, [this, name, force](const Result<void>& done) {
        refresh();
        if (done) {
            m_services.log->info(tr("git"), tr("Deleted branch %1").arg(name));
            return;
        }
        if (!force && done.error().code == u"branch-not-merged") {
            if (QMessageBox::warning(
                    m_window, tr("Delete Branch"),
                    tr("%1 is not merged: %2. Delete it anyway? Its commits stay reachable only "
                       "from git's reflog.")
                        .arg(name, done.error().message),
                    QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard)
                deleteBranch(name, true);
            return;
        }
        showError(tr("Delete Branch"), done.error());
    });
}

void GitController::createTag()
{
    if (m_gitRoot.isEmpty())
        return;
    const PyProject py = m_project && m_project->pyproject ? *m_project->pyproject : PyProject{};
    TagDialog dialog(m_project ? m_project->scmVersion : std::nullopt, scmSettings(py), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.name();
    const QString message = dialog.message();
    if (dialog.sign()) {
        signTag(name, message);
        return;
    }
    runOnRepository(
        tr("Tag HEAD as %1").arg(name),
        [name, message](const QString& root) -> Result<void> {
            auto repo = git::Repository::open(root);
            if (!repo)
                return std::unexpected(repo.error().toError());
            auto tagger = repo->defaultSignature();
            if (!tagger && !message.isEmpty())
                return fail(tr("tag"), root,
                            tr("git does not know who you are: set user.name and user.email"));
            auto done = repo->createTag(name, message, tagger ? *tagger : git::Signature{});
            return git::toResult(done);
        },
        true);
}

void GitController::deleteTag(const QString& name)
{
    if (QMessageBox::question(
            m_window, tr("Delete Tag"),
            tr("Delete the tag %1 here? A tag already pushed stays on the remote.").arg(name)) !=
        QMessageBox::Yes)
        return;
    runOnRepository(
        tr("Delete tag %1").arg(name),
        [name](const QString& root) -> Result<void> {
            auto repo = git::Repository::open(root);
            if (!repo)
                return std::unexpected(repo.error().toError());
            auto done = repo->deleteTag(name);
            return git::toResult(done);
        },
        true);
}

void GitController::restoreDiscarded()
{
    if (m_gitRoot.isEmpty())
        return;
    // Opening the repository and reading its refs is I/O: on the pool, like every other git call.
    auto listed = QtConcurrent::run([root = m_gitRoot]() -> Result<QList<git::DiscardBackup>> {
        auto repo = git::Repository::open(root);
        if (!repo)
            return std::unexpected(repo.error().toError());
        auto backups = repo->discardBackups();
        if (!backups)
            return std::unexpected(backups.error().toError());
        return *backups;
    });
    whenResult(listed, this, [this](const Result<QList<git::DiscardBackup>>& backups) {
        if (!backups)
            showError(tr("Restore Discarded Changes"), backups.error());
        else if (backups->isEmpty())
            QMessageBox::information(m_window, tr("Restore Discarded Changes"),
                                     tr("Nothing was discarded here."));
        else
            chooseDiscardedToRestore(*backups);
    });
}

void GitController::chooseDiscardedToRestore(const QList<git::DiscardBackup>& backups)
{
    QStringList items;
    for (const git::DiscardBackup& b : backups)
        items.append(tr("%1 — %2").arg(QLocale().toString(b.when, QLocale::ShortFormat),
                                       b.paths.join(QStringLiteral(", "))));
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_window, tr("Restore Discarded Changes"),
                              tr("Put these files back as they were:"), items, 0, false, &ok);
    if (!ok)
        return;
    const QString id = backups.at(items.indexOf(chosen)).id;
    runOnRepository(
        tr("Restore discarded changes"),
        [id](const QString& root) -> Result<void> {
            auto r = git::Repository::open(root);
            if (!r)
                return std::unexpected(r.error().toError());
            auto restored = r->restoreDiscarded(id);
            return git::toResult(restored);
        },
        false);
}

void GitController::signTag(const QString& name, const QString& message)
{
    // libgit2 cannot sign: the user's git does, with the key it is configured for. In an untrusted
    // repository git gets protective options, so that its own gpg.program (or hooks, fsmonitor…) never
    // runs; reading them opens the repository's configuration, so on the pool.
    const QString root = m_gitRoot;
    const bool trusted = m_services.trust->isTrusted(root);
    whenResult(
        QtConcurrent::run([root, trusted] { return trusted ? QStringList() : git::protectiveOptions(root); }),
        this, [this, root, name, message](const QStringList& protective) {
            ProcessSpec spec(QStringLiteral("git"),
                             protective + QStringList{QStringLiteral("tag"), QStringLiteral("-s"),
                                                      QStringLiteral("-m"), message, name});
            spec.workingDirectory = root;
            auto* run = new ProcessRun(std::move(spec), this);
            const quint64 id =
                m_services.jobs->track(tr("Sign tag %1").arg(name), QFuture<void>(run->future()));
            connect(run, &ProcessRun::finished, this,
                    [this, run, id, root, name](const ProcessResult& result) {
                        run->deleteLater();
                        if (!result.succeeded()) {
                            m_services.jobs->markFailed(id, result.summary());
                            return showError(tr("Tag HEAD"),
                                             Error{tr("sign tag %1").arg(name), root,
                                                   result.summary() + u":\n" +
                                                       QString::fromUtf8(result.standardError).trimmed()});
                        }
                        m_services.log->info(tr("git"), tr("Signed tag %1").arg(name));
                        refresh();
                        Q_EMIT headChanged();
                    });
            run->start();
        });
}

git::TransferRequest GitController::transferRequest() const
{
    git::TransferRequest r;
    r.root = m_gitRoot;
    r.trusted = m_services.trust->isTrusted(m_gitRoot);
    return r;
}

void GitController::track(const QString& title, const QString& failureTitle,
                          QFuture<Result<git::TransferResult>> future, bool movesHead)
{
    const quint64 id = m_services.jobs->track(title, QFuture<void>(future));
    whenFinished(future, this,
                 [this, id, failureTitle, movesHead](const QFuture<Result<git::TransferResult>>& done) {
                     if (done.isCanceled())
                         return;
                     const auto result = done.result();
                     if (!result) {
                         m_services.jobs->markFailed(id, result.error().message);
                         return showError(failureTitle, result.error());
                     }
                     m_services.log->info(tr("git"), result->summary);
                     refresh();
                     if (movesHead)
                         Q_EMIT headChanged();
                 });
}

void GitController::fetch()
{
    if (!m_gitRoot.isEmpty())
        track(tr("Fetch"), tr("Fetch failed"), git::fetchAsync(transferRequest()), false);
}

void GitController::pull()
{
    if (!m_gitRoot.isEmpty())
        track(tr("Pull"), tr("Pull refused"), git::pullAsync(transferRequest()), true);
}

void GitController::push(bool tags)
{
    if (m_gitRoot.isEmpty())
        return;
    git::TransferRequest request = transferRequest();
    request.tags = tags;
    track(tags ? tr("Push with tags") : tr("Push"), tr("Push failed"), git::pushAsync(request), false);
}

} // namespace slipway
