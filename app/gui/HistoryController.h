// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/MainWindow.h"
#include "services/git/Compare.h"
#include "services/project/Project.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QMenu;

namespace slipway {

class CommitLogModel;
class EditorArea;
class HistoryView;
class ReviewDiffView;

// The history and review wiring: the History tab (log model, commit details, a commit's changes), Compare…
// for any two states, and the review tabs; every git read and diff runs on the thread pool.
class HistoryController : public QObject
{
    Q_OBJECT
public:
    HistoryController(const AppServices& services, EditorArea* editors, QObject* parent = nullptr);

    void setProject(const std::optional<ProjectInfo>& project);
    void populateMenu(QMenu* menu);
    void showHistory();
    // Opens a review tab with every change from `from` to `to` (only `paths` when given).
    ReviewDiffView* showReview(const git::TreeSpec& from, const git::TreeSpec& to,
                               const QStringList& paths = {});
    void compare();
    HistoryView* historyView() const;
    CommitLogModel* model() const { return m_model; }

private:
    void showCommit(const QString& id);
    void showCommitFile(const QString& id, const QString& path);
    void review(ReviewDiffView* view, const git::TreeSpec& from, const git::TreeSpec& to,
                const QStringList& paths, const QString& title);
    void exportReview(const QString& path, const QString& html);

    AppServices m_services;
    EditorArea* m_editors;
    CommitLogModel* m_model;
    QPointer<HistoryView> m_view;
    QString m_root;
    QHash<QString, QStringList> m_parents; // commit → parents, for "changes of this commit"
    quint64 m_detailsRequest = 0;
    quint64 m_diffRequest = 0;
};

} // namespace slipway
