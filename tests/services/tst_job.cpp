// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/core/Job.h"
#include "services/core/JobManager.h"
#include "services/core/LogSink.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QtConcurrentRun>

#include <atomic>

using namespace slipway;
using namespace Qt::StringLiterals;

namespace {

// Runs `sh -c script` as one step; its result is the first line it printed.
class ShellJob : public ResultJob<QString>
{
public:
    explicit ShellJob(QString script, QObject* parent = nullptr)
        : ResultJob(u"shell"_s, parent)
        , m_script(std::move(script))
    {}
    bool continued = false;

protected:
    void run() override
    {
        ProcessSpec spec(u"sh"_s, {u"-c"_s, m_script});
        spec.ownProcessGroup = true;
        runProcess(spec, u"$ sh -c …"_s, [this](const ProcessResult& result) {
            continued = true;
            if (!result.succeeded())
                return fail(Error{u"shell"_s, {}, result.summary()});
            finish(QString::fromUtf8(result.standardOutput).section(u'\n', 0, 0));
        });
    }

private:
    QString m_script;
};

// Two shell steps as child jobs, then pool work: one job made of jobs.
class ComposedJob : public ResultJob<QStringList>
{
public:
    using ResultJob::ResultJob;
    QString secondScript = u"echo two"_s;

protected:
    void run() override
    {
        setProgress(0, 3, u"first"_s);
        runChild(new ShellJob(u"echo one"_s), [this](Job& first) {
            m_parts << static_cast<ShellJob&>(first).result()->value();
            setProgress(1, 3, u"second"_s);
            runChild(new ShellJob(secondScript), [this](Job& second) {
                if (second.state() == State::Failed)
                    return fail(*second.error());
                m_parts << static_cast<ShellJob&>(second).result()->value();
                setProgress(2, 3, u"pool"_s);
                await<int>(QtConcurrent::run([] { return 3; }), [this](const QFuture<int>& done) {
                    m_parts << QString::number(done.result());
                    finish(m_parts);
                });
            });
        });
    }

private:
    QStringList m_parts;
};

} // namespace

class TestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void processStepGivesATypedResultAndItsLog()
    {
        ShellJob job(u"echo hello; echo more >&2"_s);
        QStringList log;
        const Result<QString> result = test::runJob(job, &log);
        QVERIFY(result);
        QCOMPARE(*result, u"hello"_s);
        QCOMPARE(job.state(), Job::State::Succeeded);
        QVERIFY(log.contains(u"$ sh -c …"_s));
        QVERIFY(log.contains(u"more"_s));
    }

    void failureCarriesTheError()
    {
        ShellJob job(u"exit 3"_s);
        const Result<QString> result = test::runJob(job);
        QVERIFY(!result);
        QCOMPARE(job.state(), Job::State::Failed);
        QVERIFY(job.error());
        QVERIFY2(job.error()->message.contains(u"code 3"_s), qPrintable(job.error()->message));
    }

    void finishesExactlyOnce()
    {
        ShellJob job(u"true"_s);
        QSignalSpy finished(&job, &Job::finished);
        QVERIFY(test::runJob(job));
        job.cancel(); // after the end: nothing
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.state(), Job::State::Succeeded);
    }

    void cancelStopsTheProcessGroupAndSkipsTheContinuation()
    {
        // The tool starts a child of its own; cancel must reach both.
        QTemporaryDir dir;
        const QString marker = dir.filePath(u"child-alive"_s);
        ShellJob job(u"(sleep 30; touch '"_s + marker + u"') & sleep 30"_s);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTest::qWait(200);
        QElapsedTimer clock;
        clock.start();
        job.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.state(), Job::State::Canceled);
        QVERIFY(!job.continued);
        QVERIFY(!job.result()); // canceled: no result
        QVERIFY(!QFileInfo::exists(marker));
    }

    void composedJobsShareOneProgressAndLog()
    {
        ComposedJob job(u"composed"_s);
        QStringList texts;
        connect(&job, &Job::progressChanged, this, [&] {
            if (texts.isEmpty() || texts.last() != job.progressText())
                texts << job.progressText();
        });
        QStringList log;
        const Result<QStringList> result = test::runJob(job, &log);
        QVERIFY(result);
        QCOMPARE(*result, (QStringList{u"one"_s, u"two"_s, u"3"_s}));
        QCOMPARE(log.count(u"$ sh -c …"_s), 2); // the children's lines are the parent's
        QVERIFY(texts.contains(u"second"_s));
        QVERIFY(texts.contains(u"pool"_s));
    }

    void aFailingChildFailsTheParent()
    {
        ComposedJob job(u"composed"_s);
        job.secondScript = u"echo broken >&2; exit 1"_s;
        const Result<QStringList> result = test::runJob(job);
        QVERIFY(!result);
        QCOMPARE(job.state(), Job::State::Failed);
    }

    void cancelReachesTheRunningChild()
    {
        ComposedJob job(u"composed"_s);
        job.secondScript = u"sleep 30"_s;
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(job.progressText(), u"second"_s, 10000);
        QTest::qWait(100);
        job.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.state(), Job::State::Canceled);
    }

    // Between steps (a tool step done, the job waiting on something of its own): cancel ends the job at once.
    void cancelBetweenStepsEndsTheJob()
    {
        class Waiting : public ResultJob<int>
        {
        public:
            Waiting()
                : ResultJob(u"waiting"_s)
            {}

        protected:
            void run() override
            {
                runProcess(ProcessSpec(u"true"_s), {}, [this](const ProcessResult&) {
                    setProgressText(u"waiting"_s);
                    QTimer::singleShot(60000, this, [this] { finish(1); });
                });
            }
        } job;
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(job.progressText(), u"waiting"_s, 10000);
        job.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(job.state(), Job::State::Canceled);
    }

    void cancelBeforeStartEndsAtOnce()
    {
        ShellJob job(u"echo never"_s);
        QSignalSpy finished(&job, &Job::finished);
        job.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.state(), Job::State::Canceled);
        job.start(); // nothing
        QVERIFY(!job.continued);
    }

    void managerShowsJobsWithTheirLogAndDeletesThem()
    {
        JobManager jobs;
        LogSink log;
        jobs.setLog(&log);
        QList<LogEntry> entries;
        connect(&log, &LogSink::entryAdded, this, [&](const LogEntry& e) { entries << e; });
        QPointer<ShellJob> job = new ShellJob(u"echo from-the-tool; exit 2"_s);
        job->setTitle(u"Lint churn"_s);
        const quint64 id = jobs.add(job);
        QCOMPARE(jobs.job(id).title, u"Lint churn"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.job(id).isRunning(), 10000);
        QCOMPARE(jobs.job(id).state, JobInfo::State::Failed);
        QVERIFY2(jobs.job(id).message.contains(u"code 2"_s), qPrintable(jobs.job(id).message));
        QTRY_VERIFY(std::ranges::any_of(entries, [](const LogEntry& e) {
            return e.source == u"Lint churn" && e.text == u"from-the-tool";
        }));
        QTRY_VERIFY(job.isNull()); // the manager owned it
    }

    void managerCancelReachesTheJob()
    {
        JobManager jobs;
        auto* job = new ShellJob(u"sleep 30"_s);
        const quint64 id = jobs.add(job);
        QTest::qWait(100);
        jobs.cancel(id);
        QTRY_COMPARE_WITH_TIMEOUT(jobs.job(id).state, JobInfo::State::Canceled, 10000);
    }

    void uncancelableStepCompletes()
    {
        // A job that turns cancel off for its critical step finishes that step and succeeds.
        class Critical : public ResultJob<int>
        {
        public:
            Critical()
                : ResultJob(u"critical"_s)
            {}

        protected:
            void run() override
            {
                setCancelable(false);
                await<int>(QtConcurrent::run([] {
                               QThread::msleep(300);
                               return 7;
                           }),
                           [this](const QFuture<int>& done) { finish(done.result()); });
            }
        } job;
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        job.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.state(), Job::State::Succeeded);
        QCOMPARE(job.result()->value(), 7);
    }

    void continuationsRunOnTheContextOnly()
    {
        std::atomic<bool> release = false;
        auto* context = new QObject;
        bool called = false;
        QFuture<int> future = QtConcurrent::run([&release] {
            while (!release)
                QThread::msleep(5);
            return 1;
        });
        whenResult(future, context, [&called](int) { called = true; });
        delete context; // gone before the work finished: the handler must not run
        release = true;
        future.waitForFinished();
        QTest::qWait(50);
        QVERIFY(!called);

        int value = 0;
        QObject owner;
        whenResult(QtConcurrent::run([] { return 5; }), &owner, [&value](int v) { value = v; });
        QTRY_COMPARE(value, 5);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
