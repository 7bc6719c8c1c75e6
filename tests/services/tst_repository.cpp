// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/Repository.h"
#include "services/project/SampleProject.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cerrno>
#include <sys/stat.h>

using namespace slipway;
using namespace Qt::StringLiterals;
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

    void startsWithoutParsingTheCaBundle()
    {
        // libgit2 started without its CA bundle and knows where it is; every other stat() is stat().
        const QString bundle = git::Repository::deferredCertificates();
        if (QFile::exists(QStringLiteral("/etc/ssl/certs/ca-certificates.crt")))
            QCOMPARE(bundle, QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
        if (!bundle.isEmpty()) {
            struct stat status{};
            QCOMPARE(::stat(QFile::encodeName(bundle).constData(), &status), 0);
            QVERIFY(status.st_size > 0);
        }
        struct stat missing{};
        QCOMPARE(::stat("/nonexistent/slipway.crt", &missing), -1);
        QCOMPARE(errno, ENOENT);
    }

    void statusInHalvesIsStatusInOnePass()
    {
        // A large work tree is read in two halves at once: staged renames across the halves, changes in
        // both, deletions, untracked files and folders come out as one pass gives them.
        QTemporaryDir dir;
        const QString root = dir.path();
        const auto git = [&](const QStringList& arguments) {
            bool ok = false;
            test::git(root, arguments, &ok);
            QVERIFY2(ok, qPrintable(arguments.join(u' ')));
        };
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        for (const char* folder : {"a", "b", "c", "d"})
            for (int i = 1; i <= 3; ++i)
                QVERIFY(test::writeFile(root,
                                        QStringLiteral("%1/%2.txt").arg(QLatin1StringView(folder)).arg(i),
                                        QByteArray(folder) + QByteArray::number(i) + "\n"));
        QVERIFY(test::writeFile(root, QStringLiteral("top.txt"), "top\n"));
        git({QStringLiteral("add"), QStringLiteral(".")});
        git({QStringLiteral("-c"), QStringLiteral("user.name=T"), QStringLiteral("-c"),
             QStringLiteral("user.email=t@t.invalid"), QStringLiteral("commit"), QStringLiteral("-qm"),
             QStringLiteral("first")});
        QVERIFY(test::writeFile(root, QStringLiteral("a/1.txt"), "changed\n"));
        QVERIFY(test::writeFile(root, QStringLiteral("d/2.txt"), "changed\n"));
        QVERIFY(QFile::remove(root + u"/b/1.txt"));
        git({QStringLiteral("mv"), QStringLiteral("c/1.txt"), QStringLiteral("a/moved.txt")});
        QVERIFY(test::writeFile(root, QStringLiteral("d/3.txt"), "staged\n"));
        git({QStringLiteral("add"), QStringLiteral("d/3.txt")});
        QVERIFY(test::writeFile(root, QStringLiteral("d/3.txt"), "staged, then changed\n"));
        QVERIFY(test::writeFile(root, QStringLiteral("new.txt"), "new\n"));
        QVERIFY(test::writeFile(root, QStringLiteral("e/x.txt"), "new\n"));
        QVERIFY(test::writeFile(root, QStringLiteral("top.txt"), "changed\n"));

        auto repo = Repository::open(root);
        QVERIFY(repo);
        const auto describe = [](const QList<StatusEntry>& entries) {
            QStringList lines;
            for (const StatusEntry& e : entries)
                lines.append(QStringLiteral("%1 <- %2 %3/%4 %5")
                                 .arg(e.path, e.oldPath, changeName(e.staged), changeName(e.unstaged))
                                 .arg(e.conflicted));
            return lines;
        };
        const auto onePass = repo->status();
        StatusOptions parallel;
        parallel.parallelFrom = 1;
        const auto halves = repo->status(parallel);
        QVERIFY(onePass && halves);
        QCOMPARE(describe(*halves), describe(*onePass));
        QVERIFY(describe(*onePass).contains(u"a/moved.txt <- c/1.txt renamed/ 0"_s));
        QCOMPARE(onePass->size(), 8);
    }

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
