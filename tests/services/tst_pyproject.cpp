// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/PyProject.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace slipway;

class TestPyProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void readsTheSampleProject()
    {
        QFile file(test::sourceDir() + u"/examples/churn/pyproject.toml");
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<Error> warnings;
        const auto project = parsePyProject(file.readAll(), file.fileName(), &warnings);
        QVERIFY(project);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(project->name, QStringLiteral("churn"));
        QVERIFY(project->versionDynamic);
        QVERIFY(project->version.isEmpty());
        QCOMPARE(project->requiresPython, QStringLiteral(">=3.11"));
        QVERIFY(project->dependencies.isEmpty());
        QCOMPARE(project->optionalDependencies.value(QStringLiteral("test")),
                 (QStringList{QStringLiteral("pytest>=7"), QStringLiteral("pytest-cov")}));
        QCOMPARE(project->buildBackend, QStringLiteral("setuptools.build_meta"));
        QVERIFY(project->usesSetuptoolsScm);
        QCOMPARE(project->testPaths, QStringList{QStringLiteral("tests")});
    }

    void fields_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("dynamic");
        QTest::addColumn<bool>("scm");
        QTest::addColumn<QStringList>("dependencies");

        QTest::newRow("empty file") << QByteArray() << QString() << QString() << false << false
                                    << QStringList();
        QTest::newRow("static version") << QByteArray("[project]\nname = \"pkg\"\nversion = "
                                                      "\"1.2.3\"\ndependencies = [\"numpy>=2\", 'pandas']\n")
                                        << QStringLiteral("pkg") << QStringLiteral("1.2.3") << false << false
                                        << QStringList{QStringLiteral("numpy>=2"), QStringLiteral("pandas")};
        QTest::newRow("scm from build requirements")
            << QByteArray("[build-system]\nrequires = [\"setuptools\", \"setuptools_scm[toml]>=6.2\"]\n"
                          "[project]\nname = \"x\"\ndynamic = [\"version\", \"readme\"]\n")
            << QStringLiteral("x") << QString() << true << true << QStringList();
        QTest::newRow("unicode and inline tables")
            << QByteArray(
                   "[project]\nname = \"données\"\nauthors = [{ name = \"Zoë\" }]\nversion = \"0.1\"\n")
            << QStringLiteral("données") << QStringLiteral("0.1") << false << false << QStringList();
        QTest::newRow("setup.cfg-era project, tool tables only")
            << QByteArray("[tool.black]\nline-length = 100\n") << QString() << QString() << false << false
            << QStringList();
    }

    void fields()
    {
        QFETCH(QByteArray, toml);
        const auto project = parsePyProject(toml, QStringLiteral("pyproject.toml"));
        QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
        QTEST(project->name, "name");
        QTEST(project->version, "version");
        QTEST(project->versionDynamic, "dynamic");
        QTEST(project->usesSetuptoolsScm, "scm");
        QTEST(project->dependencies, "dependencies");
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("unterminated string")
            << QByteArray("[project]\nname = \"churn\n") << 2 << QStringLiteral("string");
        QTest::newRow("missing value") << QByteArray("[project]\nname =\n") << 2 << QString();
        QTest::newRow("duplicate key")
            << QByteArray("[project]\nname = \"a\"\nname = \"b\"\n") << 3 << QStringLiteral("name");
        QTest::newRow("duplicate table")
            << QByteArray("[project]\n[project]\n") << 2 << QStringLiteral("project");
        QTest::newRow("binary garbage") << QByteArray("\x01\x02\xff\xfe") << 1 << QString();
    }

    void syntaxErrors()
    {
        QFETCH(QByteArray, toml);
        QFETCH(int, line);
        QFETCH(QString, messagePart);
        const auto project = parsePyProject(toml, QStringLiteral("/p/pyproject.toml"));
        QVERIFY(!project);
        const Error& error = project.error();
        QCOMPARE(error.path, QStringLiteral("/p/pyproject.toml"));
        QCOMPARE(error.line, line);
        QVERIFY(error.column > 0);
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        QVERIFY(error.toString().startsWith(QStringLiteral("/p/pyproject.toml:%1:").arg(line)));
    }

    void wrongTypesAreWarningsWithPositions()
    {
        QList<Error> warnings;
        const auto project = parsePyProject("[project]\nname = 3\ndependencies = \"numpy\"\n"
                                            "[project.optional-dependencies]\ntest = [\"pytest\", 7]\n",
                                            QStringLiteral("pyproject.toml"), &warnings);
        QVERIFY(project);
        QCOMPARE(warnings.size(), 3);
        QCOMPARE(warnings[0].toString(),
                 QStringLiteral("pyproject.toml:2:8: project.name should be a string"));
        QCOMPARE(warnings[1].toString(),
                 QStringLiteral("pyproject.toml:3:16: project.dependencies should be an array of strings"));
        QCOMPARE(warnings[2].line, 5);
        QCOMPARE(project->optionalDependencies.value(QStringLiteral("test")),
                 QStringList{QStringLiteral("pytest")});
    }
};

QTEST_GUILESS_MAIN(TestPyProject)
#include "tst_pyproject.moc"
