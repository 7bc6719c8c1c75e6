#pragma once

#include <Qsci/qsciscintilla.h>

namespace slipway {

// One editing surface: QScintilla with the lexer that fits the file name, coloured from the current
// KSyntaxHighlighting theme and recoloured when the palette changes (light/dark).
class CodeEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget* parent = nullptr);

    // Picks the lexer for `fileName` (Python, YAML, TOML, Markdown, JSON, or none).
    void setFileName(const QString& fileName);
    QString fileName() const { return m_fileName; }
    QString languageName() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();
    void updateLineNumberWidth();

    QString m_fileName;
};

} // namespace slipway
