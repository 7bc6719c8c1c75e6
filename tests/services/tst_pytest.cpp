// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/testing/TestJob.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace slipway;
using namespace slipway::testing;
using namespace Qt::StringLiterals;

// Tests with the real pytest, pytest-cov, build and pip of the Debian 13 root, on a fixture package whose
// wheel forgets a data file (setuptools leaves out package data nobody declared).
class TestPytest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    template <typename Job>
    static bool runJob(Job& job, int timeoutMs = 180000)
    {
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        return finished.wait(timeoutMs);
    }

    static const TestResult* find(const QList<TestResult>& results, const QString& nodeId)
    {
        for (const TestResult& r : results)
            if (r.nodeId == nodeId)
                return &r;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        m_project = m_dir.path();
        QVERIFY(test::writeFile(
            m_project, u"pyproject.toml"_s,
            "[build-system]\nrequires = [\"setuptools\"]\nbuild-backend = \"setuptools.build_meta\"\n\n"
            "[project]\nname = \"calc\"\nversion = \"1.0\"\n\n"
            "[tool.setuptools.packages.find]\nwhere = [\"src\"]\n\n"
            "[tool.pytest.ini_options]\npythonpath = [\"src\"]\n\n"
            "[tool.coverage.report]\nfail_under = 99\n"));
        QVERIFY(test::writeFile(m_project, u"src/calc/__init__.py"_s,
                                "from importlib import resources\n\n\ndef add(a, b):\n    return a + b\n\n\n"
                                "def table():\n    return (resources.files(__package__) / \"data\" / "
                                "\"table.csv\").read_text()\n\n\n"
                                "def unused(x):\n    if x:\n        return 1\n    return 2\n"));
        QVERIFY(test::writeFile(m_project, u"src/calc/data/table.csv"_s, "a,b\n1,2\n"));
        QVERIFY(test::writeFile(
            m_project, u"tests/test_calc.py"_s,
            "import pytest\nimport calc\n\n\ndef test_add():\n    assert calc.add(1, 2) == 3\n\n\n"
            "def test_table():\n    assert calc.table().startswith(\"a,b\")\n\n\n"
            "class TestMore:\n    @pytest.mark.parametrize(\"x\", [1, 2])\n    def test_square(self, x):\n"
            "        assert x * x == x + x\n\n\n"
            "@pytest.mark.skip(reason=\"not today\")\ndef test_skipped():\n    pass\n"));
        QVERIFY(test::writeFile(m_project, u"broken/test_broken.py"_s,
                                "import not_a_module\n\n\ndef test_never():\n    pass\n"));
        QVERIFY(test::writeFile(m_project, u"broken/test_fine.py"_s, "def test_fine():\n    pass\n"));
    }

    void collectsTheTreeAndErrors()
    {
        TestRequest request;
        request.root = m_project;
        request.selection = {u"tests"_s, u"broken"_s};
        CollectJob job(request);
        QVERIFY(runJob(job));
        const Collection& c = job.collection();
        QCOMPARE(c.tests.size(), 6);
        const TestResult& param = c.tests[2];
        QCOMPARE(param.nodeId, u"tests/test_calc.py::TestMore::test_square[1]"_s);
        QCOMPARE(param.className, u"TestMore"_s);
        QCOMPARE(param.name, u"test_square[1]"_s);
        QCOMPARE(c.errors.size(), 1);
        QCOMPARE(c.errors[0].file, u"broken/test_broken.py"_s);
        QCOMPARE(c.errors[0].outcome, Outcome::Error);
        QVERIFY2(c.errors[0].message.contains(u"No module named 'not_a_module'"_s),
                 qPrintable(c.errors[0].message));
        QVERIFY(c.errors[0].links.contains(SourceLink{u"broken/test_broken.py"_s, 1}));
    }

    void runsWithProgressResultsAndCoverage()
    {
        TestRequest request;
        request.root = m_project;
        request.selection = {u"tests"_s};
        request.coverage = true;
        TestJob job(request);
        QList<int> percents;
        connect(&job, &TestJob::progress, this,
                [&](int percent, const QString&, Outcome) { percents << percent; });
        QVERIFY(runJob(job));
        const TestReport& report = job.report();
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).toString()));
        QCOMPARE(report.results.size(), 5);
        QCOMPARE(report.count(Outcome::Passed), 3);
        QCOMPARE(report.count(Outcome::Failed), 1);
        QCOMPARE(report.count(Outcome::Skipped), 1);
        QCOMPARE(percents.size(), 5);
        QCOMPARE(percents.last(), 100);
        const TestResult* failed = find(report.results, u"tests/test_calc.py::TestMore::test_square[1]"_s);
        QVERIFY(failed);
        QCOMPARE(failed->outcome, Outcome::Failed);
        QVERIFY(failed->message.contains(u"assert"_s));
        QVERIFY(failed->links.contains(SourceLink{u"tests/test_calc.py"_s, 16}));
        QCOMPARE(failed->line, 14); // the decorated definition
        const TestResult* skipped = find(report.results, u"tests/test_calc.py::test_skipped"_s);
        QVERIFY(skipped && skipped->message == u"not today"_s);
        // Coverage: the package, per line, and the project's threshold.
        QVERIFY(report.coverage);
        QCOMPARE(report.coverage->failUnder, 99.0);
        QVERIFY(!report.coverage->passes());
        QVERIFY(!report.passed());
        const auto file =
            std::ranges::find(report.coverage->files, u"src/calc/__init__.py"_s, &FileCoverage::file);
        QVERIFY(file != report.coverage->files.end());
        QVERIFY(file->missed.contains(15)); // unused() never ran
        QVERIFY(file->covered.contains(5));
    }

    void installedPackageLacksItsData()
    {
        TestRequest request;
        request.root = m_project;
        request.installed = true;
        TestJob job(request);
        QStringList output;
        connect(&job, &Job::logLine, this, [&](const QString& line) { output << line; });
        QVERIFY(runJob(job, 300000));
        const TestReport& report = job.report();
        const TestResult* table = find(report.results, u"tests/test_calc.py::test_table"_s);
        QVERIFY2(table, qPrintable(output.join(u'\n')));
        QCOMPARE(table->outcome, Outcome::Failed);
        QVERIFY(find(report.results, u"tests/test_calc.py::test_add"_s)->outcome == Outcome::Passed);
        bool named = false;
        for (const Error& problem : report.problems)
            named = named || problem.message.contains(u"lacks calc/data/table.csv"_s);
        QVERIFY2(named, qPrintable(report.problems.value(0).toString()));
        // The source tree passes the same test: only the installed package is broken.
        TestRequest source;
        source.root = m_project;
        source.selection = {u"tests/test_calc.py::test_table"_s};
        TestJob again(source);
        QVERIFY(runJob(again));
        QCOMPARE(again.report().count(Outcome::Passed), 1);
    }

    void cancelStopsTheProcessTree()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(u"child.pid"_s);
        QVERIFY(test::writeFile(dir.path(), u"test_slow.py"_s,
                                "import subprocess, time\n\n\ndef test_slow():\n"
                                "    child = subprocess.Popen(['sleep', '60'])\n"
                                "    open('" +
                                    pidFile.toUtf8() +
                                    "', 'w').write(str(child.pid))\n"
                                    "    time.sleep(60)\n"));
        TestRequest request;
        request.root = dir.path();
        TestJob job(request);
        QSignalSpy finished(&job, &TestJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile), 30000);
        QTest::qWait(200);
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 child = file.readAll().trimmed().toLongLong();
        QVERIFY(child > 0);
        QElapsedTimer clock;
        clock.start();
        job.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(job.report().canceled);
        // The sleep the test started is gone too (its whole process group was stopped).
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(child), 0) != 0 ||
                                     QFile(u"/proc/%1/stat"_s.arg(child)).open(QIODevice::ReadOnly) ==
                                         false ||
                                     QFile(u"/proc/%1/stat"_s.arg(child)).exists() == false,
                                 5000);
    }

    void missingPytestSaysHowToInstall()
    {
        QTemporaryDir venv;
        QProcess make;
        make.start(u"python3"_s, {u"-m"_s, u"venv"_s, u"--without-pip"_s, venv.path()});
        QVERIFY(make.waitForFinished(60000));
        TestRequest request;
        request.root = m_project;
        request.python = venv.filePath(u"bin/python"_s);
        TestJob job(request);
        QVERIFY(runJob(job));
        QCOMPARE(job.report().problems.size(), 1);
        QVERIFY2(
            job.report().problems[0].message.contains(u"pytest is not installed for "_s + request.python),
            qPrintable(job.report().problems[0].message));
        QVERIFY(job.report().problems[0].message.contains(u"-m pip install pytest"_s));
    }
};

QTEST_GUILESS_MAIN(TestPytest)
#include "tst_pytest.moc"
