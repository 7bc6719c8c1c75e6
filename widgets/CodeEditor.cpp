#include "widgets/CodeEditor.h"

#include "widgets/EditorTheme.h"

#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
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
    applyTheme();
    updateLineNumberWidth();
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
