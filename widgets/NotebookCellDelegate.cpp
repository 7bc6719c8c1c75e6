// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/NotebookCellDelegate.h"

#include "models/AnsiText.h"
#include "models/NotebookModel.h"
#include "widgets/EditorTheme.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontDatabase>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace slipway {

using KSyntaxHighlighting::Theme;
using notebook::CellDisplay;
using notebook::OutputDisplay;

namespace {

constexpr int margin = 8;
constexpr int gutter = 76; // the prompt column
constexpr int padding = 6;
constexpr int gap = 4;
constexpr qsizetype maxHtmlBytes =
    qsizetype{256} * 1024; // larger HTML (embedded videos, huge tables) is summarised

QColor rgb(QRgb value)
{
    return QColor::fromRgba(value);
}

QColor tint(const QColor& base, const QColor& toward, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + toward.redF() * amount),
                            float(base.greenF() * (1 - amount) + toward.greenF() * amount),
                            float(base.blueF() * (1 - amount) + toward.blueF() * amount));
}

// A notebook is someone else's file: its markdown and HTML may name any image — /dev/zero (read on the GUI
// thread forever), file:///home/… (a local file shown to whoever looks), http://… (a request on opening).
// Only images inside the notebook itself, as data: URLs, are loaded (and those only up to a size).
class NotebookTextDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl& name) override
    {
        constexpr qsizetype maxImageBytes = qsizetype(16) * 1024 * 1024;
        if (type != QTextDocument::ImageResource || name.scheme() != u"data")
            return {};
        const QByteArray encoded = name.toEncoded(QUrl::FullyEncoded);
        const qsizetype comma = encoded.indexOf(',');
        if (comma < 0 || encoded.size() > maxImageBytes * 4 / 3 + 1024)
            return {};
        const QByteArray header = encoded.left(comma);
        const QByteArray payload = encoded.mid(comma + 1);
        const QByteArray bytes = header.endsWith(";base64")
                                     ? QByteArray::fromBase64(QByteArray::fromPercentEncoding(payload))
                                     : QByteArray::fromPercentEncoding(payload);
        QImage image;
        if (bytes.size() > maxImageBytes || !image.loadFromData(bytes))
            return {};
        return image;
    }
};

std::shared_ptr<QTextDocument> document(const QFont& font, int width)
{
    auto doc = std::make_shared<NotebookTextDocument>();
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setTextWidth(width);
    return doc;
}

// The first `lines` lines of `text`, and how many lines were left out.
std::pair<QString, int> firstLines(const QString& text, int lines)
{
    qsizetype position = 0;
    for (int line = 0; line < lines; ++line) {
        position = text.indexOf(u'\n', position);
        if (position < 0)
            return {text, 0};
        ++position;
    }
    return {text.left(position),
            int(QStringView(text).mid(position).count(u'\n')) + (text.endsWith(u'\n') ? 0 : 1)};
}

} // namespace

NotebookCellDelegate::NotebookCellDelegate(NotebookModel* model, QAbstractItemView* view)
    : QStyledItemDelegate(view)
    , m_model(model)
    , m_view(view)
{
    connect(model, &QAbstractItemModel::modelReset, this, &NotebookCellDelegate::invalidate);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                for (int row = from.row(); row <= to.row(); ++row)
                    m_layouts.remove(row);
            });
}

NotebookCellDelegate::~NotebookCellDelegate() = default;

void NotebookCellDelegate::invalidate()
{
    m_layouts.clear();
}

int NotebookCellDelegate::availableWidth() const
{
    return std::max(240, m_view->viewport()->width());
}

const NotebookCellDelegate::Layout& NotebookCellDelegate::layoutFor(int row) const
{
    const int width = availableWidth();
    auto it = m_layouts.find(row);
    if (it == m_layouts.end() || it->width != width)
        it = m_layouts.insert(row, buildLayout(row, width));
    return *it;
}

