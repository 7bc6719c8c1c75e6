// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSupport.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

// Runs the real `slipway` binary as a user would, without a display and with its own HOME.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_home;

    Run slipway(const QStringList& arguments, const QString& workingDirectory = {})
    {
        QProcessEnvironment env = test::isolatedEnvironment(m_home.path());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a command must not need a platform plugin at all
        const test::CliRun run =
            test::runSlipway(arguments, {.environment = env, .workingDirectory = workingDirectory});
        return {run.exitCode, QString::fromUtf8(run.out), run.err};
    }

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void versionAndHelpNeedNoDisplay()
    {
        const Run version = slipway({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(u"slipway 0.1.0\n"), qPrintable(version.out));
        for (const char* library :
             {"Qt", "libgit2", "KSyntaxHighlighting", "QScintilla", "yaml-cpp", "toml++"})
            QVERIFY2(version.out.contains(QStringLiteral("  %1 ").arg(QLatin1StringView(library))), library);
        QVERIFY(version.err.isEmpty());

        const Run help = slipway({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"info [--json]"));
        QVERIFY(help.out.contains(u"Exit codes"));
    }

    void everyCommandHasItsHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        for (const char* command :
             {"info", "sample", "strip", "filter", "filter-process", "trust", "version", "build", "inspect",
              "convert", "diff", "lint", "test", "env", "publish", "promote", "yank", "channels", "pipeline"})
            QTest::newRow(command) << QStringList{QString::fromLatin1(command), QStringLiteral("--help")};
        QTest::newRow("pipeline run")
            << QStringList{QStringLiteral("pipeline"), QStringLiteral("run"), QStringLiteral("-h")};
    }

    void everyCommandHasItsHelp()
    {
        QFETCH(QStringList, arguments);
        const Run run = slipway(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"Usage:\n  slipway " + arguments.first()), qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("firstLine");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                        << QStringLiteral("slipway: --frobnicate: unknown option");
        QTest::newRow("info without path") << QStringList{QStringLiteral("info")}
                                           << QStringLiteral("slipway: info: expects one project folder");
        QTest::newRow("info bad option")
            << QStringList{QStringLiteral("info"), QStringLiteral("--jsn"), QStringLiteral(".")}
            << QStringLiteral("slipway: info: Unknown option 'jsn'.");
        QTest::newRow("missing folder")
            << QStringList{QStringLiteral("info"), QStringLiteral("/nonexistent/project")}
            << QStringLiteral("slipway: /nonexistent/project: no such folder");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, firstLine);
        const Run run = slipway(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.section(u'\n', 0, 0), firstLine);
        QVERIFY(run.out.isEmpty());
    }

    void sampleThenInfo()
    {
        QTemporaryDir dir;
        const Run created = slipway({QStringLiteral("sample"), QStringLiteral("churn")}, dir.path());
        QCOMPARE(created.exitCode, 0);
        const QString root = dir.filePath(QStringLiteral("churn"));
        QVERIFY(QFileInfo(root + u"/notebooks/explore.ipynb").isFile());

        const Run text = slipway({QStringLiteral("info"), root});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"Project      churn\n"), qPrintable(text.out));
        QVERIFY(text.out.contains(u"Trusted      no (restricted mode"));
        QVERIFY(text.out.contains(u"Git          main at "));
        QVERIFY(text.out.contains(u"(v0.1.0-1-g"));
        QVERIFY(text.out.contains(u"(dynamic, setuptools_scm)"));
        QVERIFY(text.out.contains(u"Notebooks    1: notebooks/explore.ipynb\n"));
        QVERIFY(text.out.contains(u"Problems     none\n"));

        const Run json = slipway({QStringLiteral("info"), QStringLiteral("--json"), root});
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(u"name").toString(), QStringLiteral("churn"));
        QCOMPARE(object.value(u"trusted").toBool(), false);
        QCOMPARE(object.value(u"git").toObject().value(u"branch").toString(), QStringLiteral("main"));
        QCOMPARE(object.value(u"pyproject").toObject().value(u"requiresPython").toString(),
                 QStringLiteral(">=3.11"));
        QCOMPARE(object.value(u"notebooks").toArray().size(), 1);
        QVERIFY(object.value(u"problems").toArray().isEmpty());

        // Trust is remembered for the path and shared with later runs; --trust is for one run only.
        QCOMPARE(slipway({QStringLiteral("--trust"), QStringLiteral("info"), QStringLiteral("--json"), root})
                     .out.contains(u"\"trusted\": true"),
                 true);
        QCOMPARE(slipway({QStringLiteral("info"), QStringLiteral("--json"), root})
                     .out.contains(u"\"trusted\": false"),
                 true);
        QCOMPARE(slipway({QStringLiteral("trust"), root}).exitCode, 0);
        QVERIFY(slipway({QStringLiteral("info"), QStringLiteral("--json"), root})
                    .out.contains(u"\"trusted\": true"));
        QCOMPARE(slipway({QStringLiteral("trust"), QStringLiteral("--list")}).out.trimmed(),
                 QDir(root).canonicalPath());
        QCOMPARE(slipway({QStringLiteral("trust"), QStringLiteral("--remove"), root}).exitCode, 0);
        QVERIFY(slipway({QStringLiteral("info"), QStringLiteral("--json"), root})
                    .out.contains(u"\"trusted\": false"));

        // The sample cannot be created over existing work.
        const Run again = slipway({QStringLiteral("sample"), root});
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(again.err, QStringLiteral("slipway: %1: the folder is not empty\n").arg(root));
    }

    void opensTheWindowOnAPath()
    {
        // The GUI entry point as `tools/dev run` uses it: slipway [--screenshot FILE] PATH.
        QTemporaryDir dir;
        QCOMPARE(slipway({QStringLiteral("sample"), dir.filePath(QStringLiteral("churn"))}).exitCode, 0);
        const QString png = dir.filePath(QStringLiteral("window.png"));
        const Run run = slipway({QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                 QStringLiteral("--screenshot"), png, dir.filePath(QStringLiteral("churn"))});
        QCOMPARE(run.exitCode, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);

        const Run bad = slipway({QStringLiteral("--color-scheme"), QStringLiteral("purple")});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.section(u'\n', 0, 0),
                 QStringLiteral("slipway: --color-scheme: expects light or dark"));
    }

    void problemsExitWithOne()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("pyproject.toml"), "[project\nname = \"x\"\n"));
        const Run run = slipway({QStringLiteral("info"), dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"Problems     1\n"), qPrintable(run.out));
        QVERIFY(run.out.contains(QDir(dir.path()).canonicalPath() + u"/pyproject.toml:1:"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
