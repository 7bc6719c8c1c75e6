// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QStringList>

#include <optional>

namespace slipway::notebook {

struct Notebook;

// What a view shows of one output: the richest representation Jupyter would show, decoded.
struct OutputDisplay
{
    enum class Kind
    {
        Stream,
        Error,
        Image,
        Svg,
        Markdown,
        Html,
        Text,
        Widget
    };
    Kind kind = Kind::Text;
    QString name;    // stream name ("stdout", "stderr"), or the error's ename
    QString text;    // stream text, traceback (with ANSI escapes), text/plain, markdown or HTML source
    QByteArray data; // decoded image bytes (PNG, JPEG) or SVG source
    QString mime;    // the MIME type shown
};

struct CellDisplay
{
    enum class Type
    {
        Code,
        Markdown,
        Raw
    };
    Type type = Type::Code;
    QString source;
    std::optional<int> executionCount;
    QStringList tags;
    QList<OutputDisplay> outputs;
};

// A notebook as a view shows it: an immutable snapshot, safe to pass between threads.
struct NotebookDisplay
{
    QString path;
    QString language; // from the kernelspec or language_info, e.g. "python"
    int major = 4;
    int minor = 0;
    qint64 fileSize = 0;
    QList<CellDisplay> cells;
};

// The view of a parsed notebook (all formats: v3 cells' `input` and `prompt_number` become source and count).
Result<NotebookDisplay> displayOf(const Notebook& notebook);
// Reads the file and builds its view on the thread pool.
QFuture<Result<NotebookDisplay>> loadNotebookDisplayAsync(const QString& path);

} // namespace slipway::notebook
