// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/NotebookPage.h"

#include "models/NotebookModel.h"
#include "services/core/Continuation.h"
#include "services/notebook/Notebook.h"
#include "services/project/StripPlan.h"
#include "widgets/NotebookCellDelegate.h"
#include "widgets/StripPreviewDialog.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollBar>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace slipway {

NotebookView::NotebookView(NotebookModel* model, QWidget* parent)
    : QListView(parent)
    , m_delegate(new NotebookCellDelegate(model, this))
{
    setObjectName(QStringLiteral("notebookView"));
    setModel(model);
    setItemDelegate(m_delegate);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFrameShape(QFrame::NoFrame);
    verticalScrollBar()->setSingleStep(24);
}

bool NotebookView::viewportEvent(QEvent* event)
{
    // Cell heights depend on the width text wraps at: when the viewport's width changes (the view resized,
    // a splitter moved, the scroll bar coming or going), every cell is measured again. QListView itself
    // lays items out again only when the height changes (its flow is top to bottom).
    if (event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width()) {
            m_delegate->invalidate();
            scheduleDelayedItemsLayout();
        }
    }
    return QListView::viewportEvent(event);
}

void NotebookView::changeEvent(QEvent* event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_delegate->invalidate();
        scheduleDelayedItemsLayout();
    }
}

namespace {

// Stripping the notebook file, undoable: redo writes the stripped bytes, undo the original ones.
class StripNotebookCommand : public QUndoCommand
{
public:
    StripNotebookCommand(NotebookPage* page, StripPlan plan)
        : QUndoCommand(NotebookPage::tr("Strip outputs of %1").arg(QFileInfo(plan.path).fileName()))
        , m_page(page)
        , m_plan(std::move(plan))
    {}
    void redo() override { m_page->writeAndReload(m_plan.stripped); }
    void undo() override { m_page->writeAndReload(m_plan.original); }

private:
    NotebookPage* m_page;
    StripPlan m_plan;
};

} // namespace

NotebookPage::NotebookPage(const QString& path, QWidget* parent)
    : QWidget(parent)
    , m_path(path)
    , m_model(new NotebookModel(this))
    , m_view(new NotebookView(m_model, this))
    , m_summary(new QLabel(tr("Reading %1…").arg(QFileInfo(path).fileName()), this))
    , m_undo(new QUndoStack(this))
{
    m_summary->setObjectName(QStringLiteral("notebookSummary"));
    m_summary->setContentsMargins(8, 4, 8, 4);
    auto* strip = new QToolButton(this);
    strip->setObjectName(QStringLiteral("stripButton"));
    strip->setText(tr("Strip Outputs…"));
    strip->setToolTip(
        tr("Remove outputs, execution counts and noisy metadata from this notebook (undoable)"));
    strip->setAutoRaise(true);
    connect(strip, &QToolButton::clicked, this, [this] { stripOutputs(true); });
    QAction* undo = m_undo->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction* redo = m_undo->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 4, 0);
    bar->addWidget(m_summary, 1);
    bar->addWidget(strip);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    reload();
}

void NotebookPage::stripOutputs(bool ask)
{
    whenFinished(planStripAsync(m_path, m_path), this, [this, ask](const QFuture<Result<StripPlan>>& done) {
        if (done.isCanceled() || done.resultCount() == 0)
            return; // canceled (from the Jobs panel, or on the way out): no result to read
        Result<StripPlan> plan = done.result();
        if (!plan) {
            Q_EMIT failed(plan.error());
            return;
        }
        if (!plan->changed()) {
            Q_EMIT message(tr("%1 has no outputs to strip").arg(QFileInfo(m_path).fileName()));
            return;
        }
        if (ask && StripPreviewDialog(*plan, this).exec() != QDialog::Accepted)
            return;
        m_undo->push(new StripNotebookCommand(this, std::move(*plan)));
    });
}

void NotebookPage::writeAndReload(const QByteArray& bytes)
{
    whenFinished(
        QtConcurrent::run([path = m_path, bytes] { return notebook::writeFileIfChanged(path, bytes); }), this,
        [this](const QFuture<Result<bool>>& done) {
            if (done.isCanceled() || done.resultCount() == 0)
                return; // canceled (from the Jobs panel, or on the way out): no result to read
            if (const Result<bool> written = done.result(); !written)
                Q_EMIT failed(written.error());
            reload();
        });
}

void NotebookPage::reload()
{
    whenFinished(notebook::loadNotebookDisplayAsync(m_path), this,
                 [this](const QFuture<Result<notebook::NotebookDisplay>>& done) {
                     if (done.isCanceled() || done.resultCount() == 0)
                         return; // canceled (from the Jobs panel, or on the way out): no result to read
                     Result<notebook::NotebookDisplay> display = done.result();
                     if (!display) {
                         m_summary->setText(display.error().toString());
                         Q_EMIT failed(display.error());
                         return;
                     }
                     int outputs = 0;
                     for (const auto& cell : std::as_const(display->cells))
                         outputs += int(cell.outputs.size());
                     m_summary->setText(tr("nbformat %1.%2 · %3 · cells: %4 · outputs: %5")
                                            .arg(display->major)
                                            .arg(display->minor)
                                            .arg(QLocale().formattedDataSize(display->fileSize))
                                            .arg(display->cells.size())
                                            .arg(outputs));
                     m_model->setDisplay(std::move(*display));
                     Q_EMIT loaded();
                 });
}

} // namespace slipway
