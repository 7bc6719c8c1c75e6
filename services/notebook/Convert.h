// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/notebook/Notebook.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Notebooks as reviewable scripts and back: jupytext's "percent" format (`# %%` cells) and Databricks' source
// format (`# COMMAND ----------`). Outputs never enter a script; reading a script gives a notebook without
// outputs (combineOutputs() brings back those of the notebook it was made from).
namespace slipway::notebook {

enum class ScriptFormat
{
    Percent,
    Databricks
};

struct PercentOptions
{
    // When set, the header records jupytext's text_representation with this jupytext_version, as a plain
    // `jupytext --to py:percent` run does; empty (the default): no version stamp, so a script does not change
    // with the tool that wrote it.
    QString jupytextVersion;
    // The script's extension (".py") as the stamp records it, when the file is named otherwise than the
    // notebook's language says (jupytext follows the file: a Julia notebook written to x.py says .py).
    QString extension;
};

// The notebook as jupytext 1.19 writes it with `--to py:percent`, byte for byte (see docs/ARCHITECTURE.md for
// the rules and the known differences from older jupytext).
Result<QByteArray> toPercentScript(const Notebook& notebook, const PercentOptions& options = {});
// Where each line of a percent script comes from: the notebook's cell (1-based; 0 for the header and the
// blank lines between cells) and the line in that cell's source (1-based; 0 for the `# %%` line), and whether
// it is a code cell's line (what a linter reads; markdown and raw cells are comments in the script).
struct ScriptLineOrigin
{
    int cell = 0;
    int line = 0;
    bool code = false;
};
// toPercentScript, also telling where each line of the script comes from (`origins[i]` is line i + 1).
Result<QByteArray> toPercentScript(const Notebook& notebook, const PercentOptions& options,
                                   QList<ScriptLineOrigin>* origins);

// Reads a percent script as jupytext does: cells, cell metadata from the marker lines, notebook metadata from
// the YAML header, magics uncommented. `path` names the script in errors. The notebook is nbformat 4.5 with
// cell ids derived from the cells (the same script always gives the same notebook).
Result<Notebook> fromPercentScript(QByteArrayView text, const QString& path);

// The Databricks source format: `# Databricks notebook source`, cells separated by `# COMMAND ----------`,
// markdown and other-language cells as `# MAGIC %md` / `%sql` / `%sh` / `%run` lines, cell titles
// (metadata "title") as `# DBTITLE 1,<title>`. Raw cells become markdown (Databricks has no raw cells).
Result<QByteArray> toDatabricksSource(const Notebook& notebook);
Result<Notebook> fromDatabricksSource(QByteArrayView text, const QString& path);

// Which script format a text is in: Databricks by its first line, percent when a line is a `# %%` marker.
std::optional<ScriptFormat> detectScriptFormat(QByteArrayView text);
// The script file extension for the notebook's kernel language: ".py", ".R", ".jl", ".sh"…
QString scriptExtension(const Notebook& notebook);

// A cell as a script shows it: type, source, and the metadata the script keeps (jupytext's default cell
// filter and the notebook's own), as compact JSON ("{}" when none). For round-trip checks and diffs.
struct ScriptCell
{
    QString type;
    QString source;
    QString metadata;
    QString id;
};
QList<ScriptCell> scriptCells(const Notebook& notebook);

// The notebook `script` was made from (`previous`) has outputs; this gives `script`'s cells the outputs,
// execution counts, ids and dropped metadata (e.g. ExecuteTime) of the previous cells they match: same type
// and source first, then in order for cells of the same type whose source changed. Notebook metadata the
// script header did not carry is kept from `previous`.
Notebook combineOutputs(const Notebook& script, const Notebook& previous);

} // namespace slipway::notebook
