// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/CodeEditor.h"

#include "widgets/EditorTheme.h"

#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMap>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexermarkdown.h>
#include <Qsci/qscilexerproperties.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexeryaml.h>

#include <KSyntaxHighlighting/Theme>

namespace slipway {

namespace {

QsciLexer* lexerFor(const QString& fileName, QObject* parent)
{
    const QFileInfo info(fileName);
    const QString suffix = info.suffix().toLower();
    const QString name = info.fileName().toLower();
    if (suffix == u"py" || suffix == u"pyi" || suffix == u"pyw")
        return new QsciLexerPython(parent);
    if (suffix == u"yml" || suffix == u"yaml")
        return new QsciLexerYAML(parent);
    // QScintilla has no TOML lexer; the properties (INI) lexer reads TOML's tables, keys and comments.
    if (suffix == u"toml" || suffix == u"cfg" || suffix == u"ini" || name == u".flake8" ||
        name == u".pylintrc" || name == u".editorconfig")
        return new QsciLexerProperties(parent);
    if (suffix == u"md" || suffix == u"markdown")
        return new QsciLexerMarkdown(parent);
    if (suffix == u"json" || suffix == u"ipynb")
        return new QsciLexerJSON(parent);
    return nullptr;
}

} // namespace

CodeEditor::CodeEditor(QWidget* parent)
    : QsciScintilla(parent)
{
    setUtf8(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setIndentationGuides(true);
    setAutoIndent(true);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setCaretLineVisible(true);
    setFolding(QsciScintilla::BoxedTreeFoldStyle);
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setEolMode(QsciScintilla::EolUnix);
    setScrollWidthTracking(true);
    setScrollWidth(1);
    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateLineNumberWidth);
    // Margin 1: lint dots; margin 3: coverage bars (margin 2 is folding).
    markerDefine(QsciScintilla::Circle, ErrorMarker);
    markerDefine(QsciScintilla::Circle, WarningMarker);
    markerDefine(QsciScintilla::Circle, InfoMarker);
    markerDefine(QsciScintilla::LeftRectangle, CoveredMarker);
    markerDefine(QsciScintilla::LeftRectangle, MissedMarker);
    setMarkerBackgroundColor(QColor(0xd7, 0x3a, 0x4a), ErrorMarker);
    setMarkerBackgroundColor(QColor(0xd9, 0x8a, 0x1c), WarningMarker);
    setMarkerBackgroundColor(QColor(0x6a, 0x8a, 0xb0), InfoMarker);
    setMarkerBackgroundColor(QColor(0x2d, 0xa4, 0x4e), CoveredMarker);
    setMarkerBackgroundColor(QColor(0xd7, 0x3a, 0x4a), MissedMarker);
    setMarginType(1, QsciScintilla::SymbolMargin);
    setMarginMarkerMask(1, (1 << ErrorMarker) | (1 << WarningMarker) | (1 << InfoMarker));
    setMarginWidth(1, 14);
    setMarginType(3, QsciScintilla::SymbolMargin);
    setMarginMarkerMask(3, (1 << CoveredMarker) | (1 << MissedMarker));
    setMarginWidth(3, 0);
    setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
    applyTheme();
    updateLineNumberWidth();
}

void CodeEditor::setLineNotes(const QList<LineNote>& notes)
{
    markerDeleteAll(ErrorMarker);
    markerDeleteAll(WarningMarker);
    markerDeleteAll(InfoMarker);
    clearAnnotations();
    QMap<int, QStringList> texts;
    QMap<int, int> worst;
    for (const LineNote& note : notes) {
        const int line = note.line - 1;
        if (line < 0 || line >= lines())
            continue;
        texts[line] << note.text;
        worst[line] = worst.contains(line) ? std::min(worst[line], note.severity) : note.severity;
    }
    for (auto it = worst.cbegin(); it != worst.cend(); ++it) {
        markerAdd(it.key(), std::clamp(it.value(), 0, 2));
        annotate(it.key(), texts.value(it.key()).join(u'\n'), 0);
    }
}

void CodeEditor::setCoverage(const QList<int>& covered, const QList<int>& missed)
{
    markerDeleteAll(CoveredMarker);
    markerDeleteAll(MissedMarker);
    setMarginWidth(3, covered.isEmpty() && missed.isEmpty() ? 0 : 5);
    for (int line : covered)
        markerAdd(line - 1, CoveredMarker);
    for (int line : missed)
        markerAdd(line - 1, MissedMarker);
}

void CodeEditor::setFileName(const QString& fileName)
{
    m_fileName = fileName;
    QsciLexer* old = lexer();
    QsciLexer* next = lexerFor(fileName, this);
    setLexer(next);
    delete old;
    if (QFileInfo(fileName).suffix() == u"py") {
        setEdgeMode(QsciScintilla::EdgeLine);
        setEdgeColumn(100);
    }
    applyTheme();
}

QString CodeEditor::languageName() const
{
    return lexer() ? QString::fromLatin1(lexer()->language()) : tr("Plain text");
}

void CodeEditor::changeEvent(QEvent* event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void CodeEditor::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = EditorTheme::themeFor(palette());
    if (QsciLexer* current = lexer()) {
        EditorTheme::apply(current, theme);
        setLexer(current); // makes QScintilla re-read the lexer's styles
    }
    EditorTheme::apply(this, theme);
}

void CodeEditor::updateLineNumberWidth()
{
    setMarginWidth(0, QStringLiteral("0%1").arg(std::max(lines(), 100)));
}

} // namespace slipway
