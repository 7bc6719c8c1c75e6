// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/LogModel.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QtConcurrentRun>

using namespace slipway;

class TestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void collectsEntriesFromAnyThread()
    {
        LogSink sink;
        LogModel model(&sink);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sink.info(QStringLiteral("project"), QStringLiteral("Opened /p"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data().toString().endsWith(u"project: Opened /p"));
        QVERIFY(!model.index(0).data(Qt::ForegroundRole).isValid());

        QtConcurrent::run([&sink] {
            sink.error(QStringLiteral("git"), QStringLiteral("push rejected"));
        }).waitForFinished();
        QTRY_COMPARE(model.rowCount(), 2); // queued to the model's thread
        QCOMPARE(model.index(1).data(LogModel::LevelRole).toInt(), int(LogEntry::Level::Error));
        QVERIFY(model.index(1).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1).data(LogModel::SourceRole).toString(), QStringLiteral("git"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // twine and pytest colour their verdicts even into a pipe: the Log shows the colours, and the plain text
    // (copy, tooltip) has no escape sequences.
    void terminalColoursAreKeptForTheViewAndStrippedFromTheText()
    {
        LogSink sink;
        LogModel model(&sink);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sink.info(QStringLiteral("twine"),
                  QStringLiteral("Checking dist/churn-0.1.tar.gz: \x1b[32mPASSED\x1b[0m"));
        sink.info(QStringLiteral("twine"), QStringLiteral("plain"));
        QTRY_COMPARE(model.rowCount(), 2);
        const QModelIndex colored = model.index(0);
        QVERIFY(colored.data().toString().endsWith(u"twine: Checking dist/churn-0.1.tar.gz: PASSED"));
        QCOMPARE(colored.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Checking dist/churn-0.1.tar.gz: PASSED"));
        QVERIFY(colored.data(LogModel::HasTerminalColorsRole).toBool());
        QVERIFY(colored.data(LogModel::TerminalTextRole).toString().contains(u"\x1b[32m"));
        QVERIFY(!model.index(1).data(LogModel::HasTerminalColorsRole).toBool());
    }

    void dropsTheOldestBeyondCapacity()
    {
        LogSink sink;
        LogModel model(&sink, 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 5; ++i)
            sink.info({}, QString::number(i));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.entryAt(0).text, QStringLiteral("2"));
        QCOMPARE(model.entryAt(2).text, QStringLiteral("4"));
    }
};

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
