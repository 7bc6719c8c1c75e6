#include "widgets/NotebookPage.h"

#include "models/NotebookModel.h"
#include "widgets/NotebookCellDelegate.h"

#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QVBoxLayout>

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

void NotebookView::resizeEvent(QResizeEvent* event)
{
    m_delegate->invalidate(); // layouts depend on the width
    QListView::resizeEvent(event);
}

void NotebookView::changeEvent(QEvent* event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_delegate->invalidate();
        scheduleDelayedItemsLayout();
    }
}

NotebookPage::NotebookPage(const QString& path, QWidget* parent)
    : QWidget(parent)
    , m_path(path)
    , m_model(new NotebookModel(this))
    , m_view(new NotebookView(m_model, this))
    , m_summary(new QLabel(tr("Reading %1…").arg(QFileInfo(path).fileName()), this))
{
    m_summary->setObjectName(QStringLiteral("notebookSummary"));
    m_summary->setContentsMargins(8, 4, 8, 4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    auto* watcher = new QFutureWatcher<Result<notebook::NotebookDisplay>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Result<notebook::NotebookDisplay> display = watcher->result();
        if (!display) {
            m_summary->setText(display.error().toString());
            Q_EMIT failed(display.error());
            return;
        }
        int outputs = 0;
        for (const auto& cell : display->cells)
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
    watcher->setFuture(notebook::loadNotebookDisplayAsync(path));
}

} // namespace slipway
