// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PipelinePanel.h"

#include "models/PipelineModel.h"
#include "widgets/PipelineView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace slipway {

PipelinePanel::PipelinePanel(PipelineModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_graphs(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_run(new QToolButton(this))
    , m_dryRun(new QToolButton(this))
    , m_cancel(new QToolButton(this))
    , m_force(new QCheckBox(tr("Force"), this))
    , m_view(new PipelineView(model, this))
    , m_stepTitle(new QLabel(this))
    , m_stepWhy(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
{
    m_graphs->setObjectName(u"pipelineGraphs"_s);
    m_graphs->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_graphs->setToolTip(
        tr("The pipeline to show: slipway.yaml's runs here; the others are drawn read-only"));
    m_run->setObjectName(u"pipelineRun"_s);
    m_run->setText(tr("Run"));
    m_run->setIcon(QIcon::fromTheme(u"media-playback-start"_s));
    m_run->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_run->setToolTip(tr("Run the pipeline: each step runs unless it is cached"));
    m_dryRun->setObjectName(u"pipelineDryRun"_s);
    m_dryRun->setText(tr("Dry Run"));
    m_dryRun->setToolTip(tr("Show what would run now, and why, without running anything"));
    m_cancel->setObjectName(u"pipelineCancel"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setIcon(QIcon::fromTheme(u"process-stop"_s));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_force->setToolTip(tr("Run the steps even when they are cached"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_graphs);
    bar->addWidget(m_run);
    bar->addWidget(m_dryRun);
    bar->addWidget(m_cancel);
    bar->addWidget(m_force);
    bar->addStretch();

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_stepTitle->setTextFormat(Qt::RichText);
    m_stepWhy->setWordWrap(true);
    m_stepWhy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setReadOnly(true);
    m_log->setObjectName(u"pipelineStepLog"_s);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Click a step to see why it runs and its log."));
    m_log->setMinimumHeight(40);
    m_view->setMinimumHeight(60);
    detailsLayout->addWidget(m_stepTitle);
    detailsLayout->addWidget(m_stepWhy);
    detailsLayout->addWidget(m_log, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 180});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_run, &QToolButton::clicked, this,
            [this] { Q_EMIT runRequested({}, int(pipeline::Selection::UpTo), false); });
    connect(m_dryRun, &QToolButton::clicked, this,
            [this] { Q_EMIT runRequested({}, int(pipeline::Selection::UpTo), true); });
    connect(m_cancel, &QToolButton::clicked, this, &PipelinePanel::cancelRequested);
    connect(m_graphs, &QComboBox::activated, this, &PipelinePanel::graphChosen);
    connect(m_view, &PipelineView::stepSelected, this, &PipelinePanel::showStep);
    connect(m_view, &PipelineView::runRequested, this, [this](int row, int selection) {
        Q_EMIT runRequested({m_model->status(row).name}, selection, false);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& top, const QModelIndex& bottom) {
                const int row = m_view->selectedRow();
                if (row >= top.row() && row <= bottom.row())
                    showStep(row);
            });
    connect(m_model, &PipelineModel::layoutReset, this, [this] {
        showStep(-1);
        setRunning(m_running);
    });
    setRunning(false);
}

void PipelinePanel::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_status->setPalette(palette);
}

void PipelinePanel::setRunning(bool running)
{
    m_running = running;
    const bool runnable = m_model->rowCount() > 0 && !m_model->isReadOnly();
    m_run->setEnabled(runnable && !running);
    m_dryRun->setEnabled(runnable && !running);
    m_force->setEnabled(runnable && !running);
    m_cancel->setEnabled(running);
}

void PipelinePanel::setGraphs(const QStringList& names, int current)
{
    m_graphs->clear();
    m_graphs->addItems(names);
    m_graphs->setCurrentIndex(current);
    m_graphs->setVisible(names.size() > 1);
}

void PipelinePanel::setCurrentGraph(int index)
{
    m_graphs->setCurrentIndex(index);
}

bool PipelinePanel::force() const
{
    return m_force->isChecked();
}

void PipelinePanel::showStep(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_stepTitle->clear();
        m_stepWhy->clear();
        m_log->clear();
        return;
    }
    const QModelIndex index = m_model->index(row);
    const auto state = pipeline::StepState(index.data(PipelineModel::StateRole).toInt());
    m_stepTitle->setText(u"<b>%1</b> — %2<br><code>%3</code>"_s.arg(
        index.data().toString().toHtmlEscaped(), PipelineModel::stateText(state),
        index.data(PipelineModel::CommandRole).toString().toHtmlEscaped()));
    QStringList why;
    if (const QString reason = index.data(PipelineModel::ReasonRole).toString(); !reason.isEmpty())
        why << tr("Why: %1").arg(reason);
    if (const QString summary = index.data(PipelineModel::SummaryRole).toString(); !summary.isEmpty())
        why << summary;
    m_stepWhy->setText(why.join(u" — "_s));
    const QStringList log = index.data(PipelineModel::LogRole).toStringList();
    const QString text = log.join(u'\n');
    if (m_log->toPlainText() != text) {
        m_log->setPlainText(text);
        // The end of the log (where a failure says why), from the start of its lines.
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
        m_log->horizontalScrollBar()->setValue(0);
    }
}

} // namespace slipway
