// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/GitController.h"

#include "models/StatusModel.h"
#include "services/core/Continuation.h"
#include "services/core/Job.h"
#include "services/core/JobManager.h"
#include "services/core/LogSink.h"
#include "services/git/CommitJob.h"
#include "services/git/Repository.h"
#include "services/project/NotebookStaging.h"
#include "services/project/TrustStore.h"
#include "widgets/CellPickerDialog.h"
#include "widgets/ChangesPanel.h"

#include <QDir>
#include <QDockWidget>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrentRun>

namespace slipway {

namespace {

struct StatusSnapshot
{
    QList<git::StatusEntry> entries;
    QList<git::BranchInfo> branches;
    QList<git::TagInfo> tags;
    QString branch;
    QString error;
};

StatusSnapshot readStatus(const std::shared_ptr<git::StatusSource>& source, bool includeIgnored)
{
    StatusSnapshot s;
    if (auto entries = source->read({true, includeIgnored}))
        s.entries = std::move(*entries);
    else
        s.error = entries.error();
    auto repo = git::Repository::open(source->root());
    if (!repo) {
        s.error = repo.error().toString();
        return s;
    }
    if (auto branches = repo->branches())
        s.branches = std::move(*branches);
    if (auto tags = repo->tags())
        s.tags = std::move(*tags);
    const git::RepositoryInfo info = repo->info();
    s.branch = info.headDetached ? QString() : info.branch;
    return s;
}

constexpr int maxWatchedFolders = 4000;

} // namespace

GitController::GitController(const AppServices& services, QMainWindow* window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_model(new StatusModel(this))
    , m_panel(new ChangesPanel(m_model, window))
    , m_dock(new QDockWidget(tr("Changes"), window))
    , m_branchButton(new QToolButton(window))
    , m_watcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
{
    m_dock->setObjectName(QStringLiteral("changesDock"));
    m_dock->setWidget(m_panel);
    m_branchButton->setObjectName(QStringLiteral("branchButton"));
    m_branchButton->setAutoRaise(true);
    m_branchButton->setPopupMode(QToolButton::InstantPopup);
    m_branchButton->setMenu(new QMenu(m_branchButton));
    m_branchButton->setToolTip(tr("Switch or create a branch"));
    connect(m_branchButton->menu(), &QMenu::aboutToShow, this, &GitController::fillBranchMenu);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &GitController::refresh);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));

    connect(m_panel, &ChangesPanel::stageRequested, this, &GitController::stage);
    connect(m_panel, &ChangesPanel::unstageRequested, this, &GitController::unstage);
    connect(m_panel, &ChangesPanel::discardRequested, this, &GitController::discard);
    connect(m_panel, &ChangesPanel::commitRequested, this, &GitController::commit);
    connect(m_panel, &ChangesPanel::refreshRequested, this, &GitController::refresh);
    connect(m_panel, &ChangesPanel::showIgnoredToggled, this, [this](bool show) {
        m_showIgnored = show;
        m_model->setShowIgnored(show);
        refresh();
    });
    connect(m_panel, &ChangesPanel::diffRequested, this, &GitController::showDiff);
    connect(m_panel, &ChangesPanel::stageCellsRequested, this, &GitController::stageCells);
    connect(m_panel, &ChangesPanel::stageLinesRequested, this,
            [this](const QString& path, const QList<git::LineRef>& lines) {
                runOnRepository(
                    tr("Stage lines"),
                    [path, lines](const QString& root) -> Result<void> {
                        auto repo = git::Repository::open(root);
                        if (!repo)
                            return std::unexpected(repo.error().toError());
                        auto done = repo->stageLines(path, lines);
                        return git::toResult(done);
                    },
                    false);
            });
    connect(m_panel, &ChangesPanel::unstageLinesRequested, this,
            [this](const QString& path, const QList<git::LineRef>& lines) {
                runOnRepository(
                    tr("Unstage lines"),
                    [path, lines](const QString& root) -> Result<void> {
                        auto repo = git::Repository::open(root);
                        if (!repo)
                            return std::unexpected(repo.error().toError());
                        auto done = repo->unstageLines(path, lines);
                        return git::toResult(done);
                    },
                    false);
            });
}

GitController::~GitController() = default;

