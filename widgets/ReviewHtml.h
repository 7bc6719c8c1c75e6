// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/project/ReviewDiff.h"

#include <QSet>
#include <QString>

namespace KSyntaxHighlighting {
class Theme;
}

namespace slipway {

struct ReviewHtmlOptions
{
    bool sideBySide = false;
    bool wrap = false;
    bool summaries = false;  // list output and metadata changes under each notebook
    int context = 3;         // unchanged lines kept around changes; longer runs fold
    QSet<QString> unfolded;  // folds the reader opened ("file:hunk:line")
    bool standalone = false; // a whole HTML document (for export), else a fragment for QTextBrowser
    QString title;
    int maxLines = 20000; // lines shown before "… more lines" (a view stays quick; the export shows all)
};

// A review as HTML: per file a header, the notebook notes and summaries, and the hunks with line numbers,
// syntax colours (KSyntaxHighlighting, `theme`), added/removed tints and the changed words marked. Changes
// are anchored "change-N" (N from 0) for navigation; folds are links "fold:KEY". `changeCount` gets N.
QString reviewHtml(const QList<project::ReviewFile>& files, const KSyntaxHighlighting::Theme& theme,
                   const ReviewHtmlOptions& options, int* changeCount = nullptr);

} // namespace slipway
