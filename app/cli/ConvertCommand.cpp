// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ConvertCommand.h"

#include "app/cli/CliCommon.h"
#include "services/notebook/Convert.h"
#include "services/notebook/Notebook.h"
#include "services/notebook/NotebookPairing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace slipway::cli {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::cli)
};

enum class Target
{
    Percent,
    Databricks,
    Ipynb
};

Result<QByteArray> readInput(const QString& path)
{
    QFile file;
    if (path == u"-") {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return fail(Text::tr("convert"), u"-"_s, file.errorString());
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Text::tr("convert"), path, file.errorString());
    }
    return file.readAll();
}

bool looksLikeNotebook(const QString& path, const QByteArray& bytes)
{
    if (path.endsWith(u".ipynb"))
        return true;
    for (char c : bytes) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{';
    }
    return false;
}

Result<notebook::Notebook> readAny(const QString& path, const QByteArray& bytes)
{
    if (looksLikeNotebook(path, bytes))
        return notebook::parseNotebook(bytes, path, true);
    if (notebook::detectScriptFormat(bytes) == notebook::ScriptFormat::Databricks)
        return notebook::fromDatabricksSource(bytes, path);
    return notebook::fromPercentScript(bytes, path);
}

// What --to asks for: jupytext's spelling `[EXT:]FORMAT` (py:percent, jl:percent, ipynb) or Slipway's.
struct Format
{
    Target target = Target::Percent;
    QString extension; // ".py" when --to named it
};

std::optional<Format> parseFormat(const QString& to)
{
    const qsizetype colon = to.indexOf(u':');
    QString extension = colon < 0 ? QString() : to.left(colon);
    const QString name = colon < 0 ? to : to.mid(colon + 1);
    if (extension == u"auto" || extension == u".auto") // jupytext's: the notebook's language decides
        extension.clear();
    if (!extension.isEmpty() && !extension.startsWith(u'.'))
        extension.prepend(u'.');
    if (colon < 0 && (name == u"ipynb" || name == u"notebook" || name == u".ipynb"))
        return Format{Target::Ipynb, {}};
    if (name == u"percent")
        return Format{Target::Percent, extension};
    if (name == u"databricks")
        return Format{Target::Databricks, extension};
    return std::nullopt;
}

QString outputPathFor(const QString& input, const Format& format, const notebook::Notebook& notebook)
{
    const QFileInfo info(input);
    const QString base = info.absolutePath() + u'/' + info.completeBaseName();
    if (format.target == Target::Ipynb)
        return base + u".ipynb"_s;
    return base + (format.extension.isEmpty() ? notebook::scriptExtension(notebook) : format.extension);
}

int convertFiles(const QStringList& files, const Format& format, const QCommandLineParser& parser,
                 QTextStream& out, QTextStream& err)
{
    const Target target = format.target;
    const QString output = parser.value(u"output"_s);
    if (!output.isEmpty() && output != u"-" && files.size() > 1)
        return usageError(err, u"convert"_s, Text::tr("--output PATH takes one input file"));
    notebook::PercentOptions percent;
    percent.jupytextVersion = parser.value(u"jupytext-version"_s);
    // As jupytext: the extension the file gets is the one its header records.
    percent.extension = format.extension;
    if (!output.isEmpty() && output != u"-" && !QFileInfo(output).suffix().isEmpty())
        percent.extension = u'.' + QFileInfo(output).suffix();
    int failures = 0;
    for (const QString& input : files) {
        // A notebook file is mapped (no copy of a large one) and its outputs only skipped over.
        std::unique_ptr<notebook::MappedFile> mapped;
        if (input != u"-" && input.endsWith(u".ipynb"))
            if (auto mapping = notebook::MappedFile::open(input);
                mapping && (*mapping)->bytes().size() < (qsizetype(1) << 31))
                mapped = std::move(*mapping);
        Result<QByteArray> bytes = mapped ? Result<QByteArray>(QByteArray()) : readInput(input);
        Result<notebook::Notebook> notebook =
            mapped  ? notebook::parseNotebookInPlace(mapped->bytes(), input, true)
            : bytes ? readAny(input, *bytes)
                    : Result<notebook::Notebook>(std::unexpected(bytes.error()));
        if (!notebook) {
            inputError(err, notebook.error());
            ++failures;
            continue;
        }
        const QString destination = output.isEmpty() ? outputPathFor(input, format, *notebook) : output;
        Result<QByteArray> converted;
        if (target == Target::Percent) {
            converted = notebook::toPercentScript(*notebook, percent);
        } else if (target == Target::Databricks) {
            converted = notebook::toDatabricksSource(*notebook);
        } else {
            notebook::Notebook result = *notebook;
            // A notebook that is already there keeps its outputs (and what its script does not show).
            if (destination != u"-" && QFileInfo::exists(destination))
                if (Result<notebook::Notebook> previous = notebook::readNotebookFile(destination))
                    result = notebook::combineOutputs(*notebook, *previous);
            converted = notebook::serializeNotebook(result);
        }
        if (!converted || (mapped && mapped->changedWhileRead())) {
            inputError(err, converted
                                ? Error{Text::tr("convert"), input,
                                        Text::tr("the file was truncated while it was read; nothing written")}
                                : converted.error());
            ++failures;
            continue;
        }
        if (destination == u"-") {
            out.flush();
            std::fwrite(converted->constData(), 1, size_t(converted->size()), stdout);
            std::fflush(stdout);
            continue;
        }
        if (QFileInfo(destination).absoluteFilePath() == QFileInfo(input).absoluteFilePath()) {
            err << "slipway: " << input << ": "
                << Text::tr("the output would replace the input; give --output") << '\n';
            ++failures;
            continue;
        }
        Result<bool> written = notebook::writeFileIfChanged(destination, *converted);
        if (!written) {
            inputError(err, written.error());
            ++failures;
            continue;
        }
        out << (*written ? Text::tr("wrote %1").arg(destination) : Text::tr("unchanged %1").arg(destination))
            << '\n';
    }
    out.flush();
    err.flush();
    return failures ? UsageError : Ok;
}

