// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/lint/LintJob.h"
#include "services/lint/LintParsers.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::lint;
using namespace Qt::StringLiterals;

// Lint: the parsers on outputs recorded from the real tools (tests/services/data/lint, made by flake8 7.1,
// pycodestyle 2.12 and pylint 3.3 on sample.py in the Debian 13 root; ruff is not packaged in Debian 13, so
// ruff.json follows its documented format — the one mock here), then live runs of the real tools on a
// project with a notebook, a missing tool, a crashing tool, unexpected output and cancel.
class TestLint : public QObject
{
    Q_OBJECT

    static QByteArray data(const QString& name)
    {
        QFile file(test::sourceDir() + u"/tests/services/data/lint/"_s + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QString m_project;

    static QList<Diagnostic> run(LintRequest request, QList<Error>* problems = nullptr,
                                 QStringList* output = nullptr)
    {
        LintJob job(std::move(request));
        QSignalSpy finished(&job, &LintJob::finished);
        QStringList lines;
        QObject::connect(&job, &Job::logLine, &job, [&](const QString& line) { lines << line; });
        job.start();
        if (!finished.wait(120000))
            return {};
        if (problems)
            *problems = job.problems();
        if (output)
            *output = lines;
        return job.diagnostics();
    }

    static const Diagnostic* find(const QList<Diagnostic>& all, const QString& code, const QString& file = {})
    {
        for (const Diagnostic& d : all)
            if (d.code == code && (file.isEmpty() || d.file == file))
                return &d;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        m_project = m_dir.path();
        QVERIFY(test::writeFile(m_project, u"pkg/bad.py"_s, data(u"sample.py"_s)));
        // The project's own configuration: flake8 allows 100 characters, so E501 at 103 still shows.
        QVERIFY(test::writeFile(m_project, u"setup.cfg"_s,
                                "[flake8]\nmax-line-length = 100\nextend-ignore = W291\n"));
        const QByteArray notebook =
            "{\"cells\": [\n"
            " {\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"# A very long markdown line "
            "that no "
            "linter should ever report because it is prose and not code at all, really\"]},\n"
            " {\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {}, \"outputs\": [], "
            "\"source\": "
            "[\"import json\\n\", \"\\n\", \"value = undefined_thing + 1\"]},\n"
            " {\"cell_type\": \"code\", \"execution_count\": 2, \"metadata\": {}, \"outputs\": [], "
            "\"source\": "
            "[\"%matplotlib inline\\n\", \"print(value)\"]}\n"
            "], \"metadata\": {\"kernelspec\": {\"display_name\": \"Python 3\", \"language\": \"python\", "
            "\"name\": "
            "\"python3\"}}, \"nbformat\": 4, \"nbformat_minor\": 5}\n";
        QVERIFY(test::writeFile(m_project, u"notebooks/explore.ipynb"_s, notebook));
    }

    void parsesFlake8AndPycodestyle()
    {
        QList<Diagnostic> all;
        const auto lines = QString::fromUtf8(data(u"flake8.txt"_s)).split(u'\n', Qt::SkipEmptyParts);
        for (const QString& line : lines)
            if (auto d = parseFlake8Line(line, Tool::Flake8))
                all << *d;
        QCOMPARE(all.size(), 4);
        QCOMPARE(all[0].file, u"sample.py"_s);
        QCOMPARE(all[0].code, u"F401"_s);
        QCOMPARE(all[0].message, u"'os' imported but unused"_s);
        QCOMPARE(all[0].severity, Severity::Warning);
        QCOMPARE(all[2].line, 6);
        QCOMPARE(all[2].column, 80);
        QCOMPARE(all[3].code, u"F821"_s);
        QCOMPARE(all[3].severity, Severity::Error);
        const auto style =
            parseFlake8Line(QString::fromUtf8(data(u"pycodestyle.txt"_s)).trimmed(), Tool::Pycodestyle);
        QVERIFY(style);
        QCOMPARE(style->code, u"E501"_s);
        // Paths with colons, and what is not a finding.
        const auto colon =
            parseFlake8Line(u"C:/work/a:b.py:12:5: W605 invalid escape sequence '\\d'"_s, Tool::Flake8);
        QVERIFY(colon);
        QCOMPARE(colon->file, u"C:/work/a:b.py"_s);
        QCOMPARE(colon->line, 12);
        QVERIFY(!parseFlake8Line(u"Traceback (most recent call last):"_s, Tool::Flake8));
        QVERIFY(!parseFlake8Line(u"  File \"x.py\", line 3, in <module>"_s, Tool::Flake8));
    }

    void parsesPylintAndRuff()
    {
        for (const QString& name : {u"pylint-json2.json"_s, u"pylint-json.json"_s}) {
            const Result<QList<Diagnostic>> all = parsePylintJson(data(name));
            QVERIFY2(all, qPrintable(name));
            const Diagnostic* undefined = find(*all, u"E0602"_s);
            QVERIFY(undefined);
            QCOMPARE(undefined->symbol, u"undefined-variable"_s);
            QCOMPARE(undefined->severity, Severity::Error);
            QCOMPARE(undefined->line, 7);
            QCOMPARE(undefined->column, 12); // pylint's 11, from 0
            QVERIFY(find(*all, u"C0103"_s)); // the class name
            QCOMPARE(find(*all, u"C0103"_s)->severity, Severity::Info);
        }
        const Result<QList<Diagnostic>> ruff = parseRuffJson(data(u"ruff.json"_s));
        QVERIFY(ruff);
        QCOMPARE(ruff->size(), 3);
        QCOMPARE(ruff->at(0).column, 8);
        QCOMPARE(ruff->at(0).endColumn, 10);
        QCOMPARE(ruff->at(2).code, u"syntax"_s);
        QCOMPARE(ruff->at(2).severity, Severity::Error);
        // Output that is not what the parser expects says so.
        const Result<QList<Diagnostic>> broken = parsePylintJson("Traceback (most recent call last):\n");
        QVERIFY(!broken);
        QVERIFY(broken.error().message.contains(u"pylint"_s));
        QVERIFY(!parseRuffJson("{\"not\": \"a list\"}"));
    }

    void lintsFilesAndNotebooksLive()
    {
        LintRequest request;
        request.root = m_project;
        request.tools = {Tool::Flake8, Tool::Pycodestyle, Tool::Pylint};
        request.files = {u"pkg/bad.py"_s};
        request.notebooks = {u"notebooks/explore.ipynb"_s};
        QList<Error> problems;
        const QList<Diagnostic> all = run(request, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        // flake8 read setup.cfg: E501 reported at 103 > 100.
        const Diagnostic* longLine = find(all, u"E501"_s, u"pkg/bad.py"_s);
        QVERIFY(longLine);
        QVERIFY2(longLine->message.contains(u"> 100"_s) || longLine->tool == Tool::Pycodestyle,
                 qPrintable(longLine->message));
        QVERIFY(find(all, u"F821"_s, u"pkg/bad.py"_s));
        QVERIFY(find(all, u"E0602"_s, u"pkg/bad.py"_s)); // pylint
        // The notebook: findings land on the cell and the line in it.
        const Diagnostic* unusedImport = find(all, u"F401"_s, u"notebooks/explore.ipynb"_s);
        QVERIFY(unusedImport);
        QCOMPARE(unusedImport->cell, 2);
        QCOMPARE(unusedImport->line, 1);
        const Diagnostic* undefined = find(all, u"F821"_s, u"notebooks/explore.ipynb"_s);
        QVERIFY(undefined);
        QCOMPARE(undefined->cell, 2);
        QCOMPARE(undefined->line, 3);
        QCOMPARE(undefined->column, 9);
        // Nothing from the markdown cell (a long line) nor the commented magic.
        for (const Diagnostic& d : all)
            if (d.file == u"notebooks/explore.ipynb")
                QVERIFY2(d.cell == 2 || d.cell == 3,
                         qPrintable(d.code + u" in cell "_s + QString::number(d.cell)));
        QVERIFY(!find(all, u"E501"_s, u"notebooks/explore.ipynb"_s));
    }

    void missingToolsSayHowToInstall()
    {
        // An interpreter without flake8: a venv made without pip or site packages.
        QTemporaryDir venv;
        QProcess make;
        make.start(u"python3"_s, {u"-m"_s, u"venv"_s, u"--without-pip"_s, venv.path()});
        QVERIFY(make.waitForFinished(60000));
        LintRequest request;
        request.root = m_project;
        request.python = venv.filePath(u"bin/python"_s);
        request.tools = {Tool::Flake8, Tool::Ruff};
        request.files = {u"pkg/bad.py"_s};
        QList<Error> problems;
        const QList<Diagnostic> all = run(request, &problems);
        QVERIFY(all.isEmpty());
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems[0].message.contains(u"ruff is not installed"_s), qPrintable(problems[0].message));
        QVERIFY(problems[1].message.contains(u"flake8 is not installed for "_s + request.python));
        QVERIFY(problems[1].message.contains(u"-m pip install flake8"_s));
    }

    void crashesAndUnexpectedOutputAreProblems()
    {
        // A stand-in interpreter (the one mock of this test besides ruff.json: a real tool that crashes on
        // demand cannot be had): it prints a traceback and exits 3, or prints something that is not JSON.
        QTemporaryDir dir;
        QVERIFY(test::writeFile(
            dir.path(), u"crash"_s,
            "#!/bin/sh\necho 'Traceback (most recent call last):' >&2\necho 'KeyError: boom' >&2\nexit 3\n"));
        QVERIFY(test::writeFile(dir.path(), u"chatty"_s,
                                "#!/bin/sh\necho 'pylint says hello, not JSON'\nexit 0\n"));
        QFile::setPermissions(dir.filePath(u"crash"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(dir.filePath(u"chatty"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        LintRequest request;
        request.root = m_project;
        request.files = {u"pkg/bad.py"_s};
        request.python = dir.filePath(u"crash"_s);
        QList<Error> problems;
        QStringList output;
        run(request, &problems, &output);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].message.contains(u"flake8 failed"_s), qPrintable(problems[0].message));
        QVERIFY(output.contains(u"flake8: KeyError: boom"_s)); // the raw output, for the Log
        request.python = dir.filePath(u"chatty"_s);
        request.tools = {Tool::Pylint};
        run(request, &problems, &output);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].message.contains(u"not the JSON pylint writes"_s),
                 qPrintable(problems[0].message));
        QVERIFY(output.contains(u"pylint: pylint says hello, not JSON"_s));
    }

    void cancelStopsTheRun_data()
    {
        QTest::addColumn<bool>("whileTheToolRuns");
        QTest::newRow("while reading the notebooks") << false;
        QTest::newRow("while pylint runs") << true;
    }

    void cancelStopsTheRun()
    {
        QFETCH(bool, whileTheToolRuns);
        LintRequest request;
        request.root = m_project;
        request.tools = {Tool::Pylint, Tool::Flake8};
        request.files = {u"pkg/bad.py"_s};
        request.notebooks = {u"notebooks/explore.ipynb"_s};
        LintJob job(request);
        QSignalSpy finished(&job, &LintJob::finished);
        job.start();
        if (whileTheToolRuns)
            QTRY_VERIFY_WITH_TIMEOUT(job.progressText().startsWith(u"pylint on"_s), 30000);
        job.cancel();
        // Pool work that is canceled ends the job at once (its late result is dropped); a tool ends it
        // once its process group has stopped.
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.state(), Job::State::Canceled);
        QVERIFY(!job.isRunning());
    }

    void suppressionComments()
    {
        Diagnostic flake;
        flake.code = u"E501"_s;
        QCOMPARE(suppressionComment(flake), u"  # noqa: E501"_s);
        Diagnostic pylint;
        pylint.tool = Tool::Pylint;
        pylint.code = u"C0301"_s;
        pylint.symbol = u"line-too-long"_s;
        QCOMPARE(suppressionComment(pylint), u"  # pylint: disable=line-too-long"_s);
        // Into the line, and into an existing comment of the tool.
        QCOMPARE(withSuppression(u"x = 1"_s, flake), u"x = 1  # noqa: E501"_s);
        QCOMPARE(withSuppression(u"x = 1  # noqa: F401"_s, flake), u"x = 1  # noqa: F401, E501"_s);
        QCOMPARE(withSuppression(u"x = 1  # noqa: E501"_s, flake), u"x = 1  # noqa: E501"_s);
        QCOMPARE(withSuppression(u"x = 1  # noqa"_s, flake), u"x = 1  # noqa"_s);
        QCOMPARE(withSuppression(u"y = 2  # pylint: disable=invalid-name"_s, pylint),
                 u"y = 2  # pylint: disable=invalid-name, line-too-long"_s);
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
