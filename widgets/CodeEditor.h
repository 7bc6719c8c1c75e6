// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
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

    // Lint findings on lines (1-based): a dot in the margin (0 error, 1 warning, 2 info) and the messages
    // under the line; an empty list clears them.
    struct LineNote
    {
        int line = 0;
        int severity = 1;
        QString text;
    };
    void setLineNotes(const QList<LineNote>& notes);
    // Coverage in a thin margin: covered lines green, missed red; empty lists clear it.
    void setCoverage(const QList<int>& covered, const QList<int>& missed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();
    void updateLineNumberWidth();

    QString m_fileName;
    enum Marker
    {
        ErrorMarker,
        WarningMarker,
        InfoMarker,
        CoveredMarker,
        MissedMarker
    };
};

} // namespace slipway
