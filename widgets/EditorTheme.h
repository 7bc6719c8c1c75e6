// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

class QsciLexer;
class QsciScintilla;

namespace KSyntaxHighlighting {
class Repository;
class Theme;
} // namespace KSyntaxHighlighting

namespace slipway {

// Colours for every text surface come from one KSyntaxHighlighting theme, light or dark after the
// palette (so after the system's colour scheme). QScintilla lexers get their style colours mapped from it.
class EditorTheme
{
public:
    static KSyntaxHighlighting::Repository& repository();
    static KSyntaxHighlighting::Theme themeFor(const QPalette& palette);
    static bool isDark(const QPalette& palette);
    // Slipway's dark palette, for --color-scheme dark where the platform offers none (and for tests).
    static QPalette darkPalette();

    // Editor chrome: paper, caret line, margins, selection, fold margin, brace matching.
    static void apply(QsciScintilla* editor, const KSyntaxHighlighting::Theme& theme);
    // Every style the lexer describes, mapped by its meaning (comment, string, keyword…).
    static void apply(QsciLexer* lexer, const KSyntaxHighlighting::Theme& theme);
};

} // namespace slipway
