// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ReviewDiffView.h"

#include "widgets/EditorTheme.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <KSyntaxHighlighting/Theme>

namespace slipway {

using namespace Qt::StringLiterals;

ReviewDiffView::ReviewDiffView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    const auto button = [&](const QString& text, const QString& tip, bool checkable, const char* name) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setCheckable(checkable);
        b->setAutoRaise(true);
        b->setObjectName(QLatin1StringView(name));
        bar->addWidget(b);
        return b;
    };
    auto* previous = button(tr("▲ Previous"), tr("Previous change (Shift+F7)"), false, "previousChange");
    auto* next = button(tr("▼ Next"), tr("Next change (F7)"), false, "nextChange");
    m_position = new QLabel(this);
    m_position->setMinimumWidth(fontMetrics().horizontalAdvance(tr("change %1 of %2").arg(888).arg(888)));
    bar->addWidget(m_position);
    bar->addStretch();
    m_sideBySide = button(tr("Side by Side"), tr("Show the old and the new text next to each other"), true,
                          "sideBySide");
    m_wrap = button(tr("Wrap"), tr("Wrap long lines"), true, "wrap");
    m_summaries = button(tr("Outputs && Metadata"), tr("List the notebook output and metadata changes"), true,
                         "summaries");
    m_export =
        button(tr("Export HTML…"), tr("Save this review as one HTML file to share"), false, "exportHtml");
    layout->addLayout(bar);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"reviewBrowser"_s);
    m_browser->setOpenLinks(false);
    m_browser->setLineWrapMode(QTextEdit::NoWrap);
    m_browser->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_browser, 1);

    auto* nextAction = new QAction(this);
    nextAction->setShortcut(Qt::Key_F7);
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(nextAction);
    auto* previousAction = new QAction(this);
    previousAction->setShortcut(Qt::SHIFT | Qt::Key_F7);
    previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(previousAction);
    connect(nextAction, &QAction::triggered, this, &ReviewDiffView::nextChange);
    connect(previousAction, &QAction::triggered, this, &ReviewDiffView::previousChange);
    connect(next, &QToolButton::clicked, this, &ReviewDiffView::nextChange);
    connect(previous, &QToolButton::clicked, this, &ReviewDiffView::previousChange);
    connect(m_sideBySide, &QToolButton::toggled, this, &ReviewDiffView::setSideBySide);
    connect(m_wrap, &QToolButton::toggled, this, &ReviewDiffView::setWrap);
    connect(m_summaries, &QToolButton::toggled, this, &ReviewDiffView::setShowSummaries);
    connect(m_export, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Review"), m_title.isEmpty() ? u"review.html"_s : m_title + u".html"_s,
            tr("HTML files (*.html)"));
        if (!path.isEmpty())
            Q_EMIT exportRequested(path, exportHtml());
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() != u"fold")
            return;
        // Open the fold where it is: keep the scroll position.
        const int scroll = m_browser->verticalScrollBar()->value();
        m_options.unfolded.insert(url.path());
        render();
        m_browser->verticalScrollBar()->setValue(scroll);
    });
    setMessage(tr("Select a commit or a file to see its changes."));
}

void ReviewDiffView::setReview(const QList<project::ReviewFile>& files, const QString& title)
{
    m_files = files;
    m_title = title;
    m_options.unfolded.clear();
    render();
    m_current = -1;
    if (m_changeCount > 0)
        goTo(0);
}

void ReviewDiffView::setMessage(const QString& message)
{
    m_files.clear();
    m_changeCount = 0;
    m_current = -1;
    m_position->clear();
    m_browser->setHtml(u"<p style=\"color: gray; font-family: sans-serif;\">"_s + message.toHtmlEscaped() +
                       u"</p>"_s);
}

void ReviewDiffView::setSideBySide(bool sideBySide)
{
    m_sideBySide->setChecked(sideBySide);
    if (m_options.sideBySide == sideBySide)
        return;
    m_options.sideBySide = sideBySide;
    render();
}

void ReviewDiffView::setShowSummaries(bool show)
{
    m_summaries->setChecked(show);
    if (m_options.summaries == show)
        return;
    m_options.summaries = show;
    render();
}

void ReviewDiffView::setWrap(bool wrap)
{
    m_wrap->setChecked(wrap);
    if (m_options.wrap == wrap)
        return;
    m_options.wrap = wrap;
    m_browser->setLineWrapMode(wrap ? QTextEdit::WidgetWidth : QTextEdit::NoWrap);
    render();
}

QString ReviewDiffView::exportHtml() const
{
    ReviewHtmlOptions options = m_options;
    options.standalone = true;
    options.title = m_title;
    options.maxLines = std::numeric_limits<int>::max();
    return reviewHtml(m_files, EditorTheme::themeFor(palette()), options);
}

void ReviewDiffView::render()
{
    if (m_files.isEmpty() && m_title.isEmpty())
        return;
    m_browser->setHtml(reviewHtml(m_files, EditorTheme::themeFor(palette()), m_options, &m_changeCount));
    m_export->setEnabled(true);
    m_position->setText(m_changeCount == 0   ? tr("no changes in the text")
                        : m_changeCount == 1 ? tr("1 change")
                                             : tr("%1 changes").arg(m_changeCount));
}

void ReviewDiffView::goTo(int change)
{
    if (m_changeCount == 0)
        return;
    m_current = std::clamp(change, 0, m_changeCount - 1);
    m_browser->scrollToAnchor(u"change-%1"_s.arg(m_current));
    m_position->setText(tr("change %1 of %2").arg(m_current + 1).arg(m_changeCount));
}

void ReviewDiffView::nextChange()
{
    goTo(m_current + 1);
}

void ReviewDiffView::previousChange()
{
    goTo(m_current - 1);
}

void ReviewDiffView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_files.isEmpty())
        render();
}

} // namespace slipway
