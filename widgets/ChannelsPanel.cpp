// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ChannelsPanel.h"

#include "models/ChannelsModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace slipway {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// The colour of a cell's state, readable on the light and the dark palette.
QColor stateColor(release::CellState state, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case release::CellState::Present:
        return dark ? QColor(0x2e, 0x6b, 0x3f) : QColor(0xcf, 0xee, 0xd6);
    case release::CellState::Partial:
        return dark ? QColor(0x7a, 0x5b, 0x12) : QColor(0xfb, 0xe7, 0xb0);
    case release::CellState::Yanked:
        return dark ? QColor(0x4a, 0x4a, 0x4a) : QColor(0xe2, 0xe2, 0xe2);
    case release::CellState::Drift:
        return dark ? QColor(0x8a, 0x2b, 0x2b) : QColor(0xf7, 0xc6, 0xc6);
    case release::CellState::Missing:
        break;
    }
    return {};
}

// Each channel cell as a rounded tag in its state's colour; the version column in bold, with a warning mark.
class CellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        painter->save();
        if (index.column() == 0) {
            QFont bold = opt.font;
            bold.setBold(true);
            painter->setFont(bold);
            QRect r = opt.rect.adjusted(6, 0, -6, 0);
            if (index.data(ChannelsModel::WarningRole).toBool()) {
                painter->setPen(isDark(opt.palette) ? QColor(0xff, 0xb4, 0x54) : QColor(0xb0, 0x5a, 0x00));
                painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, u"⚠"_s);
                r.setRight(r.right() - opt.fontMetrics.horizontalAdvance(u"⚠ "_s));
            }
            painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                 : QPalette::Text));
            painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                              opt.fontMetrics.elidedText(text, Qt::ElideRight, r.width()));
            painter->restore();
            return;
        }
        const auto state = static_cast<release::CellState>(index.data(ChannelsModel::StateRole).toInt());
        if (state != release::CellState::Missing) {
            const QRect pill = opt.rect.adjusted(4, 3, -4, -3);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(stateColor(state, opt.palette));
            painter->drawRoundedRect(pill, 4, 4);
            QFont font = opt.font;
            font.setStrikeOut(state == release::CellState::Yanked);
            painter->setFont(font);
            painter->setPen(opt.palette.color(QPalette::Text));
            painter->drawText(pill, Qt::AlignCenter,
                              opt.fontMetrics.elidedText(text, Qt::ElideRight, pill.width() - 6));
        } else {
            painter->setPen(opt.palette.color(QPalette::PlaceholderText));
            painter->drawText(opt.rect, Qt::AlignCenter, u"—"_s);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
        size.setWidth(size.width() + 16);
        return size;
    }
};

} // namespace

