// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/python/Environments.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace Qt::StringLiterals;

// Interpreter discovery on real environments: a project .venv and a $VIRTUAL_ENV made with `python3 -m venv`,
// conda and pyenv layouts (folders whose bin/python links to the system's python3: conda and pyenv are not in
// the Debian 13 root, their folder layout is what discovery reads), and the system python3 with its tools.
class TestEnvironments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool makeVenv(const QString& path)
    {
        QProcess make;
        make.start(u"python3"_s, {u"-m"_s, u"venv"_s, u"--without-pip"_s, path});
        return make.waitForFinished(60000) && make.exitCode() == 0;
    }

    static bool link(const QString& at)
    {
        QDir().mkpath(QFileInfo(at).absolutePath());
        return QFile::link(QStandardPaths::findExecutable(u"python3"_s), at);
    }

    // Runs the job to its end; fails the test (with the tools' output) when it reports a problem.
    void create(const python::CreateRequest& request, QStringList& output, QString& interpreter)
    {
        python::CreateEnvironmentJob job(request);
        connect(&job, &Job::logLine, this, [&](const QString& line) { output << line; });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(300000));
        QVERIFY2(job.problems().isEmpty(),
                 qPrintable(job.problems().value(0).toString() + u'\n' + output.join(u'\n')));
        interpreter = job.interpreter();
    }

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void findsEveryKindInOrder()
    {
        const QString project = m_dir.filePath(u"project"_s);
        QVERIFY(makeVenv(project + u"/.venv"_s));
        const QString active = m_dir.filePath(u"active-venv"_s);
        QVERIFY(makeVenv(active));
        const QString conda = m_dir.filePath(u"miniconda"_s);
        QVERIFY(link(conda + u"/bin/python"_s));
        QVERIFY(link(conda + u"/envs/ml/bin/python"_s));
        const QString pyenv = m_dir.filePath(u"pyenv"_s);
        QVERIFY(link(pyenv + u"/versions/3.13.5/bin/python"_s));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"VIRTUAL_ENV"_s, active);
        env.insert(u"CONDA_PREFIX"_s, conda);
        env.insert(u"PYENV_ROOT"_s, pyenv);
        const QList<python::Interpreter> found = python::discover(project, env, true);
        QStringList origins;
        for (const python::Interpreter& i : found)
            origins << i.origin;
        QCOMPARE(origins.mid(0, 5),
                 (QStringList{u"project .venv"_s, u"$VIRTUAL_ENV"_s, u"conda (miniconda)"_s,
                              u"conda env ml"_s, u"pyenv 3.13.5"_s}));
        QVERIFY(origins.contains(u"on PATH"_s));
        for (const python::Interpreter& i : found)
            QVERIFY2(i.usable(), qPrintable(i.path + u": "_s + i.problem));
        // A venv without pip or system packages has none of the tools; the system python3 has pytest and
        // flake8.
        QVERIFY(found[0].tools.isEmpty());
        const auto system = std::ranges::find(found, u"on PATH"_s, &python::Interpreter::origin);
        QVERIFY(system->tools.contains(u"pytest"_s));
        QVERIFY(system->tools.contains(u"flake8"_s));
        QVERIFY(system->version.startsWith(u"3."_s));
        QCOMPARE(found[0].version, system->version);
    }

    // A venv for the project, the project installed into it editable, offline (system site packages give
    // setuptools and pytest: no index is reachable here).
    void createsAnEnvironmentOffline()
    {
        const QString project = m_dir.filePath(u"tocreate"_s);
        QVERIFY(test::writeFile(
            project, u"pyproject.toml"_s,
            "[build-system]\nrequires = [\"setuptools\"]\nbuild-backend = \"setuptools.build_meta\"\n\n"
            "[project]\nname = \"tiny\"\nversion = \"1.0\"\n\n[project.optional-dependencies]\ntest = "
            "[\"pytest\"]\n"));
        QVERIFY(test::writeFile(project, u"tiny.py"_s, "VALUE = 42\n"));
        python::CreateRequest request;
        request.projectRoot = project;
        request.systemSitePackages = true;
        request.offline = true;
        QStringList output;
        QString interpreter;
        create(request, output, interpreter);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(interpreter, project + u"/.venv/bin/python"_s);
        QVERIFY(output.join(u'\n').contains(u"Successfully installed tiny"_s));
        // The new interpreter imports the project from the source (editable) and is found first.
        QProcess check;
        check.setWorkingDirectory(m_dir.path());
        check.start(interpreter, {u"-c"_s, u"import tiny; print(tiny.VALUE)"_s});
        QVERIFY(check.waitForFinished(30000));
        QCOMPARE(check.readAllStandardOutput().trimmed(), QByteArray("42"));
        const QList<python::Interpreter> found =
            python::discover(project, QProcessEnvironment::systemEnvironment(), true);
        QCOMPARE(found.front().origin, u"project .venv"_s);
        QVERIFY(found.front().tools.contains(u"pytest"_s)); // through the system site packages
    }

    // Offline from a folder of wheels: the project depends on a package that is only in the wheelhouse.
    void installsFromAWheelhouse()
    {
        const QString helper = m_dir.filePath(u"helper-src"_s);
        QVERIFY(test::writeFile(
            helper, u"pyproject.toml"_s,
            "[build-system]\nrequires = [\"setuptools\"]\nbuild-backend = \"setuptools.build_meta\"\n\n"
            "[project]\nname = \"slipway-helper\"\nversion = \"2.0\"\n"));
        QVERIFY(test::writeFile(helper, u"slipway_helper.py"_s, "ANSWER = 7\n"));
        const QString wheelhouse = m_dir.filePath(u"wheelhouse"_s);
        QProcess build;
        build.setWorkingDirectory(helper);
        build.start(u"python3"_s,
                    {u"-m"_s, u"build"_s, u"--wheel"_s, u"--no-isolation"_s, u"--outdir"_s, wheelhouse});
        QVERIFY(build.waitForFinished(180000));
        QVERIFY2(build.exitCode() == 0, build.readAllStandardError().constData());

        const QString project = m_dir.filePath(u"withdeps"_s);
        QVERIFY(test::writeFile(
            project, u"pyproject.toml"_s,
            "[build-system]\nrequires = [\"setuptools\"]\nbuild-backend = \"setuptools.build_meta\"\n\n"
            "[project]\nname = \"withdeps\"\nversion = \"1.0\"\ndependencies = [\"slipway-helper>=2\"]\n"));
        QVERIFY(test::writeFile(project, u"withdeps.py"_s, "from slipway_helper import ANSWER\n"));
        python::CreateRequest request;
        request.projectRoot = project;
        request.systemSitePackages = true;
        request.findLinks = wheelhouse;
        QStringList output;
        QString interpreter;
        create(request, output, interpreter);
        if (QTest::currentTestFailed())
            return;
        QProcess check;
        check.setWorkingDirectory(
            QDir::rootPath()); // not beside the project folder (a namespace package there)
        check.start(interpreter, {u"-c"_s, u"import withdeps; print(withdeps.ANSWER)"_s});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        QCOMPARE(check.readAllStandardOutput().trimmed(), QByteArray("7"));
    }

    void aBrokenInterpreterSaysWhy()
    {
        const QString project = m_dir.filePath(u"broken"_s);
        QVERIFY(test::writeFile(project, u".venv/bin/python"_s,
                                "#!/bin/sh\necho 'broken on purpose' >&2\nexit 1\n"));
        QFile::setPermissions(project + u"/.venv/bin/python"_s,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QList<python::Interpreter> found =
            python::discover(project, QProcessEnvironment::systemEnvironment(), true);
        QVERIFY(!found.isEmpty());
        QVERIFY(!found[0].usable());
        QVERIFY2(found[0].problem.contains(u"broken on purpose"_s), qPrintable(found[0].problem));
    }
};

QTEST_GUILESS_MAIN(TestEnvironments)
#include "tst_environments.moc"
