// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/History.h"
#include "services/git/Repository.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::git;
using namespace Qt::StringLiterals;

// The log walker on a 50,000-commit repository made with git fast-import
// (tests/support/make-history-repo.py), checked against the real `git log`.
class TestHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

    static QList<CommitInfo> take(LogWalker& walker, int count)
    {
        QList<CommitInfo> all;
        while (all.size() < count && !walker.atEnd()) {
            GitResult<QList<CommitInfo>> batch = walker.next(std::min(500, count - int(all.size())));
            if (!batch)
                break;
            all += *batch;
        }
        return all;
    }

    static QStringList ids(const QList<CommitInfo>& commits)
    {
        QStringList out;
        for (const CommitInfo& commit : commits)
            out << commit.id;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        m_repo = m_dir.filePath(u"history"_s);
        QProcess make;
        make.start(u"python3"_s,
                   {test::sourceDir() + u"/tests/support/make-history-repo.py"_s, m_repo, u"50000"_s});
        QVERIFY(make.waitForFinished(300000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
    }

    void firstScreenIsGitLog()
    {
        auto walker = LogWalker::open(m_repo, {});
        QVERIFY2(walker, qPrintable(walker ? QString() : walker.error().toString()));
        GitResult<QList<CommitInfo>> first = (*walker)->next(100);
        QVERIFY(first);
        QCOMPARE(first->size(), 100);
        const QStringList expected = test::git(m_repo, {u"log"_s, u"-n"_s, u"100"_s, u"--format=%H"_s})
                                         .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(ids(*first), expected);
        const CommitInfo& head = first->front();
        QCOMPARE(head.summary, u"Commit 50000 needle"_s);
        QCOMPARE(head.authorName, u"Dev 6"_s);
        QCOMPARE(head.authorDate.toSecsSinceEpoch(), 1600000000 + 50000 * 60);
        QCOMPARE(head.refs.size(), 2); // main (current) and the tag v0.100.0
        QVERIFY(head.refs.front().current);
        QCOMPARE(head.refs.front().name, u"main"_s);
        QCOMPARE(head.refs.back().kind, RefBadge::Kind::Tag);
        QCOMPARE(head.refs.back().name, u"v0.100.0"_s);
    }

    void wholeHistoryAndGraph()
    {
        auto walker = LogWalker::open(m_repo, {});
        QVERIFY(walker);
        const QList<CommitInfo> all = take(**walker, 60000);
        QCOMPARE(all.size(), 50000);
        QVERIFY((*walker)->atEnd());
        const QStringList expected =
            test::git(m_repo, {u"log"_s, u"--format=%H"_s}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(ids(all), expected);
        // The lanes connect: what a row sends down is what the next row receives or passes on.
        int merges = 0;
        for (qsizetype i = 0; i + 1 < all.size(); ++i) {
            const GraphRow& row = all[i].graph;
            const GraphRow& next = all[i + 1].graph;
            QSet<int> below(row.through.begin(), row.through.end());
            for (int lane : row.outgoing)
                below.insert(lane);
            QSet<int> above(next.through.begin(), next.through.end());
            for (int lane : next.incoming)
                above.insert(lane);
            QVERIFY2(below == above, qPrintable(u"rows %1 and %2 do not connect"_s.arg(i).arg(i + 1)));
            if (all[i].parents.size() == 2) {
                ++merges;
                QCOMPARE(row.outgoing.size(), 2);
                QVERIFY(row.outgoing[0] != row.outgoing[1]);
            }
        }
        QCOMPARE(merges, 1000);
    }

    void filtersByPathAndText()
    {
        LogQuery byPath;
        byPath.paths = {u"src/rare.py"_s};
        auto walker = LogWalker::open(m_repo, byPath);
        QVERIFY(walker);
        const QList<CommitInfo> touching = take(**walker, 300);
        // git's default history simplification: a merge that is the same as one parent at the path is
        // followed through that parent only (here the side branches' changes never reached main).
        const QStringList expected =
            test::git(m_repo, {u"log"_s, u"-n"_s, u"300"_s, u"--format=%H"_s, u"--"_s, u"src/rare.py"_s})
                .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(ids(touching), expected);
        byPath.paths = {u"src/"_s};
        walker = LogWalker::open(m_repo, byPath);
        QVERIFY(walker);
        const QStringList folder =
            test::git(m_repo, {u"log"_s, u"-n"_s, u"300"_s, u"--format=%H"_s, u"--"_s, u"src/"_s})
                .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(ids(take(**walker, 300)), folder);

        LogQuery byText;
        byText.text = u"NEEDLE"_s;
        walker = LogWalker::open(m_repo, byText);
        QVERIFY(walker);
        const QList<CommitInfo> found = take(**walker, 100);
        const QStringList grep = test::git(m_repo, {u"log"_s, u"-i"_s, u"--grep=needle"_s, u"--format=%H"_s})
                                     .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(ids(found), grep);
        QCOMPARE(found.size(), 50);
    }

    void commitDetailsAndRanges()
    {
        GitResult<Repository> repo = Repository::open(m_repo);
        QVERIFY(repo);
        GitResult<CommitDetails> details = repo->commitDetails(u"HEAD~1"_s);
        QVERIFY(details);
        QCOMPARE(details->info.summary, u"Commit 49999"_s);
        QCOMPARE(details->files.size(), 1);
        QCOMPARE(details->files.front().path, u"src/module19.py"_s);
        QCOMPARE(details->files.front().added, 1);
        QCOMPARE(details->files.front().removed, 1);
        // A merge: against its first parent.
        const QString merge =
            test::git(m_repo, {u"log"_s, u"--merges"_s, u"-n"_s, u"1"_s, u"--format=%H"_s}).trimmed();
        details = repo->commitDetails(merge);
        QVERIFY(details);
        QCOMPARE(details->info.parents.size(), 2);
        // A range, as git log A..B.
        LogQuery range;
        range.revision = u"v0.99.0..v0.100.0"_s;
        auto walker = LogWalker::open(m_repo, range);
        QVERIFY(walker);
        const QList<CommitInfo> commits = take(**walker, 1000);
        const QStringList expected = test::git(m_repo, {u"log"_s, u"--format=%H"_s, u"v0.99.0..v0.100.0"_s})
                                         .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(ids(commits), expected);
        // A bad revision names it.
        LogQuery bad;
        bad.revision = u"no-such-branch"_s;
        auto failed = LogWalker::open(m_repo, bad);
        QVERIFY(!failed);
        QVERIFY(failed.error().toString().contains(u"no-such-branch"_s));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
