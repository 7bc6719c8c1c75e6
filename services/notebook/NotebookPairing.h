// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/notebook/Convert.h"

#include <QFuture>
#include <QList>
#include <QString>

// A script kept beside each notebook (jupytext's pairing): whichever side changed since the last sync is
// carried over to the other; when both changed, nothing is written and the conflict is reported.
namespace slipway::notebook {

enum class PairAction
{
    InSync,
    WroteScript,
    WroteNotebook,
    Conflict
};

enum class PairPreference
{
    None,
    Notebook, // on a conflict, the notebook wins: the script is rewritten
    Script    // on a conflict, the script wins: the notebook's inputs are replaced (outputs kept)
};

struct PairOptions
{
    ScriptFormat format = ScriptFormat::Percent;
    PairPreference prefer = PairPreference::None;
    // Where the last synced state of every pair is kept (hashes of both sides); empty: pairs.json in the
    // application's data folder.
    QString stateFile;
};

struct PairResult
{
    QString notebookPath;
    QString scriptPath;
    PairAction action = PairAction::InSync;
    QString detail; // why (for a conflict: what changed and how to resolve it)
};

// The paths of a pair, from either of its files: notebook.ipynb ↔ notebook.py (or .R, .jl… for the kernel).
struct PairPaths
{
    QString notebook;
    QString script;
};
PairPaths pairPaths(const QString& path);

struct PairReport
{
    QList<PairResult> results;
    QList<Error> problems;
};

// Brings one pair in sync. Files are written atomically; a notebook that cannot be read, or a script that
// cannot be parsed, is left untouched and the error names it.
Result<PairResult> syncPair(const QString& path, const PairOptions& options = {});
// Every notebook of a project (paths relative to `root`), on the thread pool, with progress; cancelable
// between notebooks.
QFuture<PairReport> syncPairsAsync(const QString& root, const QStringList& notebooks,
                                   const PairOptions& options = {});

} // namespace slipway::notebook