ChannelsPanel::ChannelsPanel(ChannelsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_status(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_publish(new QToolButton(this))
    , m_promote(new QToolButton(this))
    , m_yank(new QToolButton(this))
    , m_openPage(new QToolButton(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_picks(new QLabel(this))
{
    // Tool buttons: the dock shares the right side with Release and must stay narrow enough for small
    // windows.
    for (const auto& [button, text] :
         {std::pair{m_refresh, tr("Refresh")}, std::pair{m_publish, tr("Publish…")},
          std::pair{m_promote, tr("Promote…")}, std::pair{m_yank, tr("Yank…")},
          std::pair{m_openPage, tr("Open Page")}}) {
        button->setText(text);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_status->setObjectName(u"channelsStatus"_s);
    m_status->setWordWrap(true);
    m_refresh->setObjectName(u"channelsRefresh"_s);
    m_publish->setObjectName(u"channelsPublish"_s);
    m_promote->setObjectName(u"channelsPromote"_s);
    m_yank->setObjectName(u"channelsYank"_s);
    m_openPage->setObjectName(u"channelsOpenPage"_s);
    m_publish->setToolTip(
        tr("Build HEAD from a clean export (or take files from dist/) and publish to a channel"));
    m_promote->setToolTip(
        tr("Check the gates, then copy the selected version's very files to the next channel"));
    m_yank->setToolTip(
        tr("Mark the selected version yanked in the selected channel (pip skips it unless pinned)"));
    m_openPage->setToolTip(tr("Open the selected channel's page for this project in the browser"));

    m_view->setObjectName(u"channelsView"_s);
    m_view->setModel(model);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(48);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_details->setObjectName(u"channelsDetails"_s);
    m_details->setOpenLinks(false);
    m_picks->setObjectName(u"channelsPicks"_s);
    m_picks->setWordWrap(true);
    m_picks->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The actions on the release as words, the two on the view as icons: the dock stays about as narrow as
    // the Release dock it shares the side with.
    m_openPage->setIcon(style()->standardIcon(QStyle::SP_DirLinkIcon));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    for (QToolButton* b : {m_openPage, m_refresh}) {
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        b->setAccessibleName(b->text());
    }
    m_refresh->setToolTip(tr("Read the channels again"));
    auto* actions = new QHBoxLayout;
    for (QToolButton* b : {m_publish, m_promote, m_yank})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_openPage);
    actions->addWidget(m_refresh);
    actions->setSpacing(2);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_picks);

    connect(m_refresh, &QToolButton::clicked, this, &ChannelsPanel::refreshRequested);
    connect(m_publish, &QToolButton::clicked, this, &ChannelsPanel::publishRequested);
    connect(m_promote, &QToolButton::clicked, this, [this] { Q_EMIT promoteRequested(selectedVersion()); });
    connect(m_yank, &QToolButton::clicked, this,
            [this] { Q_EMIT yankRequested(selectedVersion(), selectedChannel()); });
    connect(m_openPage, &QToolButton::clicked, this, [this] { Q_EMIT openPageRequested(selectedChannel()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &ChannelsPanel::updateDetails);
    updateDetails();
    updateButtons();
}

void ChannelsPanel::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #c77c02;"_s : QString());
}

void ChannelsPanel::setActionsAllowed(bool allowed, const QString& why)
{
    m_allowed = allowed;
    for (QToolButton* b : {m_publish, m_promote, m_yank})
        b->setStatusTip(why);
    updateButtons();
}

QString ChannelsPanel::selectedVersion() const
{
    return m_view->currentIndex().data(ChannelsModel::VersionRole).toString();
}

QString ChannelsPanel::selectedChannel() const
{
    const int column = m_view->currentIndex().column();
    return column > 0 ? m_model->analysis().channels.value(column - 1) : QString();
}

void ChannelsPanel::selectVersion(const QString& version)
{
    const int row = m_model->rowOf(version);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void ChannelsPanel::updateButtons()
{
    const bool channels = !m_model->analysis().channels.isEmpty();
    const bool version = !selectedVersion().isEmpty();
    m_publish->setEnabled(m_allowed && channels);
    m_promote->setEnabled(m_allowed && version);
    m_yank->setEnabled(m_allowed && version && !selectedChannel().isEmpty());
    m_openPage->setEnabled(channels);
    m_refresh->setEnabled(channels);
}

void ChannelsPanel::updateDetails()
{
    const release::BoardAnalysis& a = m_model->analysis();
    QStringList picks;
    for (int c = 0; c < a.channels.size(); ++c) {
        QString pick = a.picks.value(c).isEmpty() ? tr("nothing") : a.picks.value(c);
        if (a.picksPre.value(c) != a.picks.value(c))
            pick += u" ("_s + tr("--pre: %1").arg(a.picksPre.value(c)) + u')';
        picks << u"<b>"_s + a.channels[c].toHtmlEscaped() + u"</b> "_s + pick.toHtmlEscaped();
    }
    m_picks->setText(picks.isEmpty() ? QString()
                                     : tr("pip install %1 →").arg(a.project.toHtmlEscaped()) + u" "_s +
                                           picks.join(u" · "_s));
    const int row = m_model->rowOf(selectedVersion());
    if (row < 0) {
        m_details->setHtml(
            a.rows.isEmpty()
                ? QString()
                : u"<p style='color:gray'>"_s +
                      tr("Select a version to see its files, where it came from and where it went.") +
                      u"</p>"_s);
        return;
    }
    const release::BoardRow& r = a.rows[row];
    const QLocale locale;
    QString html = u"<h3 style='margin:0'>"_s + a.project.toHtmlEscaped() + u' ' + r.version.toHtmlEscaped() +
                   u"</h3>"_s;
    QStringList origin;
    if (!r.tag.isEmpty())
        origin << tr("tag %1").arg(r.tag.toHtmlEscaped());
    if (!r.commit.isEmpty())
        origin << tr("commit <tt>%1</tt>").arg(r.commit.left(12));
    if (!origin.isEmpty())
        html += u"<p>"_s + tr("Built from %1").arg(origin.join(u", "_s)) + u"</p>"_s;
    for (const QString& w : r.warnings)
        html += u"<p style='color:#c77c02'>⚠ "_s + w.toHtmlEscaped() + u"</p>"_s;
    html += u"<table cellspacing=0 cellpadding=2>"_s;
    for (int c = 0; c < r.cells.size(); ++c) {
        const release::BoardCell& cell = r.cells[c];
        html += u"<tr><td colspan=3><b>"_s + a.channels[c].toHtmlEscaped() + u"</b> — "_s +
                (cell.files.isEmpty() ? tr("not there") : ChannelsModel::cellText(cell).toHtmlEscaped()) +
                u"</td></tr>"_s;
        for (const release::IndexFile& f : cell.files)
            html += u"<tr><td>&nbsp;&nbsp;"_s + f.filename.toHtmlEscaped() + u"</td><td align=right>"_s +
                    (f.size >= 0 ? locale.formattedDataSize(f.size) : QString()) + u"</td><td><tt>"_s +
                    f.sha256 + u"</tt></td></tr>"_s;
    }
    html += u"</table>"_s;
    if (!r.history.isEmpty()) {
        html += u"<p><b>"_s + tr("History") + u"</b></p><ul style='margin-top:0'>"_s;
        for (const QString& h : r.history)
            html += u"<li>"_s + h.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    m_details->setHtml(html);
}

} // namespace slipway
