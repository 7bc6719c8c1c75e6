// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TestsPanel.h"

#include "models/TestTreeModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace slipway {

using namespace Qt::StringLiterals;

TestsPanel::TestsPanel(TestTreeModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    const auto button = [&](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1StringView(name));
        bar->addWidget(b);
        return b;
    };
    QPushButton* collect = button(tr("Discover"), "discoverTests");
    QPushButton* all = button(tr("Run All"), "runAllTests");
    QPushButton* selected = button(tr("Run Selected"), "runSelectedTests");
    QPushButton* failed = button(tr("Run Failed"), "runFailedTests");
    m_cancel = button(tr("Cancel"), "cancelTests");
    m_runButtons = {collect, all, selected, failed};
    m_withCoverage = new QCheckBox(tr("Coverage"), this);
    m_withCoverage->setObjectName(u"withCoverage"_s);
    m_installed = new QCheckBox(tr("Installed package"), this);
    m_installed->setObjectName(u"installedPackage"_s);
    m_installed->setToolTip(
        tr("Build the wheel, install it into a new environment and run the tests against it"));
    bar->addWidget(m_withCoverage);
    bar->addWidget(m_installed);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    bar->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(u"testStatus"_s);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeView(split);
    m_tree->setObjectName(u"testTree"_s);
    m_tree->setModel(model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(TestTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(TestTreeModel::OutcomeColumn, 70);
    m_tree->header()->resizeSection(TestTreeModel::TimeColumn, 70);
    auto* right = new QSplitter(Qt::Vertical, split);
    m_details = new QTextBrowser(right);
    m_details->setObjectName(u"testDetails"_s);
    m_details->setOpenLinks(false);
    auto* coverageBox = new QWidget(right);
    auto* coverageLayout = new QVBoxLayout(coverageBox);
    coverageLayout->setContentsMargins(0, 0, 0, 0);
    m_threshold = new QLabel(coverageBox);
    m_threshold->setObjectName(u"coverageThreshold"_s);
    m_coverage = new QTableWidget(0, 3, coverageBox);
    m_coverage->setObjectName(u"coverageTable"_s);
    m_coverage->setHorizontalHeaderLabels({tr("File"), tr("Coverage"), tr("Missed lines")});
    m_coverage->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_coverage->horizontalHeader()->setStretchLastSection(true);
    m_coverage->verticalHeader()->hide();
    m_coverage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    coverageLayout->addWidget(m_threshold);
    coverageLayout->addWidget(m_coverage, 1);
    // Compact when the dock is short (it shares the bottom with the Log).
    for (QWidget* w : std::initializer_list<QWidget*>{m_tree, m_details, m_coverage, coverageBox})
        w->setMinimumHeight(36);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(collect, &QPushButton::clicked, this, &TestsPanel::collectRequested);
    connect(all, &QPushButton::clicked, this, [this] {
        Q_EMIT runRequested({}, false, m_withCoverage->isChecked(), m_installed->isChecked());
    });
    connect(selected, &QPushButton::clicked, this, [this] {
        QStringList ids;
        const auto rows = m_tree->selectionModel()->selectedRows();
        for (const QModelIndex& index : rows)
            ids += m_model->nodeIdsUnder(index);
        if (!ids.isEmpty())
            Q_EMIT runRequested(ids, false, m_withCoverage->isChecked(), m_installed->isChecked());
    });
    connect(failed, &QPushButton::clicked, this, [this] {
        const QStringList ids = m_model->failedNodeIds();
        if (!ids.isEmpty())
            Q_EMIT runRequested(ids, true, m_withCoverage->isChecked(), m_installed->isChecked());
    });
    connect(m_cancel, &QPushButton::clicked, this, &TestsPanel::cancelRequested);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TestsPanel::showDetails);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        // open:FILE:LINE
        const QString target = url.toString().mid(5);
        const qsizetype colon = target.lastIndexOf(u':');
        Q_EMIT openRequested(target.left(colon), QStringView(target).mid(colon + 1).toInt());
    });
    setRunning(false);
    m_details->setHtml(u"<p style=\"color: gray;\">"_s + tr("Discover the tests, then run them.") +
                       u"</p>"_s);
}

void TestsPanel::setRunning(bool running, const QString& what)
{
    for (QPushButton* b : std::as_const(m_runButtons))
        b->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_progress->setValue(0);
    if (running)
        m_status->setText(what);
}

void TestsPanel::setProgress(int percent)
{
    m_progress->setValue(percent);
}

void TestsPanel::setSummary(const QString& text)
{
    m_status->setText(text);
}

void TestsPanel::setCoverage(const std::optional<testing::CoverageReport>& coverage)
{
    m_coverage->setRowCount(0);
    if (!coverage) {
        m_threshold->clear();
        return;
    }
    QString threshold = tr("Coverage %1%").arg(coverage->rate * 100, 0, 'f', 1);
    if (coverage->failUnder)
        threshold += coverage->passes() ? tr(" — fail_under %1: passes").arg(*coverage->failUnder)
                                        : tr(" — fail_under %1: FAILS").arg(*coverage->failUnder);
    m_threshold->setText(threshold);
    m_threshold->setStyleSheet(coverage->passes() ? QString() : u"color: #d73a4a; font-weight: bold;"_s);
    for (const testing::FileCoverage& file : coverage->files) {
        const int row = m_coverage->rowCount();
        m_coverage->insertRow(row);
        m_coverage->setItem(row, 0, new QTableWidgetItem(file.file));
        auto* rate = new QTableWidgetItem(u"%1%"_s.arg(file.rate * 100, 0, 'f', 0));
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_coverage->setItem(row, 1, rate);
        QStringList missed;
        for (int line : file.missed)
            missed << QString::number(line);
        m_coverage->setItem(row, 2, new QTableWidgetItem(missed.join(u", "_s)));
    }
}

void TestsPanel::showDetails()
{
    const testing::TestResult* result = m_model->resultAt(m_tree->currentIndex());
    if (!result) {
        m_details->clear();
        return;
    }
    QString html =
        u"<p><b>%1</b> — %2"_s.arg(result->nodeId.toHtmlEscaped(), testing::outcomeName(result->outcome));
    if (result->seconds > 0)
        html += tr(", %1 s").arg(result->seconds, 0, 'f', 3);
    html += u"</p>"_s;
    if (!result->message.isEmpty())
        html += u"<p style=\"color: #d73a4a;\">"_s + result->message.toHtmlEscaped() + u"</p>"_s;
    if (!result->links.isEmpty()) {
        html += u"<p>"_s;
        for (const testing::SourceLink& link : result->links)
            html += u"<a href=\"open:%1:%2\">%1:%2</a><br>"_s.arg(link.file.toHtmlEscaped()).arg(link.line);
        html += u"</p>"_s;
    }
    if (!result->details.isEmpty())
        html += u"<pre>"_s + result->details.toHtmlEscaped() + u"</pre>"_s;
    m_details->setHtml(html);
}

} // namespace slipway
