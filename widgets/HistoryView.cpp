// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/HistoryView.h"

#include "models/CommitLogModel.h"
#include "widgets/CommitGraphDelegate.h"
#include "widgets/ReviewDiffView.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace slipway {

using namespace Qt::StringLiterals;

HistoryView::HistoryView(CommitLogModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(6, 4, 6, 0);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"historyTextFilter"_s);
    m_text->setPlaceholderText(tr("Filter by message, author or id"));
    m_text->setClearButtonEnabled(true);
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"historyPathFilter"_s);
    m_path->setPlaceholderText(tr("Path (file or folder)"));
    m_path->setClearButtonEnabled(true);
    m_allRefs = new QCheckBox(tr("All branches"), this);
    m_status = new QLabel(this);
    filters->addWidget(m_text, 3);
    filters->addWidget(m_path, 2);
    filters->addWidget(m_allRefs);
    filters->addWidget(m_status);
    layout->addLayout(filters);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(vertical);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(model);
    m_table->setItemDelegateForColumn(CommitLogModel::SummaryColumn, new CommitGraphDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows: quick on 50k commits
    m_table->horizontalHeader()->setSectionResizeMode(CommitLogModel::SummaryColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(CommitLogModel::AuthorColumn, 150);
    m_table->horizontalHeader()->resizeSection(CommitLogModel::DateColumn, 140);
    m_table->horizontalHeader()->resizeSection(CommitLogModel::IdColumn, 80);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    auto* bottom = new QSplitter(Qt::Horizontal, vertical);
    auto* details = new QSplitter(Qt::Vertical, bottom);
    m_message = new QTextBrowser(details);
    m_message->setObjectName(u"commitMessage"_s);
    m_files = new QTreeWidget(details);
    m_files->setObjectName(u"commitFiles"_s);
    m_files->setHeaderLabels({tr("File"), tr("+"), tr("−")});
    m_files->setRootIsDecorated(false);
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->resizeSection(1, 48);
    m_files->header()->resizeSection(2, 48);
    m_diff = new ReviewDiffView(bottom);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 3);
    bottom->setSizes({300, 900});
    details->setSizes({180, 220});
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    vertical->setSizes({320, 480});
    layout->addWidget(vertical, 1);
    setDetailsMessage(tr("Select a commit."));

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, [this] { Q_EMIT queryChanged(query()); });
    connect(m_text, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_path, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_allRefs, &QCheckBox::toggled, this, [this] { Q_EMIT queryChanged(query()); });
    connect(model, &CommitLogModel::loadingChanged, this, [this](bool loading) {
        m_status->setText(loading ? tr("reading…")
                          : m_model->atEnd()
                              ? tr("%1 commits").arg(QLocale().toString(m_model->rowCount()))
                              : tr("%1+ commits").arg(QLocale().toString(m_model->rowCount())));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const git::CommitInfo* commit = m_model->commitAt(current.row());
                if (commit)
                    Q_EMIT commitSelected(commit->id);
            });
    connect(m_files, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && !m_detailsId.isEmpty())
            Q_EMIT fileSelected(m_detailsId, item->data(0, Qt::UserRole).toString());
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        const git::CommitInfo* commit = m_model->commitAt(m_table->indexAt(at).row());
        if (!commit)
            return;
        QMenu menu(this);
        menu.addAction(tr("Compare with Working Tree"), this,
                       [this, id = commit->id] { Q_EMIT compareWithWorkTree(id); });
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
}

git::LogQuery HistoryView::query() const
{
    git::LogQuery query;
    query.text = m_text->text().trimmed();
    const QString path = m_path->text().trimmed();
    if (!path.isEmpty())
        query.paths = {path};
    query.allRefs = m_allRefs->isChecked();
    return query;
}

QString HistoryView::selectedCommit() const
{
    const git::CommitInfo* commit = m_model->commitAt(m_table->currentIndex().row());
    return commit ? commit->id : QString();
}

void HistoryView::selectRow(int row)
{
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void HistoryView::setDetails(const git::CommitDetails& details)
{
    m_detailsId = details.info.id;
    const QLocale locale;
    QString html = u"<p><b>%1</b></p>"_s.arg(details.info.summary.toHtmlEscaped());
    QString body = details.message.section(u'\n', 1).trimmed();
    if (!body.isEmpty())
        html += u"<p style=\"white-space: pre-wrap;\">%1</p>"_s.arg(body.toHtmlEscaped());
    html += u"<p style=\"color: gray;\">"_s +
            tr("%1 &lt;%2&gt;, %3")
                .arg(details.info.authorName.toHtmlEscaped(), details.info.authorEmail.toHtmlEscaped(),
                     locale.toString(details.info.authorDate, QLocale::LongFormat)) +
            u"<br>"_s + tr("commit %1").arg(details.info.id);
    for (const QString& parent : details.info.parents)
        html += u"<br>"_s + tr("parent %1").arg(parent.left(12));
    html += u"</p>"_s;
    m_message->setHtml(html);
    QSignalBlocker blocker(m_files);
    m_files->clear();
    auto* all = new QTreeWidgetItem(m_files, {tr("All files (%1)").arg(details.files.size())});
    all->setData(0, Qt::UserRole, QString());
    int added = 0, removed = 0;
    for (const git::ChangedFile& file : details.files) {
        const QString name = file.status == 'R' ? file.oldPath + u" → "_s + file.path : file.path;
        auto* item = new QTreeWidgetItem(m_files, {QString(QChar::fromLatin1(file.status)) + u"  "_s + name,
                                                   file.binary ? u"bin"_s : QString::number(file.added),
                                                   file.binary ? QString() : QString::number(file.removed)});
        item->setData(0, Qt::UserRole, file.path);
        item->setToolTip(0, name);
        item->setForeground(1, QColor(0x2d, 0xa4, 0x4e));
        item->setForeground(2, QColor(0xd7, 0x3a, 0x4a));
        added += file.added;
        removed += file.removed;
    }
    all->setText(1, QString::number(added));
    all->setText(2, QString::number(removed));
    m_files->setCurrentItem(all);
    blocker.unblock();
    Q_EMIT fileSelected(m_detailsId, QString()); // the whole commit
}

void HistoryView::setDetailsMessage(const QString& message)
{
    m_detailsId.clear();
    m_message->setHtml(u"<p style=\"color: gray;\">"_s + message.toHtmlEscaped() + u"</p>"_s);
    m_files->clear();
}

} // namespace slipway
