// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/EditorTheme.h"

#include <QFontDatabase>
#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace slipway {

using KSyntaxHighlighting::Theme;

namespace {

// QScintilla names each lexer style in plain English ("Triple double-quoted string", "Comment block"…);
// the words are stable across lexers, so one table maps them all onto the theme's text styles.
Theme::TextStyle textStyleFor(const QString& description)
{
    struct Rule
    {
        const char16_t* word;
        Theme::TextStyle style;
    };
    static constexpr Rule rules[] = {
        {u"comment", Theme::Comment},
        {u"docstring", Theme::Comment},
        {u"error", Theme::Error},
        {u"unclosed", Theme::Error},
        {u"f-string", Theme::SpecialString},
        {u"string", Theme::String},
        {u"character", Theme::Char},
        {u"number", Theme::DecVal},
        {u"keyword", Theme::Keyword},
        {u"decorator", Theme::Attribute},
        {u"class", Theme::DataType},
        {u"function", Theme::Function},
        {u"operator", Theme::Operator},
        {u"header", Theme::Function},
        {u"section", Theme::Keyword},
        {u"key", Theme::Attribute},
        {u"property", Theme::Attribute},
        {u"assignment", Theme::Operator},
        {u"reference", Theme::Variable},
        {u"document", Theme::Preprocessor},
        {u"preprocessor", Theme::Preprocessor},
        {u"emphasis", Theme::Normal},
        {u"code", Theme::Preprocessor},
        {u"link", Theme::Others},
        {u"list", Theme::SpecialChar},
        {u"escape", Theme::SpecialChar},
        {u"text block", Theme::String},
        {u"uri", Theme::Others},
        {u"iri", Theme::Others},
        {u"literal", Theme::Constant},
        {u"tag", Theme::Keyword},
    };
    const QString lower = description.toLower();
    for (const Rule& rule : rules)
        if (lower.contains(QStringView(rule.word)))
            return rule.style;
    return Theme::Normal;
}

QColor rgb(QRgb value)
{
    return QColor::fromRgba(value);
}

} // namespace

KSyntaxHighlighting::Repository& EditorTheme::repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

Theme EditorTheme::themeFor(const QPalette& palette)
{
    return repository().defaultTheme(isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme);
}

QPalette EditorTheme::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    p.setColor(QPalette::Mid, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6f, 0x73, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6f, 0x73, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6f, 0x73, 0x7a));
    return p;
}

bool EditorTheme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void EditorTheme::apply(QsciScintilla* editor, const Theme& theme)
{
    const QColor paper = rgb(theme.editorColor(Theme::BackgroundColor));
    const QColor text = rgb(theme.textColor(Theme::Normal));
    editor->setPaper(paper);
    editor->setColor(text);
    editor->setCaretForegroundColor(text);
    editor->setCaretLineBackgroundColor(rgb(theme.editorColor(Theme::CurrentLine)));
    editor->setSelectionBackgroundColor(rgb(theme.editorColor(Theme::TextSelection)));
    editor->resetSelectionForegroundColor();
    editor->setMarginsBackgroundColor(rgb(theme.editorColor(Theme::IconBorder)));
    editor->setMarginsForegroundColor(rgb(theme.editorColor(Theme::LineNumbers)));
    editor->setFoldMarginColors(rgb(theme.editorColor(Theme::IconBorder)),
                                rgb(theme.editorColor(Theme::IconBorder)));
    editor->setIndentationGuidesBackgroundColor(paper);
    editor->setIndentationGuidesForegroundColor(rgb(theme.editorColor(Theme::IndentationLine)));
    editor->setMatchedBraceBackgroundColor(rgb(theme.editorColor(Theme::BracketMatching)));
    editor->setMatchedBraceForegroundColor(text);
    editor->setUnmatchedBraceForegroundColor(rgb(theme.textColor(Theme::Error)));
    editor->setEdgeColor(rgb(theme.editorColor(Theme::WordWrapMarker)));
}

void EditorTheme::apply(QsciLexer* lexer, const Theme& theme)
{
    const QFont base = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QColor paper = rgb(theme.editorColor(Theme::BackgroundColor));
    lexer->setDefaultPaper(paper);
    lexer->setDefaultColor(rgb(theme.textColor(Theme::Normal)));
    lexer->setDefaultFont(base);
    for (int style = 0; style <= QsciScintillaBase::STYLE_MAX; ++style) {
        const QString description = lexer->description(style);
        if (description.isEmpty())
            continue;
        const Theme::TextStyle textStyle = textStyleFor(description);
        QFont font = base;
        font.setBold(theme.isBold(textStyle));
        font.setItalic(theme.isItalic(textStyle) || description.contains(u"mphasis"));
        lexer->setColor(rgb(theme.textColor(textStyle)), style);
        lexer->setPaper(paper, style);
        lexer->setFont(font, style);
    }
}

} // namespace slipway
