// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/JobsModel.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QPromise>
#include <QTest>
#include <QtConcurrentRun>

using namespace slipway;

class TestJobsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void followsTheJobManager()
    {
        JobManager jobs;
        JobsModel model(&jobs);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        QPromise<void> promise;
        promise.start();
        promise.setProgressRange(0, 10);
        const quint64 id = jobs.track(QStringLiteral("Lint"), promise.future());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JobsModel::TitleColumn).data().toString(), QStringLiteral("Lint"));
        QCOMPARE(model.index(0, 0).data(JobsModel::JobIdRole).toULongLong(), id);
        QVERIFY(model.index(0, 0).data(JobsModel::IsRunningRole).toBool());

        promise.setProgressValueAndText(5, QStringLiteral("flake8: 3 files"));
        QTRY_COMPARE(model.index(0, 0).data(JobsModel::ProgressRole).toInt(), 50);
        QCOMPARE(model.index(0, JobsModel::ProgressColumn).data().toString(), QStringLiteral("50 %"));
        QCOMPARE(model.index(0, JobsModel::StatusColumn).data().toString(),
                 QStringLiteral("flake8: 3 files"));

        promise.finish();
        QTRY_VERIFY(!model.index(0, 0).data(JobsModel::IsRunningRole).toBool());
        QVERIFY(model.index(0, JobsModel::StatusColumn).data().toString().startsWith(u"Done in "));
        jobs.markFailed(id, QStringLiteral("E501 in 3 files"));
        QCOMPARE(model.index(0, JobsModel::StatusColumn).data().toString(),
                 QStringLiteral("Failed: E501 in 3 files"));
        QVERIFY(model.index(0, JobsModel::StatusColumn).data(Qt::ForegroundRole).isValid());
    }

    void busyJobsHaveNoFraction()
    {
        JobManager jobs;
        JobsModel model(&jobs);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QPromise<void> promise;
        promise.start();
        jobs.track(QStringLiteral("Busy"), promise.future());
        QCOMPARE(model.index(0, 0).data(JobsModel::ProgressRole).toInt(), -1);
        jobs.cancelAll();
        promise.finish();
        QTRY_COMPARE(model.index(0, JobsModel::StatusColumn).data().toString(), QStringLiteral("Canceled"));
    }
};

QTEST_GUILESS_MAIN(TestJobsModel)
#include "tst_jobsmodel.moc"
