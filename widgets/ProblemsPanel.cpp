// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ProblemsPanel.h"

#include "models/DiagnosticsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace slipway {

using namespace Qt::StringLiterals;

ProblemsPanel::ProblemsPanel(DiagnosticsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new DiagnosticsFilter(this))
{
    m_filter->setSourceModel(model);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    auto* run = new QPushButton(tr("Lint Project"), this);
    run->setObjectName(u"lintButton"_s);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(u"severityFilter"_s);
    m_severity->addItems({tr("All severities"), tr("Errors"), tr("Errors and warnings")});
    m_tool = new QComboBox(this);
    m_tool->setObjectName(u"toolFilter"_s);
    m_tool->addItem(tr("All tools"));
    const auto tools = lint::allTools();
    for (lint::Tool tool : tools)
        m_tool->addItem(lint::toolName(tool), int(tool));
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"problemsTextFilter"_s);
    m_text->setPlaceholderText(tr("Filter by file, code or message"));
    m_text->setClearButtonEnabled(true);
    m_counts = new QLabel(this);
    m_counts->setObjectName(u"problemCounts"_s);
    bar->addWidget(run);
    bar->addWidget(m_severity);
    bar->addWidget(m_tool);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_counts);
    layout->addLayout(bar);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"problemsView"_s);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // 100,000 rows stay quick
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(DiagnosticsModel::SeverityColumn, 70);
    m_view->header()->resizeSection(DiagnosticsModel::LocationColumn, 280);
    m_view->header()->resizeSection(DiagnosticsModel::CodeColumn, 170);
    m_view->header()->resizeSection(DiagnosticsModel::ToolColumn, 80);
    m_view->setMinimumHeight(36);
    layout->addWidget(m_view, 1);

    connect(run, &QPushButton::clicked, this, &ProblemsPanel::lintRequested);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setMinimumSeverity(index == 1   ? std::optional(lint::Severity::Error)
                                     : index == 2 ? std::optional(lint::Severity::Warning)
                                                  : std::nullopt);
    });
    connect(m_tool, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setTool(index == 0 ? std::nullopt
                                     : std::optional(lint::Tool(m_tool->itemData(index).toInt())));
    });
    connect(m_text, &QLineEdit::textChanged, m_filter, &DiagnosticsFilter::setText);
    connect(model, &DiagnosticsModel::countsChanged, this, &ProblemsPanel::updateCounts);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint& at) {
        const lint::Diagnostic* d = m_model->at(m_filter->mapToSource(m_view->indexAt(at)).row());
        if (!d)
            return;
        QMenu menu(this);
        QAction* ignore = menu.addAction(tr("Ignore %1 Here").arg(d->symbol.isEmpty() ? d->code : d->symbol));
        ignore->setToolTip(tr("Write the tool's own suppression comment on the line"));
        ignore->setEnabled(d->cell == 0); // notebook cells: not yet
        const lint::Diagnostic copy = *d;
        connect(ignore, &QAction::triggered, this, [this, copy] { Q_EMIT ignoreRequested(copy); });
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_filter->mapToSource(index);
        if (const lint::Diagnostic* d = m_model->at(source.row()))
            Q_EMIT activated(d->file, d->cell, d->line, d->column);
    });
    updateCounts();
}

void ProblemsPanel::setRunning(bool running)
{
    m_running = running;
    updateCounts();
}

void ProblemsPanel::updateCounts()
{
    const QString counts = tr("%1 errors, %2 warnings, %3 info")
                               .arg(m_model->count(lint::Severity::Error))
                               .arg(m_model->count(lint::Severity::Warning))
                               .arg(m_model->count(lint::Severity::Info));
    m_counts->setText(m_running ? tr("linting… %1").arg(counts) : counts);
}

} // namespace slipway