void GitController::populateMenu(QMenu* menu)
{
    menu->addAction(tr("&Fetch"), this, &GitController::fetch);
    menu->addAction(tr("&Pull (Fast-Forward Only)"), this, &GitController::pull);
    menu->addAction(tr("Pu&sh"), this, [this] { push(false); });
    menu->addAction(tr("Push with &Tags"), this, [this] { push(true); });
    menu->addSeparator();
    menu->addAction(tr("New &Branch…"), this, &GitController::createBranch);
    menu->addAction(tr("&Tag HEAD…"), this, &GitController::createTag);
    QMenu* tags = menu->addMenu(tr("Ta&gs"));
    connect(tags, &QMenu::aboutToShow, this, [this, tags] {
        tags->clear();
        if (m_tags.isEmpty())
            tags->addAction(tr("No tags"))->setEnabled(false);
        for (const git::TagInfo& tag : std::as_const(m_tags)) {
            QMenu* one = tags->addMenu(
                tag.annotated ? tr("%1 — %2").arg(tag.name, tag.message.section(u'\n', 0, 0)) : tag.name);
            const QString name = tag.name;
            one->addAction(tr("Commit %1, %2")
                               .arg(tag.target.left(7), QLocale().toString(tag.date, QLocale::ShortFormat)))
                ->setEnabled(false);
            one->addAction(tr("Delete Tag %1…").arg(name), this, [this, name] { deleteTag(name); });
        }
    });
    menu->addAction(tr("&Restore Discarded Changes…"), this, &GitController::restoreDiscarded);
    connect(menu, &QMenu::aboutToShow, menu, [this, menu] {
        const auto actions = menu->actions();
        for (QAction* action : actions)
            action->setEnabled(!m_gitRoot.isEmpty());
    });
}

void GitController::setProject(const std::optional<ProjectInfo>& project)
{
    m_project = project;
    m_gitRoot = project && project->git ? QDir(project->git->workdir).absolutePath() : QString();
    m_source = m_gitRoot.isEmpty() ? nullptr : std::make_shared<git::StatusSource>(m_gitRoot);
    m_branchButton->setVisible(!m_gitRoot.isEmpty());
    m_panel->setEnabled(!m_gitRoot.isEmpty());
    if (project && project->git) {
        const auto& git = *project->git;
        m_branchButton->setText(git.headDetached ? tr("⎇ detached %1").arg(git.headOid.left(7))
                                                 : u"⎇ " + git.branch);
    }
    watchProject();
    if (m_gitRoot.isEmpty())
        m_model->setEntries({});
    else
        refresh();
}

void GitController::watchProject()
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_project || m_gitRoot.isEmpty())
        return;
    // Folders that hold the project's files (a change in one shows as a changed folder) and git's own
    // index and HEAD, for changes made by git outside Slipway.
    QSet<QString> folders{m_project->root};
    for (const QString& file : std::as_const(m_project->files)) {
        if (folders.size() >= maxWatchedFolders)
            break;
        const qsizetype slash = file.lastIndexOf(u'/');
        if (slash > 0)
            folders.insert(m_project->root + u'/' + file.left(slash));
    }
    m_watcher->addPaths(QStringList(folders.cbegin(), folders.cend()));
    const QString gitDir = QDir(m_project->git->gitdir).absolutePath();
    m_watcher->addPaths({gitDir + QStringLiteral("/index"), gitDir + QStringLiteral("/HEAD")});
}

