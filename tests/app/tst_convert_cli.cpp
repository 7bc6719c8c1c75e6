// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/notebook/Convert.h"
#include "services/notebook/Notebook.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace slipway;
using namespace Qt::StringLiterals;

// `slipway convert` end to end: the real binary on copies of corpus notebooks in a temp folder.
class TestConvertCli : public QObject
{
    Q_OBJECT

    using Run = test::CliRun;

    QTemporaryDir m_home;
    QTemporaryDir m_dir;

    Run slipway(const QStringList& arguments)
    {
        return test::runSlipway(arguments, {.home = m_home.path(), .workingDirectory = m_dir.path()});
    }

    QString copyCorpus(const QString& name, const QString& as)
    {
        const QString source = test::sharedDir() + u"/corpus/jupytext-tests/inputs/ipynb_py/"_s + name;
        QString target = m_dir.filePath(as);
        QFile::remove(target);
        if (!QFile::copy(source, target))
            return {};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    static int outputCount(const QString& notebookPath)
    {
        Result<notebook::Notebook> notebook = notebook::readNotebookFile(notebookPath);
        if (!notebook)
            return -1;
        int count = 0;
        for (const json::Value& cell : *notebook->cellLists().front())
            if (const json::Value* outputs = cell.find("outputs"))
                count += outputs->isArray() ? int(outputs->array().size()) : 1;
        return count;
    }

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void convertsBothWays()
    {
        const QString notebookPath = copyCorpus(u"jupyter.ipynb"_s, u"jupyter.ipynb"_s);
        const QByteArray expected =
            read(test::sharedDir() + u"/corpus/jupytext-tests/outputs/ipynb_to_percent/jupyter.py"_s);
        Run run = slipway({u"convert"_s, u"--to"_s, u"percent"_s, u"-o"_s, u"-"_s, notebookPath});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, expected);

        run = slipway({u"convert"_s, u"--to"_s, u"percent"_s, notebookPath});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(read(m_dir.filePath(u"jupyter.py"_s)), expected);

        run = slipway({u"convert"_s, u"--to"_s, u"databricks"_s, u"-o"_s, u"jupyter.db.py"_s, notebookPath});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(read(m_dir.filePath(u"jupyter.db.py"_s)).startsWith("# Databricks notebook source\n"));

        // Back to ipynb over the existing notebook: the outputs stay.
        const int outputs = outputCount(notebookPath);
        QVERIFY(outputs > 0);
        run = slipway({u"convert"_s, u"--to"_s, u"ipynb"_s, m_dir.filePath(u"jupyter.py"_s)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(outputCount(notebookPath), outputs);
        // A Databricks script reads back too (detected by its first line).
        run = slipway(
            {u"convert"_s, u"--to"_s, u"percent"_s, u"-o"_s, u"-"_s, m_dir.filePath(u"jupyter.db.py"_s)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("# %% [markdown]"));
    }

    void badInputNamesTheFileAndWritesNothing()
    {
        const QString bad = m_dir.filePath(u"broken.ipynb"_s);
        write(bad, "{\"cells\": [");
        Run run = slipway({u"convert"_s, u"--to"_s, u"percent"_s, bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(bad), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"broken.py"_s)));
        QCOMPARE(read(bad), QByteArray("{\"cells\": ["));
        run = slipway({u"convert"_s, bad});
        QCOMPARE(run.exitCode, 2);
    }

    void pairsNotebooksAndScripts()
    {
        const QString notebookPath = copyCorpus(u"text_outputs_and_images.ipynb"_s, u"pair.ipynb"_s);
        const QString scriptPath = m_dir.filePath(u"pair.py"_s);
        const int outputs = outputCount(notebookPath);
        Run run = slipway({u"convert"_s, u"--pair"_s, notebookPath});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo::exists(scriptPath));
        run = slipway({u"convert"_s, u"--pair"_s, notebookPath});
        QVERIFY2(run.out.contains("in sync"), run.out.constData());

        // The script is edited: the notebook takes the change and keeps its outputs.
        QByteArray script = read(scriptPath);
        script.replace("print('using print')", "print('using print, reviewed')");
        write(scriptPath, script);
        run = slipway({u"convert"_s, u"--pair"_s, scriptPath});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(read(notebookPath).contains("using print, reviewed"));
        QCOMPARE(outputCount(notebookPath), outputs);

        // The notebook is edited: the script follows.
        Result<notebook::Notebook> notebook = notebook::readNotebookFile(notebookPath);
        QVERIFY(notebook);
        (*notebook->cellLists().front())[0].set("source", json::Value(std::string("Edited in Jupyter.")));
        write(notebookPath, notebook::serializeNotebook(*notebook).value_or(QByteArray()));
        run = slipway({u"convert"_s, u"--pair"_s, notebookPath});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(read(scriptPath).contains("# Edited in Jupyter."));

        // Both edited: a conflict, nothing written, exit 1.
        write(scriptPath, read(scriptPath) + "\n# %%\nscript_side = 1\n");
        notebook = notebook::readNotebookFile(notebookPath);
        (*notebook->cellLists().front())[0].set("source", json::Value(std::string("Edited again.")));
        write(notebookPath, notebook::serializeNotebook(*notebook).value_or(QByteArray()));
        const QByteArray scriptBefore = read(scriptPath);
        const QByteArray notebookBefore = read(notebookPath);
        run = slipway({u"convert"_s, u"--pair"_s, notebookPath});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"conflict"_s) && run.err.contains(scriptPath), qPrintable(run.err));
        QCOMPARE(read(scriptPath), scriptBefore);
        QCOMPARE(read(notebookPath), notebookBefore);
        run = slipway({u"convert"_s, u"--pair"_s, u"--prefer"_s, u"script"_s, notebookPath});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(read(notebookPath).contains("script_side = 1"));
        QVERIFY(!read(notebookPath).contains("Edited again."));
    }

    // `slipway diff` on a repository, and git's own diff through the textconv `slipway filter install` sets.
    void diffAndTextconv()
    {
        QTemporaryDir dir;
        const QString repo = test::makeSampleProject(dir);
        const QString notebookPath = repo + u"/notebooks/explore.ipynb"_s;
        QByteArray notebook = read(notebookPath);
        QVERIFY(notebook.contains("churn_rate(customers)"));
        write(notebookPath, notebook.replace("churn_rate(customers)", "churn_rate(customers, buckets=4)"));
        QProcess process;
        process.setProcessEnvironment(test::isolatedEnvironment(m_home.path()));
        process.setWorkingDirectory(repo);
        process.start(test::slipwayBinary(), {u"diff"_s, u"--color=never"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(u"@@ -"_s) && out.contains(u"cell 3 · code"_s), qPrintable(out));
        QVERIFY(out.contains(u"+rates = churn_rate(customers, buckets=4)"_s));
        QVERIFY(!out.contains(u"\"outputs\""_s));
        // Colour on request: ANSI codes, and reverse video on the changed words.
        process.start(test::slipwayBinary(), {u"diff"_s, u"--color=always"_s, u"--"_s, u"notebooks"_s});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray coloured = process.readAllStandardOutput();
        QVERIFY(coloured.contains("\x1b[32m") && coloured.contains("\x1b[7m, buckets=4\x1b[27m"));
        // A revision range: nothing between HEAD and itself.
        process.start(test::slipwayBinary(), {u"diff"_s, u"HEAD..HEAD"_s});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY(process.readAllStandardOutput().isEmpty());

        // git diff itself, once the filter (and its textconv) is installed.
        process.start(test::slipwayBinary(), {u"filter"_s, u"install"_s, u"--local"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString gitDiff = test::git(repo, {u"-c"_s, u"core.pager=cat"_s, u"diff"_s, u"HEAD"_s, u"--"_s,
                                                 u"notebooks/explore.ipynb"_s});
        QVERIFY2(gitDiff.contains(u"+rates = churn_rate(customers, buckets=4)"_s), qPrintable(gitDiff));
        QVERIFY(gitDiff.contains(u"# %%"_s));
        QVERIFY(!gitDiff.contains(u"\"cell_type\""_s));
        // The filter process smudges too (a pass-through): with filter.nbstripout.required git refuses to
        // check a notebook out through a process filter that cannot.
        bool ok = false;
        test::git(repo, {u"checkout"_s, u"--"_s, u"notebooks/explore.ipynb"_s}, &ok);
        QVERIFY(ok);
        QVERIFY(read(notebookPath).contains("churn_rate(customers)\\n"));
    }

    void jupytextSpellings()
    {
        // jupytext's command lines mean the same here: EXT:FORMAT names the script, the file written to
        // decides the extension the header records, --set-formats pairs, --update is what Slipway does.
        QVERIFY(QDir(m_dir.path()).mkpath(u"jl"_s));
        const QString notebookPath = m_dir.filePath(u"jl/julia.ipynb"_s);
        write(notebookPath,
              R"json({"cells": [{"cell_type": "code", "execution_count": null, "id": "a", "metadata": {},
                 "outputs": [], "source": ["x = 1\n", "println(x)"]}],
                 "metadata": {"kernelspec": {"display_name": "Julia 1.9", "language": "julia",
                 "name": "julia-1.9"}, "language_info": {"name": "julia", "file_extension": ".jl"}},
                 "nbformat": 4, "nbformat_minor": 5})json");
        const QString version = u"1.16.4"_s;
        const auto convert = [&](const QString& to, const QStringList& more = {}) {
            return slipway(QStringList{u"convert"_s, u"--to"_s, to, u"--jupytext-version"_s, version} + more +
                           QStringList{notebookPath});
        };
        QCOMPARE(convert(u"py:percent"_s).exitCode, 0);
        QVERIFY(read(m_dir.filePath(u"jl/julia.py"_s)).contains("extension: .py"));
        QCOMPARE(convert(u"auto:percent"_s).exitCode, 0);
        QVERIFY(read(m_dir.filePath(u"jl/julia.jl"_s)).contains("extension: .jl"));
        QCOMPARE(convert(u"jl:percent"_s, {u"-o"_s, u"jl/named.py"_s}).exitCode, 0);
        QVERIFY(read(m_dir.filePath(u"jl/named.py"_s)).contains("extension: .py"));
        // Byte for byte what jupytext writes, where it is installed.
        if (!QStandardPaths::findExecutable(u"jupytext"_s).isEmpty()) {
            QProcess jupytext;
            jupytext.setWorkingDirectory(m_dir.path());
            jupytext.start(u"jupytext"_s, {u"--version"_s});
            QVERIFY(jupytext.waitForFinished(60000));
            const QString peerVersion = QString::fromUtf8(jupytext.readAllStandardOutput()).trimmed();
            for (const QString& to : {u"py:percent"_s, u"auto:percent"_s}) {
                jupytext.start(u"jupytext"_s, {u"--quiet"_s, u"--to"_s, to, u"-o"_s, u"-"_s, notebookPath});
                QVERIFY(jupytext.waitForFinished(60000));
                const QByteArray expected = jupytext.readAllStandardOutput();
                const Run ours = slipway({u"convert"_s, u"--to"_s, to, u"--jupytext-version"_s, peerVersion,
                                          u"-o"_s, u"-"_s, notebookPath});
                QCOMPARE(ours.out, expected);
            }
        }
        QCOMPARE(slipway({u"convert"_s, u"--to"_s, u"py"_s, notebookPath}).exitCode, 2); // light: not ours
        QCOMPARE(slipway({u"convert"_s, u"--to"_s, u"ipynb"_s, u"--update"_s, u"-o"_s, u"-"_s,
                          m_dir.filePath(u"jl/julia.py"_s)})
                     .exitCode,
                 0);
        QFile::remove(m_dir.filePath(u"jl/julia.py"_s));
        QFile::remove(m_dir.filePath(u"jl/julia.jl"_s));
        QCOMPARE(slipway({u"convert"_s, u"--set-formats"_s, u"ipynb,py:percent"_s, notebookPath}).exitCode,
                 0);
        QVERIFY(QFile::exists(m_dir.filePath(u"jl/julia.py"_s)) ||
                QFile::exists(m_dir.filePath(u"jl/julia.jl"_s)));
        QCOMPARE(slipway({u"convert"_s, u"--set-formats"_s, u"md"_s, notebookPath}).exitCode, 2);
    }

    void newerScriptIsNeverOverwritten()
    {
        // A pair Slipway never synced: the script is newer than the notebook and differs.
        QVERIFY(QDir(m_dir.path()).mkpath(u"fresh"_s));
        const QString notebookPath = copyCorpus(u"jupyter.ipynb"_s, u"fresh/fresh.ipynb"_s);
        const QString scriptPath = m_dir.filePath(u"fresh/fresh.py"_s);
        QThread::msleep(20);
        write(scriptPath, "# %%\nprint('my own script')\n");
        Run run = slipway({u"convert"_s, u"--pair"_s, m_dir.filePath(u"fresh"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"newer"_s), qPrintable(run.err));
        QCOMPARE(read(scriptPath), QByteArray("# %%\nprint('my own script')\n"));
        Q_UNUSED(notebookPath);
    }
};

QTEST_GUILESS_MAIN(TestConvertCli)
#include "tst_convert_cli.moc"