QStringList expandFolders(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        QDirIterator it(path, {u"*.ipynb"_s}, QDir::Files, QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext()) {
            const QString file = it.next();
            if (!file.contains(u"/.ipynb_checkpoints/"_s) && !file.contains(u"/.git/"_s))
                found << file;
        }
        found.sort();
        files += found;
    }
    return files;
}

int pairFiles(const QStringList& paths, Target target, const QCommandLineParser& parser, QTextStream& out,
              QTextStream& err)
{
    notebook::PairOptions options;
    options.format =
        target == Target::Databricks ? notebook::ScriptFormat::Databricks : notebook::ScriptFormat::Percent;
    const QString prefer = parser.value(u"prefer"_s);
    if (prefer == u"notebook")
        options.prefer = notebook::PairPreference::Notebook;
    else if (prefer == u"script")
        options.prefer = notebook::PairPreference::Script;
    else if (!prefer.isEmpty())
        return usageError(err, u"--prefer"_s, Text::tr("expects notebook or script"));
    int conflicts = 0, failures = 0;
    const QStringList expanded = expandFolders(paths);
    for (const QString& path : expanded) {
        Result<notebook::PairResult> result = notebook::syncPair(path, options);
        if (!result) {
            inputError(err, result.error());
            ++failures;
            continue;
        }
        switch (result->action) {
        case notebook::PairAction::InSync:
            out << Text::tr("in sync  %1").arg(result->scriptPath) << '\n';
            break;
        case notebook::PairAction::WroteScript:
            out << Text::tr("wrote    %1 (%2)").arg(result->scriptPath, result->detail) << '\n';
            break;
        case notebook::PairAction::WroteNotebook:
            out << Text::tr("wrote    %1 (%2)").arg(result->notebookPath, result->detail) << '\n';
            break;
        case notebook::PairAction::Conflict:
            err << "slipway: " << result->scriptPath << ": " << Text::tr("conflict: %1").arg(result->detail)
                << '\n';
            ++conflicts;
            break;
        }
    }
    out.flush();
    err.flush();
    return failures ? UsageError : conflicts ? ProblemsFound : Ok;
}

} // namespace

int convert(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"files"_s, Text::tr("Notebooks or scripts (- reads standard input)."));
    parser.addOption({u"to"_s,
                      Text::tr("percent, databricks or ipynb; jupytext's EXT:FORMAT too (py:percent, "
                               "jl:percent), the extension then naming the script."),
                      u"format"_s});
    parser.addOption({{u"o"_s, u"output"_s}, Text::tr("Write to PATH (- for standard output)."), u"path"_s});
    parser.addOption(
        {u"pair"_s, Text::tr("Keep a script beside each notebook in sync (folders: every notebook).")});
    parser.addOption({u"set-formats"_s,
                      Text::tr("jupytext's pairing, e.g. ipynb,py:percent: as --pair with that script format "
                               "(the notebook's metadata is left as it is)."),
                      u"formats"_s});
    parser.addOption({u"prefer"_s,
                      Text::tr("With --pair: on a conflict, the side that wins (notebook|script)."),
                      u"side"_s});
    parser.addOption(
        {u"update"_s,
         Text::tr("jupytext's --update: keep the outputs of the notebook written to (Slipway always "
                  "does).")});
    parser.addOption(
        {u"jupytext-version"_s,
         Text::tr("Stamp the percent header with jupytext's text_representation for this version."),
         u"version"_s});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(err, u"convert"_s, Text::tr("no input file given"));
    QString to = parser.value(u"to"_s);
    const bool pair = parser.isSet(u"pair"_s) || parser.isSet(u"set-formats"_s);
    if (parser.isSet(u"set-formats"_s)) {
        // ipynb and one script format, in either order.
        const QStringList formats = parser.value(u"set-formats"_s).split(u',', Qt::SkipEmptyParts);
        const QStringList scripts = QStringList(formats).filter(u":"_s);
        if (formats.size() != 2 || !formats.contains(u"ipynb"_s) || scripts.size() != 1)
            return usageError(err, u"--set-formats"_s,
                              Text::tr("expects ipynb and one script format, e.g. ipynb,py:percent"));
        to = scripts.first();
    }
    const std::optional<Format> format = parseFormat(to.isEmpty() ? u"percent"_s : to);
    if (!format)
        return usageError(
            err, u"--to"_s,
            Text::tr("expects percent, databricks or ipynb (or py:percent and the like; Slipway "
                     "writes no other text format)"));
    if (to.isEmpty() && !pair)
        return usageError(err, u"convert"_s, Text::tr("say what to convert to with --to, or use --pair"));
    if (pair) {
        if (format->target == Target::Ipynb)
            return usageError(err, u"--pair"_s,
                              Text::tr("pairs a notebook with a script: --to percent or databricks"));
        return pairFiles(files, format->target, parser, out, err);
    }
    return convertFiles(files, *format, parser, out, err);
}

} // namespace slipway::cli
