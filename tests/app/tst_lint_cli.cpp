// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace Qt::StringLiterals;

// `slipway lint` end to end on the sample project, with the real flake8 and pylint of the Debian 13 root.
class TestLintCli : public QObject
{
    Q_OBJECT

    using Run = test::CliRun;

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_project;

    Run slipway(const QStringList& arguments)
    {
        return test::runSlipway(arguments,
                                {.home = m_home.path(), .workingDirectory = m_project, .timeoutMs = 180000});
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        m_project = test::makeSampleProject(m_dir);
    }

    void refusesAnUntrustedProject()
    {
        const Run run = slipway({u"lint"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"not trusted"_s), qPrintable(run.err));
        QCOMPARE(slipway({u"lint"_s, u"--trust"_s, u"--tool"_s, u"pyflakes"_s}).exitCode, 2);
    }

    void sarifHasTheSchemaShape()
    {
        const Run run = slipway({u"lint"_s, u"--trust"_s, u"--tool"_s, u"flake8"_s, u"--tool"_s, u"pylint"_s,
                                 u"--format"_s, u"sarif"_s});
        QCOMPARE(run.exitCode, 1); // findings
        QJsonParseError error;
        const QJsonObject log = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        // SARIF 2.1.0's required members and value sets (sarif-schema-2.1.0.json).
        QCOMPARE(log.value(u"version"_s).toString(), u"2.1.0"_s);
        QVERIFY(log.value(u"$schema"_s).toString().contains(u"sarif-2.1.0"_s));
        const QJsonArray runs = log.value(u"runs"_s).toArray();
        QCOMPARE(runs.size(), 2);
        int notebookResults = 0;
        for (const auto& value : runs) {
            const QJsonObject sarifRun = value.toObject();
            const QJsonObject driver = sarifRun.value(u"tool"_s).toObject().value(u"driver"_s).toObject();
            QVERIFY(!driver.value(u"name"_s).toString().isEmpty());
            const QJsonArray rules = driver.value(u"rules"_s).toArray();
            const QJsonArray results = sarifRun.value(u"results"_s).toArray();
            QVERIFY(!results.isEmpty());
            for (const auto& r : results) {
                const QJsonObject result = r.toObject();
                QVERIFY(!result.value(u"message"_s).toObject().value(u"text"_s).toString().isEmpty());
                QVERIFY(QStringList({u"error"_s, u"warning"_s, u"note"_s, u"none"_s})
                            .contains(result.value(u"level"_s).toString()));
                const int ruleIndex = result.value(u"ruleIndex"_s).toInt(-1);
                QVERIFY(ruleIndex >= 0 && ruleIndex < rules.size());
                QCOMPARE(rules[ruleIndex].toObject().value(u"id"_s).toString(),
                         result.value(u"ruleId"_s).toString());
                const QJsonObject location = result.value(u"locations"_s)
                                                 .toArray()
                                                 .first()
                                                 .toObject()
                                                 .value(u"physicalLocation"_s)
                                                 .toObject();
                const QString uri =
                    location.value(u"artifactLocation"_s).toObject().value(u"uri"_s).toString();
                QVERIFY(!uri.isEmpty() && !uri.startsWith(u'/'));
                const QJsonObject region = location.value(u"region"_s).toObject();
                QVERIFY(region.value(u"startLine"_s).toInt() >= 1);
                QVERIFY(region.value(u"startColumn"_s).toInt() >= 1);
                if (uri.endsWith(u".ipynb"_s)) {
                    ++notebookResults;
                    QVERIFY(result.value(u"properties"_s).toObject().value(u"cell"_s).toInt() >= 1);
                }
            }
        }
        QVERIFY(notebookResults > 0);
    }

    void testCommand()
    {
        QTemporaryDir dir;
        const QString project = dir.path();
        QVERIFY(test::writeFile(project, u"pyproject.toml"_s,
                                "[project]\nname = \"mini\"\nversion = "
                                "\"1\"\n\n[tool.pytest.ini_options]\npythonpath = [\".\"]\n"));
        QVERIFY(test::writeFile(project, u"mini.py"_s, "def double(x):\n    return 2 * x\n"));
        QVERIFY(test::writeFile(project, u"tests/test_mini.py"_s,
                                "import mini\n\n\ndef test_double():\n    assert mini.double(2) == 4\n\n\n"
                                "def test_wrong():\n    assert mini.double(2) == 5\n"));
        const QString junit = dir.filePath(u"results.xml"_s);
        QProcess process;
        process.setProcessEnvironment(test::isolatedEnvironment(m_home.path()));
        process.setWorkingDirectory(project);
        process.start(test::slipwayBinary(), {u"test"_s, u"--trust"_s, u"--junit"_s, junit});
        QVERIFY(process.waitForFinished(120000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(out.contains(u"FAILED tests/test_mini.py::test_wrong"_s), qPrintable(out));
        QVERIFY(out.contains(u"    tests/test_mini.py:9"_s));
        QVERIFY(out.contains(u"1 passed, 1 failed"_s));
        QVERIFY(QFile::exists(junit));
        process.start(test::slipwayBinary(),
                      {u"test"_s, u"--trust"_s, u"--"_s, u"tests/test_mini.py::test_double"_s});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("1 passed, 0 failed"));
    }

    void textAndJson()
    {
        Run run = slipway({u"lint"_s, u"--trust"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("notebooks/explore.ipynb:cell "), run.out.constData());
        QVERIFY(run.out.contains("[flake8]"));
        run = slipway({u"lint"_s, u"--trust"_s, u"--format"_s, u"json"_s});
        const QJsonArray findings = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!findings.isEmpty());
        bool cell = false;
        for (const auto& f : findings)
            cell = cell || f.toObject().contains(u"cell"_s);
        QVERIFY(cell);
    }
};

QTEST_GUILESS_MAIN(TestLintCli)
#include "tst_lint_cli.moc"
