// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ProjectPanel.h"

#include "models/ProjectFilesModel.h"

#include <QApplication>
#include <QFileIconProvider>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace slipway {

namespace {

// Folder and file icons by kind only: no per-file lookups on the GUI thread.
class FileIconDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        static const QFileIconProvider provider;
        const bool folder = index.data(ProjectFilesModel::IsFolderRole).toBool();
        option->icon =
            provider.icon(folder ? QAbstractFileIconProvider::Folder : QAbstractFileIconProvider::File);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

ProjectPanel::ProjectPanel(ProjectFilesModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_filter->setSourceModel(model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setPlaceholderText(tr("Filter files"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });

    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegate(new FileIconDelegate(m_view));
    m_view->setObjectName(QStringLiteral("projectTree"));
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (!index.data(ProjectFilesModel::IsFolderRole).toBool())
            Q_EMIT fileActivated(index.data(ProjectFilesModel::AbsolutePathRole).toString());
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // Open the first level, so that a freshly opened project shows its shape.
        for (int row = 0; row < m_filter->rowCount(); ++row)
            m_view->expand(m_filter->index(row, 0));
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
}

} // namespace slipway
