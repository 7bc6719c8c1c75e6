#include "widgets/LogPanel.h"

#include "models/LogModel.h"
#include "widgets/PanelLayout.h"

#include <QFontDatabase>
#include <QListView>
#include <QScrollBar>
#include <QToolButton>

namespace slipway {

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
