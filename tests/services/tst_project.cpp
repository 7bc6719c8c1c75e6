// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/Project.h"
#include "tests/support/TestSupport.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void detectsTheSampleProject()
    {
        QTemporaryDir dir;
        const QString root = test::makeSampleProject(dir);
        // Files git ignores stay out of the tree, and so do whole ignored folders.
        QVERIFY(test::writeFile(root, QStringLiteral("src/churn/__pycache__/model.cpython-313.pyc"), "x"));
        QVERIFY(test::writeFile(root, QStringLiteral(".venv/lib/site.py"), "x"));
        QVERIFY(test::writeFile(root, QStringLiteral("notebooks/.ipynb_checkpoints/explore-checkpoint.ipynb"),
                                "{}"));
        QVERIFY(test::writeFile(root, QStringLiteral("scratch.py"), "print(1)\n"));

        const auto project = loadProject(root);
        QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
        QCOMPARE(project->root, QDir(root).canonicalPath());
        QCOMPARE(project->name, QStringLiteral("churn"));
        QVERIFY(project->problems.isEmpty());
        QVERIFY(project->git);
        QCOMPARE(project->git->branch, QStringLiteral("main"));
        QVERIFY(project->git->describe.startsWith(u"v0.1.0-1-g"));
        QVERIFY(project->pyproject);
        QVERIFY(project->pyproject->usesSetuptoolsScm);
        QCOMPARE(project->versionLabel(), QStringLiteral("0.1.1.dev1+g") + project->git->headOid.left(7));
        QCOMPARE(project->notebooks, QStringList{QStringLiteral("notebooks/explore.ipynb")});
        QCOMPARE(project->testDirs, QStringList{QStringLiteral("tests")});
        QVERIFY(!project->hasSetupPy);
        QVERIFY(project->files.contains(u"src/churn/model.py"));
        QVERIFY(project->files.contains(u".gitignore"));
        QVERIFY(project->files.contains(u"scratch.py"));
        for (const QString& file : project->files) {
            QVERIFY2(!file.startsWith(u".git/"), qPrintable(file));
            QVERIFY2(!file.contains(u"__pycache__") && !file.startsWith(u".venv") &&
                         !file.contains(u"checkpoint"),
                     qPrintable(file));
        }
        QCOMPARE(project->files, [&] {
            auto sorted = project->files;
            sorted.sort();
            return sorted;
        }());
    }

    void failuresToOpen_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("nowhere") << QStringLiteral("no such folder");
        QTest::newRow("file") << QStringLiteral("file.txt") << QStringLiteral("is a file, not a folder");
        QTest::newRow("unreadable") << QStringLiteral("locked")
                                    << QStringLiteral("permission denied: the folder cannot be read");
    }

    void failuresToOpen()
    {
        QFETCH(QString, relative);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("file.txt"), "x"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("locked")), QFileDevice::Permissions()));
        const auto project = loadProject(dir.filePath(relative));
        QFile::setPermissions(dir.filePath(QStringLiteral("locked")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!project);
        QCOMPARE(project.error().toString(), dir.filePath(relative) + u": " + message);
    }

    void brokenPyProjectIsAProblemNotAFailure()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("pyproject.toml"),
                                "[project]\nname = \"x\"\nversion = \n"));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("setup.py"),
                                "from setuptools import setup\nsetup()\n"));
        const auto project = loadProject(dir.path());
        QVERIFY(project);
        QVERIFY(!project->git);
        QVERIFY(!project->pyproject);
        QVERIFY(project->hasPyProjectFile);
        QVERIFY(project->hasSetupPy);
        QCOMPARE(project->problems.size(), 1);
        QCOMPARE(project->problems.first().path, QDir(dir.path()).canonicalPath() + u"/pyproject.toml");
        QCOMPARE(project->problems.first().line, 3);
        QCOMPARE(project->name, QFileInfo(dir.path()).fileName());
    }

    void unreadableSubfolderIsReportedAndSkipped()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("ok/a.py"), "x"));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("secret/b.py"), "x"));
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("secret")), QFileDevice::Permissions()));
        const auto project = loadProject(dir.path());
        QFile::setPermissions(dir.filePath(QStringLiteral("secret")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(project);
        QCOMPARE(project->files, QStringList{QStringLiteral("ok/a.py")});
        QCOMPARE(project->problems.size(), 1);
        QVERIFY(project->problems.first().toString().endsWith(u"secret: permission denied"));
    }

    void outsideGitTheUsualToolFoldersAreSkipped()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("analysis.ipynb"), "{}"));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral(".venv/bin/python"), "x"));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("__pycache__/a.pyc"), "x"));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("test/test_a.py"), "x"));
        const auto project = loadProject(dir.path());
        QVERIFY(project);
        QCOMPARE(project->files,
                 (QStringList{QStringLiteral("analysis.ipynb"), QStringLiteral("test/test_a.py")}));
        QCOMPARE(project->notebooks, QStringList{QStringLiteral("analysis.ipynb")});
        QCOMPARE(project->testDirs, QStringList{QStringLiteral("test")});
        QCOMPARE(project->versionLabel(), QString());
    }

    void projectInsideALargerWorkTreeUsesItsIgnoreRules()
    {
        QTemporaryDir dir;
        bool ok = false;
        test::git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q")}, &ok);
        QVERIFY(ok);
        QVERIFY(test::writeFile(dir.path(), QStringLiteral(".gitignore"), "*.tmp\nsub/out/\n"));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("sub/code.py"), "x"));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("sub/x.tmp"), "x"));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("sub/out/result.csv"), "x"));
        const auto project = loadProject(dir.filePath(QStringLiteral("sub")));
        QVERIFY(project);
        QVERIFY(project->git);
        QVERIFY(project->git->headUnborn);
        QCOMPARE(project->files, QStringList{QStringLiteral("code.py")});
    }

    void loadsOffTheCallingThreadWithProgress()
    {
        QTemporaryDir dir;
        const QString root = test::makeSampleProject(dir);
        QFutureWatcher<Result<ProjectInfo>> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcherBase::progressTextChanged);
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(loadProjectAsync(root));
        QVERIFY(finished.wait(30000));
        QVERIFY(watcher.result());
        QCOMPARE(watcher.result()->name, QStringLiteral("churn"));
        QCOMPARE(watcher.progressMaximum(), 3);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
