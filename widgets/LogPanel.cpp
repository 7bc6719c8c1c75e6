// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/LogPanel.h"

#include "models/AnsiText.h"
#include "models/LogModel.h"
#include "widgets/PanelLayout.h"

#include <QApplication>
#include <QFontDatabase>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QToolButton>

namespace slipway {

using namespace Qt::StringLiterals;

namespace {

// Lines that carry terminal colours are drawn as the terminal would show them; the others as plain items.
class LogLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (!index.data(LogModel::HasTerminalColorsRole).toBool())
            return QStyledItemDelegate::paint(painter, option, index);
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        item.text.clear();
        const QWidget* widget = item.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
        const bool dark = item.palette.color(QPalette::Base).lightness() < 128;
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setDefaultFont(item.font);
        document.setDefaultStyleSheet(u"body { color: "_s + item.palette.color(QPalette::Text).name() +
                                      u"; }"_s);
        document.setHtml(u"<body><span style=\"white-space:pre\">"_s +
                         ansiToHtml(index.data(LogModel::TerminalTextRole).toString(), dark) +
                         u"</span></body>"_s);
        painter->save();
        painter->setClipRect(textRect);
        // The same inset as the plain items' text, so that coloured and plain lines start in one column.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        painter->translate(textRect.left() + margin,
                           textRect.top() + (textRect.height() - document.size().height()) / 2);
        document.drawContents(painter);
        painter->restore();
    }
};

} // namespace

LogPanel::LogPanel(LogModel* model, QWidget* parent)
    : QWidget(parent)
    , m_view(new QListView(this))
{
    m_view->setModel(model);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setUniformItemSizes(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new LogLineDelegate(m_view));
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar* bar = m_view->verticalScrollBar();
        m_view->setProperty("follow", bar->value() == bar->maximum());
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->property("follow").toBool())
            m_view->scrollToBottom();
    });

    auto* clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    connect(clear, &QToolButton::clicked, model, &LogModel::clear);

    layOutPanel(this, m_view, {clear});
}

} // namespace slipway
