// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/MainWindow.h"
#include "services/git/Remote.h"
#include "services/git/Status.h"

#include <QObject>
#include <QPointer>

class QDockWidget;
class QFileSystemWatcher;
class QMenu;
class QTimer;
class QToolButton;

namespace slipway {

class ChangesPanel;
class StatusModel;

// The git workbench's wiring: the Changes dock (status, stage, unstage, discard, commit), the branch
// switcher in the status bar, and the Git menu (fetch, pull, push, branches, restore discarded changes).
// Every git operation runs on the thread pool or as an asynchronous job; the status refreshes after each,
// and (debounced) when files change on disk.
class GitController : public QObject
{
    Q_OBJECT
public:
    GitController(const AppServices& services, QMainWindow* window);
    ~GitController() override;

    QDockWidget* dock() const { return m_dock; }
    QToolButton* branchButton() const { return m_branchButton; }
    StatusModel* model() const { return m_model; }
    ChangesPanel* panel() const { return m_panel; }
    // Fills `menu` with the Git actions.
    void populateMenu(QMenu* menu);

    void setProject(const std::optional<ProjectInfo>& project);
    void refresh();
    void stage(const QStringList& paths);
    void unstage(const QStringList& paths);
    void discard(const QStringList& paths);
    void commit(const QString& message, bool amend);
    void switchBranch(const QString& name);
    void createBranch();
    void fetch();
    void pull();
    void push(bool tags);
    void restoreDiscarded();
    void createTag();
    void deleteTag(const QString& name);
    void deleteBranch(const QString& name, bool force = false);
    void showDiff(const QString& path, bool staged);
    // Asks which cells of a notebook to stage (sources only), then stages them.
    void stageCells(const QString& path);

Q_SIGNALS:
    void refreshed();
    // The set of tracked files that differ from HEAD changed (so may the version).
    void trackedChangesChanged();
    // HEAD moved (commit, switch, pull): the version and the branch may differ now.
    void headChanged();
    void operationFinished(bool ok);
    void diffShown();

private:
    git::TransferRequest transferRequest() const;
    void signTag(const QString& name, const QString& message);
    void track(const QString& title, const QString& failureTitle, QFuture<Result<git::TransferResult>> future,
               bool movesHead);
    void chooseDiscardedToRestore(const QList<git::DiscardBackup>& backups);
    void runOnRepository(const QString& what, std::function<Result<void>(const QString& root)> work,
                         bool movesHead);
    void showError(const QString& title, const Error& error);
    void watchProject();
    void fillBranchMenu();

    AppServices m_services;
    QMainWindow* m_window;
    StatusModel* m_model;
    ChangesPanel* m_panel;
    QDockWidget* m_dock;
    QToolButton* m_branchButton;
    QFileSystemWatcher* m_watcher;
    QTimer* m_debounce;
    std::optional<ProjectInfo> m_project;
    QList<git::BranchInfo> m_branches;
    QList<git::TagInfo> m_tags;
    QStringList m_trackedChanges;
    QString m_gitRoot;
    std::shared_ptr<git::StatusSource>
        m_source; // keeps the repository (and its index) open between refreshes
    quint64 m_generation = 0;
    int m_running = 0;
    bool m_showIgnored = false;
};

} // namespace slipway
