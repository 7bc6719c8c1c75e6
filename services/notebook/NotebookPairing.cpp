// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/notebook/NotebookPairing.h"

#include "services/core/SafeWrite.h"
#include "services/notebook/Notebook.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace slipway::notebook {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::notebook)
};

QString hashOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString defaultStateFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/pairs.json"_s;
}

QJsonObject readState(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

Result<void> recordState(const QString& path, const QString& script, const QString& scriptHash,
                         const QString& notebookHash)
{
    QJsonObject state = readState(path);
    state.insert(script, QJsonObject{{u"script"_s, scriptHash}, {u"notebook"_s, notebookHash}});
    // Slipway's own state, in the user's data folder.
    const QString folder = QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    return writeFileSafely(path, QJsonDocument(state).toJson(), Text::tr("record notebook pairs"), folder);
}

Result<QByteArray> render(const Notebook& notebook, ScriptFormat format)
{
    return format == ScriptFormat::Databricks ? toDatabricksSource(notebook) : toPercentScript(notebook);
}

Result<Notebook> parseScript(const QByteArray& text, const QString& path)
{
    if (detectScriptFormat(text) == ScriptFormat::Databricks)
        return fromDatabricksSource(text, path);
    return fromPercentScript(text, path);
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("read file"), path, file.errorString());
    return file.readAll();
}

} // namespace

PairPaths pairPaths(const QString& path)
{
    const QFileInfo info(path);
    const QString base = info.absolutePath() + u'/' + info.completeBaseName();
    if (info.suffix() == u"ipynb") {
        QString extension = u".py"_s;
        if (Result<Notebook> notebook = readNotebookFile(info.absoluteFilePath()))
            extension = scriptExtension(*notebook);
        return {info.absoluteFilePath(), base + extension};
    }
    return {base + u".ipynb"_s, info.absoluteFilePath()};
}

Result<PairResult> syncPair(const QString& path, const PairOptions& options)
{
    const PairPaths paths = pairPaths(path);
    const QString stateFile = options.stateFile.isEmpty() ? defaultStateFile() : options.stateFile;
    PairResult result{paths.notebook, paths.script, PairAction::InSync, {}};
    const bool haveNotebook = QFileInfo::exists(paths.notebook);
    const bool haveScript = QFileInfo::exists(paths.script);
    if (!haveNotebook && !haveScript)
        return fail(Text::tr("pair notebook"), path, Text::tr("neither the notebook nor its script exists"));

    std::optional<Notebook> notebook;
    QByteArray rendered;
    if (haveNotebook) {
        Result<Notebook> read = readNotebookFile(paths.notebook);
        if (!read)
            return std::unexpected(read.error());
        Result<QByteArray> text = render(*read, options.format);
        if (!text)
            return std::unexpected(text.error());
        notebook = std::move(*read);
        rendered = *text;
    }
    const auto writeScript = [&](const QString& why) -> Result<PairResult> {
        if (Result<bool> written = writeFileIfChanged(paths.script, rendered); !written)
            return std::unexpected(written.error());
        if (Result<void> recorded = recordState(stateFile, paths.script, hashOf(rendered), hashOf(rendered));
            !recorded)
            return std::unexpected(recorded.error());
        result.action = PairAction::WroteScript;
        result.detail = why;
        return result;
    };
    if (!haveScript)
        return writeScript(Text::tr("new script"));

    Result<QByteArray> script = readFile(paths.script);
    if (!script)
        return std::unexpected(script.error());
    const auto writeNotebook = [&](const QString& why) -> Result<PairResult> {
        Result<Notebook> fromScript = parseScript(*script, paths.script);
        if (!fromScript)
            return std::unexpected(fromScript.error());
        const Notebook updated = notebook ? combineOutputs(*fromScript, *notebook) : *fromScript;
        Result<QByteArray> bytes = serializeNotebook(updated);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (Result<bool> written = writeFileIfChanged(paths.notebook, *bytes); !written)
            return std::unexpected(written.error());
        Result<QByteArray> again = render(updated, options.format);
        if (!again)
            return std::unexpected(again.error());
        if (Result<void> recorded = recordState(stateFile, paths.script, hashOf(*script), hashOf(*again));
            !recorded)
            return std::unexpected(recorded.error());
        result.action = PairAction::WroteNotebook;
        result.detail = why;
        return result;
    };
    if (!haveNotebook)
        return writeNotebook(Text::tr("new notebook"));

    if (*script == rendered) {
        if (Result<void> recorded = recordState(stateFile, paths.script, hashOf(rendered), hashOf(rendered));
            !recorded)
            return std::unexpected(recorded.error());
        return result;
    }
    if (options.prefer == PairPreference::Notebook)
        return writeScript(Text::tr("the notebook was preferred"));
    if (options.prefer == PairPreference::Script)
        return writeNotebook(Text::tr("the script was preferred"));

    const QJsonObject last = readState(stateFile).value(paths.script).toObject();
    if (!last.isEmpty()) {
        const bool scriptChanged = hashOf(*script) != last.value(u"script"_s).toString();
        const bool notebookChanged = hashOf(rendered) != last.value(u"notebook"_s).toString();
        if (scriptChanged && !notebookChanged)
            return writeNotebook(Text::tr("the script changed"));
        if (!scriptChanged && notebookChanged)
            return writeScript(Text::tr("the notebook changed"));
        result.action = PairAction::Conflict;
        result.detail =
            Text::tr("both the notebook and the script changed since they were last synced; nothing "
                     "was written (choose a side with --prefer notebook|script)");
        return result;
    }
    // Never synced by Slipway: a script newer than its notebook is never overwritten.
    if (QFileInfo(paths.script).lastModified() > QFileInfo(paths.notebook).lastModified()) {
        result.action = PairAction::Conflict;
        result.detail =
            Text::tr("the script is newer than the notebook and differs from it; nothing was written "
                     "(choose a side with --prefer notebook|script)");
        return result;
    }
    return writeScript(Text::tr("the notebook is newer"));
}

QFuture<PairReport> syncPairsAsync(const QString& root, const QStringList& notebooks,
                                   const PairOptions& options)
{
    return QtConcurrent::run([root, notebooks, options](QPromise<PairReport>& promise) {
        PairReport report;
        promise.setProgressRange(0, int(notebooks.size()));
        for (qsizetype i = 0; i < notebooks.size(); ++i) {
            if (promise.isCanceled())
                return;
            promise.setProgressValueAndText(int(i), notebooks[i]);
            Result<PairResult> result = syncPair(root + u'/' + notebooks[i], options);
            if (result)
                report.results.append(*result);
            else
                report.problems.append(result.error());
        }
        promise.setProgressValue(int(notebooks.size()));
        promise.addResult(report);
    });
}

} // namespace slipway::notebook