void GitController::refresh()
{
    if (m_gitRoot.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    whenFinished(QtConcurrent::run(readStatus, m_source, m_showIgnored), this,
                 [this, generation](const QFuture<StatusSnapshot>& done) {
                     if (generation != m_generation)
                         return; // a newer refresh is on its way
                     if (done.isCanceled() || done.resultCount() == 0)
                         return; // canceled (from the Jobs panel, or on the way out): no result to read
                     const StatusSnapshot s = done.result();
                     if (!s.error.isEmpty())
                         m_services.log->error(tr("git"), s.error);
                     m_model->setEntries(s.entries);
                     if (!s.branch.isEmpty())
                         m_branchButton->setText(u"⎇ " + s.branch);
                     m_branches = s.branches;
                     m_tags = s.tags;
                     m_dock->setWindowTitle(tr("Changes (%1)")
                                                .arg(m_model->count(StatusModel::StagedGroup) +
                                                     m_model->count(StatusModel::ChangesGroup)));
                     // The version depends on which tracked files differ, not on every refresh: say so only
                     // then.
                     QStringList tracked;
                     for (const git::StatusEntry& e : s.entries)
                         if (e.isStaged() ||
                             (e.unstaged != git::Change::None && e.unstaged != git::Change::Untracked &&
                              e.unstaged != git::Change::Ignored))
                             tracked.append(e.path);
                     if (tracked != m_trackedChanges) {
                         m_trackedChanges = tracked;
                         Q_EMIT trackedChangesChanged();
                     }
                     Q_EMIT refreshed();
                 });
}

void GitController::showError(const QString& title, const Error& error)
{
    m_services.log->error(tr("git"), error.toString());
    QMessageBox box(QMessageBox::Warning, title, error.toString().section(u'\n', 0, 0), QMessageBox::Ok,
                    m_window);
    if (error.message.contains(u'\n'))
        box.setDetailedText(error.toString()); // a hook's whole output
    box.exec();
}

void GitController::runOnRepository(const QString& what,
                                    std::function<Result<void>(const QString& root)> work, bool movesHead)
{
    if (m_gitRoot.isEmpty())
        return;
    ++m_running;
    whenResult(QtConcurrent::run(std::move(work), m_gitRoot), this,
               [this, what, movesHead](const Result<void>& done) {
                   --m_running;
                   if (!done)
                       showError(what, done.error());
                   refresh();
                   if (movesHead && done)
                       Q_EMIT headChanged();
                   Q_EMIT operationFinished(done.has_value());
               });
}

void GitController::stage(const QStringList& paths)
{
    runOnRepository(
        tr("Stage"),
        [paths](const QString& root) -> Result<void> {
            auto repo = git::Repository::open(root);
            if (!repo)
                return std::unexpected(repo.error().toError());
            auto done = repo->stage(paths);
            return git::toResult(done);
        },
        false);
}

void GitController::unstage(const QStringList& paths)
{
    runOnRepository(
        tr("Unstage"),
        [paths](const QString& root) -> Result<void> {
            auto repo = git::Repository::open(root);
            if (!repo)
                return std::unexpected(repo.error().toError());
            auto done = repo->unstage(paths);
            return git::toResult(done);
        },
        false);
}

void GitController::discard(const QStringList& paths)
{
    LogSink* log = m_services.log;
    runOnRepository(
        tr("Discard"),
        [paths, log](const QString& root) -> Result<void> {
            auto repo = git::Repository::open(root);
            if (!repo)
                return std::unexpected(repo.error().toError());
            auto backup = repo->discard(paths);
            if (!backup)
                return std::unexpected(backup.error().toError());
            QMetaObject::invokeMethod(log, [log, id = *backup, paths] {
                log->info(tr("git"), tr("Discarded %1 (backup %2: Git → Restore Discarded Changes)")
                                         .arg(paths.join(QStringLiteral(", ")), id.left(7)));
            });
            return {};
        },
        false);
}

void GitController::commit(const QString& message, bool amend)
{
    if (m_gitRoot.isEmpty())
        return;
    git::CommitRequest request;
    request.root = m_gitRoot;
    request.message = message;
    request.amend = amend;
    request.runHooks = m_services.trust->isTrusted(m_gitRoot);
    auto* job = new git::CommitJob(request);
    m_panel->setBusy(true);
    connect(job, &Job::finished, this, [this, job] {
        m_panel->setBusy(false);
        if (job->state() == Job::State::Canceled) {
            m_services.log->info(tr("commit"), tr("Commit canceled: nothing was committed"));
        } else if (const auto& result = *job->result(); !result) {
            showError(tr("Commit failed"), result.error());
        } else {
            m_panel->commitDone();
            m_services.log->info(tr("commit"), tr("Committed %1").arg(result->commit.left(7)));
            m_window->statusBar()->showMessage(tr("Committed %1").arg(result->commit.left(7)), 5000);
            Q_EMIT headChanged();
        }
        refresh();
        Q_EMIT operationFinished(job->state() == Job::State::Succeeded);
    });
    m_services.jobs->add(job);
}

void GitController::stageCells(const QString& path)
{
    if (m_gitRoot.isEmpty())
        return;
    whenResult(QtConcurrent::run(notebookCellChanges, m_gitRoot, path), this,
               [this, path](const Result<QList<CellChange>>& cells) {
                   if (!cells)
                       return showError(tr("Stage cells"), cells.error());
                   CellPickerDialog dialog(path, *cells, m_window);
                   if (dialog.exec() != QDialog::Accepted || dialog.chosenCells().isEmpty())
                       return;
                   const QList<int> chosen = dialog.chosenCells();
                   runOnRepository(
                       tr("Stage cells"),
                       [path, chosen](const QString& root) -> Result<void> {
                           return git::toResult(stageNotebookCells(root, path, chosen));
                       },
                       false);
               });
}

void GitController::showDiff(const QString& path, bool staged)
{
    if (m_gitRoot.isEmpty())
        return;
    auto diff = QtConcurrent::run([root = m_gitRoot, path, staged]() -> Result<git::FileDiff> {
        auto repo = git::Repository::open(root);
        if (!repo)
            return std::unexpected(repo.error().toError());
        auto fileDiff = repo->diffFile(path, staged);
        if (!fileDiff)
            return std::unexpected(fileDiff.error().toError());
        return *fileDiff;
    });
    whenResult(diff, this, [this, path, staged](const Result<git::FileDiff>& result) {
        if (result) {
            m_panel->setDiff(*result);
        } else {
            // Said, not shown as "no changes": the panel clears and the Log and status bar tell why.
            m_services.log->error(tr("git"), result.error().toString());
            m_window->statusBar()->showMessage(
                tr("Cannot show the changes of %1: %2").arg(path, result.error().message), 8000);
            git::FileDiff none;
            none.path = path;
            none.staged = staged;
            m_panel->setDiff(none);
        }
        Q_EMIT diffShown();
    });
}

} // namespace slipway
