// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/Repository.h"
#include "services/project/SampleProject.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace slipway;
using namespace slipway::git;

class TestRepository : public QObject
{
    Q_OBJECT

    static Signature at(int day)
    {
        return {QStringLiteral("Test Author"), QStringLiteral("author@test.invalid"),
                QDateTime(QDate(2026, 3, day), QTime(9, 30), QTimeZone::UTC)};
    }

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void openingAPlainFolderFailsWithTheReason()
    {
        QTemporaryDir dir;
        const auto repo = Repository::open(dir.path());
        QVERIFY(!repo);
        QCOMPARE(repo.error().operation, QStringLiteral("open repository"));
        QCOMPARE(repo.error().path, dir.path());
        QVERIFY2(repo.error().message.contains(u"could not find repository"),
                 qPrintable(repo.error().message));
        QVERIFY(repo.error().code < 0);
    }

    void initCommitTagAndDescribeAgreeWithGit()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        RepositoryInfo info = repo->info();
        QVERIFY(info.headUnborn);
        QCOMPARE(info.branch, QStringLiteral("main"));

        QVERIFY(test::writeFile(dir.path(), QStringLiteral("a.txt"), "one\n"));
        QVERIFY(repo->stageAll());
        const auto first = repo->commit(QStringLiteral("first\n"), at(1));
        QVERIFY(first);
        QVERIFY(repo->createTag(QStringLiteral("v1.0.0"), QStringLiteral("Release 1.0.0\n"), at(1)));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("a.txt"), "two\n"));
        QVERIFY(repo->stageAll());
        const auto second = repo->commit(QStringLiteral("second\n"), at(2));
        QVERIFY(second);

        info = repo->info();
        QVERIFY(!info.headUnborn);
        QCOMPARE(info.headOid, *second);
        QCOMPARE(info.describe, QStringLiteral("v1.0.0-1-g") + second->left(7));
        // The real git sees the same history.
        bool ok = false;
        QCOMPARE(test::git(dir.path(),
                           {QStringLiteral("describe"), QStringLiteral("--tags"), QStringLiteral("--long"),
                            QStringLiteral("--dirty")},
                           &ok)
                     .trimmed(),
                 info.describe);
        QVERIFY(ok);
        QCOMPARE(test::git(dir.path(), {QStringLiteral("log"), QStringLiteral("--format=%an <%ae> %aI %s")})
                     .trimmed(),
                 QStringLiteral("Test Author <author@test.invalid> 2026-03-02T09:30:00Z second\n"
                                "Test Author <author@test.invalid> 2026-03-01T09:30:00Z first"));
        QCOMPARE(test::git(dir.path(),
                           {QStringLiteral("cat-file"), QStringLiteral("-t"), QStringLiteral("v1.0.0")})
                     .trimmed(),
                 QStringLiteral("tag"));

        // A tracked change makes the description dirty, as git's --dirty does.
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("a.txt"), "three\n"));
        QCOMPARE(repo->info().describe, QStringLiteral("v1.0.0-1-g") + second->left(7) + u"-dirty");
    }

    void stageAllTakesDeletionsToo()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("keep.txt"), "k\n"));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("gone.txt"), "g\n"));
        QVERIFY(repo->stageAll());
        QVERIFY(repo->commit(QStringLiteral("both\n"), at(3)));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("gone.txt"))));
        QVERIFY(repo->stageAll());
        QVERIFY(repo->commit(QStringLiteral("remove\n"), at(4)));
        QCOMPARE(test::git(dir.path(), {QStringLiteral("ls-files")}).trimmed(), QStringLiteral("keep.txt"));
        QCOMPARE(test::git(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
    }

    void ignoreRulesAreGits()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        QVERIFY(test::writeFile(dir.path(), QStringLiteral(".gitignore"), "*.log\nbuild/\n!keep.log\n"));
        QVERIFY(repo->isIgnored(QStringLiteral("run.log")));
        QVERIFY(!repo->isIgnored(QStringLiteral("keep.log")));
        QVERIFY(repo->isIgnored(QStringLiteral("build/")));
        QVERIFY(repo->isIgnored(QStringLiteral("build/x.o")));
        QVERIFY(!repo->isIgnored(QStringLiteral("src/app.py")));
    }

    void sampleProjectIsReproducible()
    {
        // Fixed authors and dates: the same commit ids on every machine and run.
        QTemporaryDir dir;
        const QString first = test::makeSampleProject(dir, QStringLiteral("a"));
        const QString second = test::makeSampleProject(dir, QStringLiteral("b"));
        const auto a = Repository::open(first);
        const auto b = Repository::open(second);
        QVERIFY(a && b);
        QCOMPARE(a->info().headOid, b->info().headOid);
        QVERIFY(a->info().describe.startsWith(u"v0.1.0-1-g"));
        QCOMPARE(
            test::git(first, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")})
                .trimmed(),
            QStringLiteral("2"));
        QCOMPARE(test::git(first, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
    }

    void sampleProjectRefusesANonEmptyFolder()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("existing.txt"), "x"));
        const auto created = createSampleProject(dir.path());
        QVERIFY(!created);
        QCOMPARE(created.error().toString(), dir.path() + u": the folder is not empty");
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
                 QStringList{QStringLiteral("existing.txt")});
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