NotebookCellDelegate::Layout NotebookCellDelegate::buildLayout(int row, int width) const
{
    const CellDisplay& cell = m_model->cell(row);
    const QPalette palette = m_view->palette();
    const Theme theme = EditorTheme::themeFor(palette);
    const bool dark = EditorTheme::isDark(palette);
    const QColor paper = palette.color(QPalette::Base);
    // Code sits in a box: the theme's editor colour, or (where that is the page colour) a faint tint of it.
    QColor codeBackground = rgb(theme.editorColor(Theme::BackgroundColor));
    if (std::abs(codeBackground.lightness() - paper.lightness()) < 6)
        codeBackground = tint(paper, palette.color(QPalette::Text), 0.045);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QFont proportional = m_view->font();
    const int contentWidth = width - gutter - 2 * margin;
    const int textWidth = contentWidth - 2 * padding;

    Layout layout;
    layout.width = width;
    int y = margin;
    const auto add = [&](Block block, int height) {
        block.rect = QRect(gutter, y, contentWidth, height);
        layout.blocks.push_back(std::move(block));
        y += height + gap;
    };
    const auto addDocument = [&](std::shared_ptr<QTextDocument> doc, QColor background, int output) {
        const int height = int(std::ceil(doc->size().height())) + (background.isValid() ? 2 * padding : 0);
        add(Block{Block::Kind::Document, {}, std::move(doc), output, background}, std::max(height, 1));
    };

    switch (cell.type) {
    case CellDisplay::Type::Code: {
        layout.prompt = cell.executionCount ? QStringLiteral("In [%1]:").arg(*cell.executionCount)
                                            : QStringLiteral("In [ ]:");
        auto doc = document(fixed, textWidth);
        doc->setPlainText(cell.source);
        auto* highlighter = new KSyntaxHighlighting::SyntaxHighlighter(doc.get());
        highlighter->setTheme(theme);
        highlighter->setDefinition(EditorTheme::repository().definitionForName(
            m_model->display().language.isEmpty()
                ? QStringLiteral("Python")
                : m_model->display().language.left(1).toUpper() + m_model->display().language.mid(1)));
        highlighter->rehighlight();
        addDocument(doc, codeBackground, -1);
        break;
    }
    case CellDisplay::Type::Markdown: {
        auto doc = document(proportional, contentWidth);
        doc->setMarkdown(cell.source);
        addDocument(doc, {}, -1);
        break;
    }
    case CellDisplay::Type::Raw: {
        layout.prompt = QStringLiteral("Raw");
        auto doc = document(fixed, textWidth);
        doc->setPlainText(cell.source);
        addDocument(doc, tint(paper, palette.color(QPalette::Text), 0.04), -1);
        break;
    }
    }

    const QColor errorTint = tint(paper, QColor(0xd3, 0x2f, 0x2f), dark ? 0.22 : 0.08);
    for (int i = 0; i < int(cell.outputs.size()); ++i) {
        const OutputDisplay& output = cell.outputs.at(i);
        switch (output.kind) {
        case OutputDisplay::Kind::Image: {
            QSize size = m_model->imageSize(row, i);
            if (!size.isValid())
                size = QSize(contentWidth, 40);
            if (size.width() > contentWidth)
                size = size.scaled(contentWidth, size.height() * contentWidth / std::max(1, size.width()),
                                   Qt::KeepAspectRatio);
            Block block{Block::Kind::Image, {}, nullptr, i, {}};
            block.rect = QRect(gutter, y, size.width(), size.height());
            layout.blocks.push_back(block);
            y += size.height() + gap;
            break;
        }
        case OutputDisplay::Kind::Svg: {
            QSvgRenderer renderer(output.data);
            QSize size = renderer.defaultSize().isValid() ? renderer.defaultSize() : QSize(contentWidth, 200);
            if (size.width() > contentWidth)
                size = size.scaled(contentWidth, contentWidth * 4, Qt::KeepAspectRatio);
            Block block{Block::Kind::Svg, {}, nullptr, i, {}};
            block.rect = QRect(gutter, y, size.width(), size.height());
            layout.blocks.push_back(block);
            y += size.height() + gap;
            break;
        }
        case OutputDisplay::Kind::Markdown: {
            auto doc = document(proportional, contentWidth);
            doc->setMarkdown(output.text);
            addDocument(doc, {}, i);
            break;
        }
        case OutputDisplay::Kind::Html:
            if (output.text.size() <= maxHtmlBytes) {
                auto doc = document(proportional, contentWidth);
                doc->setHtml(output.text);
                addDocument(doc, {}, i);
                break;
            }
            [[fallthrough]];
        default: {
            QString text =
                output.kind == OutputDisplay::Kind::Html
                    ? tr("[HTML output of %1 KB, too large to show here]").arg(output.text.size() / 1024)
                : output.kind == OutputDisplay::Kind::Widget ? tr("[interactive widget] %1").arg(output.text)
                                                             : output.text;
            int hidden = 0;
            if (!m_model->isExpanded(row, i))
                std::tie(text, hidden) = firstLines(text, collapsedLines);
            if (text.endsWith(u'\n'))
                text.chop(1);
            auto doc = document(fixed, textWidth);
            doc->setHtml(u"<pre style=\"margin:0; white-space:pre-wrap\">" + ansiToHtml(text, dark) +
                         u"</pre>");
            const bool alarming = output.kind == OutputDisplay::Kind::Error ||
                                  (output.kind == OutputDisplay::Kind::Stream && output.name == u"stderr");
            addDocument(doc, alarming ? errorTint : QColor(), i);
            if (hidden > 0) {
                auto more = document(proportional, contentWidth);
                more->setHtml(u"<a href=\"#\">" +
                              tr("⋯ more lines: %n (click to show all)", nullptr, hidden) + u"</a>");
                addDocument(more, {}, i);
                layout.blocks.back().kind = Block::Kind::More;
            } else if (m_model->isExpanded(row, i)) {
                auto less = document(proportional, contentWidth);
                less->setHtml(u"<a href=\"#\">" + tr("show less") + u"</a>");
                addDocument(less, {}, i);
                layout.blocks.back().kind = Block::Kind::More;
            }
        }
        }
    }
    layout.height = y + margin - gap;
    return layout;
}

