// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <memory>
#include <vector>

class QAbstractItemView;
class QTextDocument;

namespace slipway {

class NotebookModel;

// Paints one notebook cell: its prompt, its source (code highlighted with KSyntaxHighlighting in the
// notebook's language, markdown rendered, raw as is) and its outputs (text with ANSI colours, errors and
// stderr tinted, images scaled to the width, SVG, markdown, simple HTML). Long text outputs show their first
// lines and a "show all" line that expands them. Layouts are cached per row and width.
class NotebookCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    NotebookCellDelegate(NotebookModel* model, QAbstractItemView* view);
    ~NotebookCellDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

    // Forget all layouts (new notebook, palette or font).
    void invalidate();

    static constexpr int collapsedLines = 40;

private:
    struct Block
    {
        enum class Kind
        {
            Document,
            Image,
            Svg,
            More
        };
        Kind kind = Kind::Document;
        QRect rect; // relative to the cell's top-left corner
        std::shared_ptr<QTextDocument> document;
        int output = -1;
        QColor background; // invalid: none
    };
    struct Layout
    {
        int width = 0;
        int height = 0;
        QString prompt;
        std::vector<Block> blocks;
    };
    const Layout& layoutFor(int row) const;
    Layout buildLayout(int row, int width) const;
    int availableWidth() const;

    NotebookModel* m_model;
    QAbstractItemView* m_view;
    mutable QHash<int, Layout> m_layouts;
};

} // namespace slipway
