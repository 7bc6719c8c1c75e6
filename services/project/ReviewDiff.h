// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/git/Compare.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

// Diffs for reviewers: notebooks compared as the percent scripts they convert to (code and markdown only,
// cell by cell), their output and metadata changes summed up separately, and intra-line word changes.
namespace slipway::project {

struct WordSpan
{
    int start = 0; // in QChar units of the line's text
    int length = 0;
};

struct ReviewLine
{
    char origin = ' '; // ' ', '+', '-', or '~' for a folded run of unchanged lines (see `folded`)
    QString text;
    int oldLine = -1;
    int newLine = -1;
    QList<WordSpan> changed; // the words that changed, on a '-' or '+' line paired with its counterpart
    int folded = 0;          // for '~': how many unchanged lines are hidden
};

struct ReviewHunk
{
    QString header;  // "@@ -10,7 +10,8 @@"
    QString context; // "cell 4 · code" for a notebook, git's function context otherwise
    QList<ReviewLine> lines;
};

struct ReviewFile
{
    QString oldPath;
    QString path;
    char status = 'M';
    bool notebook = false; // compared as percent scripts
    bool binary = false;
    QString note; // shown under the file name: how it was compared, or why it fell back to text
    QList<ReviewHunk> hunks;
    int added = 0;
    int removed = 0;
    QStringList outputChanges;   // "cell 12: outputs changed (2 images, 1 stream)"
    QStringList metadataChanges; // "cell 3: metadata changed (ExecuteTime)", "notebook metadata changed (…)"
    QString syntax;              // KSyntaxHighlighting definition for the lines: "Python", "Markdown"…
};

struct ReviewOptions
{
    int context = 3;           // unchanged lines around changes
    bool notebookAware = true; // false: notebooks as their JSON text
    bool summaries = true;     // output and metadata summaries for notebooks
    // > 0: the whole file is diffed and runs of unchanged lines longer than this are folded into one '~'
    // line (the view unfolds them); 0: only `context` lines around changes.
    int foldAbove = 0;
};

struct ReviewRequest
{
    QString repository;
    git::TreeSpec from = git::TreeSpec::index();
    git::TreeSpec to = git::TreeSpec::workTree();
    QStringList paths;
};

// One file's review from its two versions (an empty side for an added or deleted file).
ReviewFile reviewTexts(const QString& path, const QByteArray& oldBytes, const QByteArray& newBytes,
                       const ReviewOptions& options = {});

// Every changed file between the two states.
Result<QList<ReviewFile>> reviewDiff(const ReviewRequest& request, const ReviewOptions& options = {});
// The same on the thread pool.
QFuture<Result<QList<ReviewFile>>> reviewDiffAsync(const ReviewRequest& request,
                                                   const ReviewOptions& options = {});

// A unified diff as `git diff` prints it, with the notebook notes; ANSI colours (and reverse video for
// changed words) when `colour`; the output/metadata summaries when `summaries`.
QString unifiedText(const QList<ReviewFile>& files, bool colour, bool summaries);

} // namespace slipway::project