QSize NotebookCellDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex& index) const
{
    const Layout& layout = layoutFor(index.row());
    return {layout.width, layout.height};
}

void NotebookCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    const Layout& layout = layoutFor(index.row());
    const QPalette& palette = option.palette;
    const Theme theme = EditorTheme::themeFor(palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->fillRect(option.rect, palette.color(QPalette::Base));
    if (option.state & QStyle::State_Selected)
        painter->fillRect(
            QRect(option.rect.left() + 2, option.rect.top() + margin, 4, layout.height - 2 * margin),
            palette.color(QPalette::Highlight));
    painter->translate(option.rect.topLeft());

    if (!layout.prompt.isEmpty() && !layout.blocks.empty()) {
        painter->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        painter->setPen(rgb(theme.editorColor(Theme::LineNumbers)));
        painter->drawText(QRect(margin, layout.blocks.front().rect.top() + padding, gutter - margin - 6, 20),
                          Qt::AlignRight | Qt::AlignTop, layout.prompt);
    }
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    context.palette.setColor(QPalette::Text, palette.color(QPalette::Text));
    for (const Block& block : layout.blocks) {
        switch (block.kind) {
        case Block::Kind::Image:
            painter->drawImage(block.rect, m_model->image(index.row(), block.output));
            break;
        case Block::Kind::Svg: {
            QSvgRenderer renderer(m_model->cell(index.row()).outputs.at(block.output).data);
            renderer.render(painter, block.rect);
            break;
        }
        case Block::Kind::Document:
        case Block::Kind::More: {
            int inset = 0;
            if (block.background.isValid()) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(block.background);
                painter->drawRoundedRect(block.rect, 4, 4);
                inset = padding;
            }
            painter->save();
            painter->translate(block.rect.topLeft() + QPoint(inset, inset));
            block.document->documentLayout()->draw(painter, context);
            painter->restore();
            break;
        }
        }
    }
    painter->restore();
}

bool NotebookCellDelegate::editorEvent(QEvent* event, QAbstractItemModel*, const QStyleOptionViewItem& option,
                                       const QModelIndex& index)
{
    if (event->type() != QEvent::MouseButtonRelease)
        return false;
    const QPoint position = static_cast<QMouseEvent*>(event)->position().toPoint() - option.rect.topLeft();
    for (const Block& block : layoutFor(index.row()).blocks) {
        if (block.kind == Block::Kind::More && block.rect.contains(position)) {
            m_model->setExpanded(index.row(), block.output, !m_model->isExpanded(index.row(), block.output));
            Q_EMIT sizeHintChanged(index);
            return true;
        }
    }
    return false;
}

} // namespace slipway
