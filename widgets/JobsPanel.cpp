// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/JobsPanel.h"

#include "models/JobsModel.h"
#include "services/core/JobManager.h"
#include "widgets/PanelLayout.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>

namespace slipway {

namespace {

// Draws the progress column as a progress bar (busy bars show full and say so in the status column).
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (!index.data(JobsModel::IsRunningRole).toBool()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const int progress = index.data(JobsModel::ProgressRole).toInt();
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.minimum = 0;
        bar.maximum = progress < 0 ? 0 : 100;
        bar.progress = progress < 0 ? 0 : progress;
        bar.text = index.data().toString();
        bar.textVisible = progress >= 0;
        bar.palette = option.palette;
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

JobsPanel::JobsPanel(JobsModel* model, JobManager* jobs, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_jobs(jobs)
    , m_view(new QTableView(this))
{
    m_view->setModel(model);
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setItemDelegateForColumn(JobsModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->horizontalHeader()->setSectionResizeMode(JobsModel::TitleColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(JobsModel::TitleColumn, 260);
    m_view->horizontalHeader()->resizeSection(JobsModel::ProgressColumn, 160);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* cancel = new QToolButton(this);
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Cancel the selected job"));
    cancel->setEnabled(false);
    auto* cancelAll = new QToolButton(this);
    cancelAll->setText(tr("Cancel All"));
    cancelAll->setEnabled(false);

    const auto updateButtons = [this, cancel, cancelAll] {
        const QModelIndex current = m_view->currentIndex();
        cancel->setEnabled(current.isValid() && current.data(JobsModel::IsRunningRole).toBool());
        cancelAll->setEnabled(m_jobs->runningCount() > 0);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this, updateButtons] {
        m_view->scrollToBottom();
        updateButtons();
    });
    connect(cancel, &QToolButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_jobs->cancel(current.data(JobsModel::JobIdRole).toULongLong());
    });
    connect(cancelAll, &QToolButton::clicked, m_jobs, &JobManager::cancelAll);

    layOutPanel(this, m_view, {cancel, cancelAll});
}

} // namespace slipway
