// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/HistoryController.h"

#include "models/CommitLogModel.h"
#include "services/core/Continuation.h"
#include "services/core/LogSink.h"
#include "services/git/Repository.h"
#include "services/notebook/Notebook.h"
#include "services/project/ReviewDiff.h"
#include "widgets/CompareDialog.h"
#include "widgets/EditorArea.h"
#include "widgets/HistoryView.h"
#include "widgets/ReviewDiffView.h"

#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

namespace slipway {

using namespace Qt::StringLiterals;

namespace {

// Whole files, so that the view can unfold any unchanged run; the view folds them.
project::ReviewOptions viewOptions()
{
    project::ReviewOptions options;
    options.context = 1 << 24;
    return options;
}

} // namespace

HistoryController::HistoryController(const AppServices& services, EditorArea* editors, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_editors(editors)
    , m_model(new CommitLogModel(this))
{
    connect(m_model, &CommitLogModel::failed, this,
            [this](const Error& error) { m_services.log->error(tr("history"), error.toString()); });
}

HistoryView* HistoryController::historyView() const
{
    return m_view;
}

void HistoryController::setProject(const std::optional<ProjectInfo>& project)
{
    m_root = project && project->git ? project->git->workdir : QString();
    m_parents.clear();
    if (m_root.isEmpty()) {
        m_model->clear();
        return;
    }
    if (m_view)
        m_model->setQuery(m_root, m_view->query());
}

void HistoryController::populateMenu(QMenu* menu)
{
    QAction* history = menu->addAction(tr("&History"), this, &HistoryController::showHistory);
    history->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
    menu->addAction(tr("&Compare…"), this, &HistoryController::compare);
    menu->addSeparator();
    connect(menu, &QMenu::aboutToShow, this, [this, history] { history->setEnabled(!m_root.isEmpty()); });
}

void HistoryController::showHistory()
{
    if (m_root.isEmpty())
        return;
    if (!m_view) {
        m_view = new HistoryView(m_model);
        m_view->setObjectName(u"historyView"_s);
        connect(m_view, &HistoryView::queryChanged, this, [this](const git::LogQuery& query) {
            if (!m_root.isEmpty())
                m_model->setQuery(m_root, query);
        });
        connect(m_view, &HistoryView::commitSelected, this, &HistoryController::showCommit);
        connect(m_view, &HistoryView::fileSelected, this, &HistoryController::showCommitFile);
        connect(m_view, &HistoryView::compareWithWorkTree, this, [this](const QString& id) {
            showReview(git::TreeSpec::commit(id), git::TreeSpec::workTree());
        });
        connect(m_view->diffView(), &ReviewDiffView::exportRequested, this, &HistoryController::exportReview);
        m_model->setQuery(m_root, m_view->query());
        connect(m_model, &CommitLogModel::firstBatchLoaded, m_view, [view = m_view] {
            if (view->selectedCommit().isEmpty())
                view->selectRow(0);
        });
    }
    m_editors->showPage(m_view, tr("History"));
}

void HistoryController::showCommit(const QString& id)
{
    const quint64 request = ++m_detailsRequest;
    m_view->setDetailsMessage(tr("Reading commit %1…").arg(id.left(8)));
    whenResult(QtConcurrent::run([root = m_root, id] {
                   git::GitResult<git::Repository> repository = git::Repository::open(root);
                   if (!repository)
                       return git::GitResult<git::CommitDetails>(std::unexpected(repository.error()));
                   return repository->commitDetails(id);
               }),
               this, [this, request](const git::GitResult<git::CommitDetails>& details) {
                   if (request != m_detailsRequest || !m_view)
                       return;
                   if (!details) {
                       m_view->setDetailsMessage(details.error().toString());
                       return;
                   }
                   m_parents.insert(details->info.id, details->info.parents);
                   m_view->setDetails(*details); // selects "All files": the whole commit's changes follow
               });
}

void HistoryController::showCommitFile(const QString& id, const QString& path)
{
    if (!m_view)
        return;
    const QStringList parents = m_parents.value(id);
    const git::TreeSpec from = git::TreeSpec::commit(parents.isEmpty() ? QString() : parents.front());
    review(m_view->diffView(), from, git::TreeSpec::commit(id),
           path.isEmpty() ? QStringList{} : QStringList{path},
           path.isEmpty() ? tr("Commit %1").arg(id.left(8)) : tr("%1 in %2").arg(path, id.left(8)));
}

void HistoryController::review(ReviewDiffView* view, const git::TreeSpec& from, const git::TreeSpec& to,
                               const QStringList& paths, const QString& title)
{
    const quint64 request = ++m_diffRequest;
    view->setMessage(tr("Comparing…"));
    project::ReviewRequest what{m_root, from, to, paths};
    whenResult(project::reviewDiffAsync(what, viewOptions()), this,
               [this, request, view = QPointer<ReviewDiffView>(view),
                title](const Result<QList<project::ReviewFile>>& files) {
                   if (!view || (view == (m_view ? m_view->diffView() : nullptr) && request != m_diffRequest))
                       return;
                   if (!files) {
                       view->setMessage(files.error().toString());
                       m_services.log->error(tr("review"), files.error().toString());
                       return;
                   }
                   view->setReview(*files, title);
               });
}

ReviewDiffView* HistoryController::showReview(const git::TreeSpec& from, const git::TreeSpec& to,
                                              const QStringList& paths)
{
    if (m_root.isEmpty())
        return nullptr;
    auto* view = new ReviewDiffView;
    view->setObjectName(u"reviewView"_s);
    connect(view, &ReviewDiffView::exportRequested, this, &HistoryController::exportReview);
    const QString title = tr("%1 → %2").arg(from.label(), to.label());
    m_editors->showPage(view, title);
    review(view, from, to, paths, title);
    return view;
}

void HistoryController::compare()
{
    if (m_root.isEmpty())
        return;
    CompareDialog dialog({}, m_editors->window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    showReview(dialog.from(), dialog.to());
}

void HistoryController::exportReview(const QString& path, const QString& html)
{
    whenResult(QtConcurrent::run(
                   [path, bytes = html.toUtf8()] { return notebook::writeFileIfChanged(path, bytes); }),
               this, [this, path](const Result<bool>& written) {
                   if (!written) {
                       m_services.log->error(tr("review"), written.error().toString());
                       QMessageBox::warning(m_editors->window(), tr("Export Review"),
                                            written.error().toString());
                       return;
                   }
                   m_services.log->info(tr("review"), tr("Exported the review to %1").arg(path));
               });
}

} // namespace slipway
