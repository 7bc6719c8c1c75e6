// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/core/JobManager.h"
#include "tests/support/TestSupport.h"

#include <QPromise>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrentRun>

#include <atomic>

using namespace slipway;

class TestJobManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void tracksProgressAndSuccess()
    {
        JobManager jobs;
        QList<JobInfo> updates;
        connect(&jobs, &JobManager::jobChanged, this,
                [&updates](const JobInfo& job) { updates.append(job); });
        QFuture<int> future = QtConcurrent::run([](QPromise<int>& promise) {
            promise.setProgressRange(0, 4);
            for (int step = 1; step <= 4; ++step) {
                QThread::msleep(20);
                promise.setProgressValueAndText(step, QStringLiteral("step %1").arg(step));
            }
            promise.addResult(42);
        });
        const quint64 id = jobs.track(QStringLiteral("Count"), QFuture<void>(future));
        QCOMPARE(jobs.runningCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.job(id).isRunning(), 10000);
        const JobInfo done = jobs.job(id);
        QCOMPARE(done.state, JobInfo::State::Succeeded);
        QCOMPARE(done.progressMaximum, 4);
        QCOMPARE(done.progressValue, 4);
        QCOMPARE(done.progressText, QStringLiteral("step 4"));
        QVERIFY(done.finished >= done.started);
        QVERIFY(std::ranges::any_of(updates, [](const JobInfo& j) { return j.progressText == u"step 1"; }));
        QCOMPARE(future.result(), 42);
        QCOMPARE(jobs.runningCount(), 0);
    }

    void cancelReachesTheWork()
    {
        JobManager jobs;
        std::atomic<bool> sawCancel = false;
        QFuture<void> future = QtConcurrent::run([&sawCancel](QPromise<void>& promise) {
            for (int i = 0; i < 1000 && !promise.isCanceled(); ++i)
                QThread::msleep(10);
            sawCancel = promise.isCanceled();
        });
        const quint64 id = jobs.track(QStringLiteral("Long"), future);
        QTest::qWait(50);
        jobs.cancel(id);
        QTRY_COMPARE_WITH_TIMEOUT(jobs.job(id).state, JobInfo::State::Canceled, 10000);
        future.waitForFinished();
        QVERIFY(sawCancel);
    }

    void failureCarriesItsMessage()
    {
        JobManager jobs;
        QFuture<void> future = QtConcurrent::run([] {});
        const quint64 id = jobs.track(QStringLiteral("Fails"), future);
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.job(id).isRunning(), 10000);
        jobs.markFailed(id, QStringLiteral("pyproject.toml:3:1: expected a value"));
        QCOMPARE(jobs.job(id).state, JobInfo::State::Failed);
        QCOMPARE(jobs.job(id).message, QStringLiteral("pyproject.toml:3:1: expected a value"));
    }

    void listsJobsInOrder()
    {
        JobManager jobs;
        QSignalSpy added(&jobs, &JobManager::jobAdded);
        jobs.track(QStringLiteral("a"), QtConcurrent::run([] {}));
        jobs.track(QStringLiteral("b"), QtConcurrent::run([] {}));
        QCOMPARE(added.size(), 2);
        const QList<JobInfo> all = jobs.jobs();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].title, QStringLiteral("a"));
        QCOMPARE(all[1].title, QStringLiteral("b"));
        QTRY_COMPARE_WITH_TIMEOUT(jobs.runningCount(), 0, 10000);
    }
};

QTEST_GUILESS_MAIN(TestJobManager)
#include "tst_jobmanager.moc"
