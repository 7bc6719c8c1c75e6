// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ProjectFilesModel.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace slipway;

class TestProjectFilesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void buildsATreeFoldersFirst()
    {
        ProjectFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFiles(QStringLiteral("/p"),
                       {QStringLiteral("README.md"), QStringLiteral("src/churn/model.py"),
                        QStringLiteral("src/churn/__init__.py"), QStringLiteral("a.txt"),
                        QStringLiteral("tests/test_model.py"), QStringLiteral("Zeta.py")});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 5); // src, tests, a.txt, README.md, Zeta.py
        const auto name = [&](const QModelIndex& index) { return index.data().toString(); };
        QCOMPARE(name(model.index(0, 0)), QStringLiteral("src"));
        QCOMPARE(name(model.index(1, 0)), QStringLiteral("tests"));
        QCOMPARE(name(model.index(2, 0)), QStringLiteral("a.txt"));
        QCOMPARE(name(model.index(3, 0)), QStringLiteral("README.md"));
        QCOMPARE(name(model.index(4, 0)), QStringLiteral("Zeta.py"));

        const QModelIndex churn = model.indexForPath(QStringLiteral("src/churn"));
        QVERIFY(churn.isValid());
        QVERIFY(churn.data(ProjectFilesModel::IsFolderRole).toBool());
        QCOMPARE(model.rowCount(churn), 2);
        QCOMPARE(name(model.index(0, 0, churn)), QStringLiteral("__init__.py"));
        const QModelIndex file = model.indexForPath(QStringLiteral("src/churn/model.py"));
        QCOMPARE(file.parent(), churn);
        QCOMPARE(file.data(ProjectFilesModel::AbsolutePathRole).toString(),
                 QStringLiteral("/p/src/churn/model.py"));
        QCOMPARE(file.data(ProjectFilesModel::RelativePathRole).toString(),
                 QStringLiteral("src/churn/model.py"));
        QVERIFY(!model.indexForPath(QStringLiteral("src/nothing.py")).isValid());

        model.setFiles(QStringLiteral("/q"), {});
        QCOMPARE(model.rowCount(), 0);
    }

    void handlesTwentyThousandFiles()
    {
        QStringList files;
        for (int d = 0; d < 200; ++d)
            for (int f = 0; f < 100; ++f)
                files.append(QStringLiteral("data/part%1/file%2.csv").arg(d, 3, 10, QLatin1Char('0')).arg(f));
        ProjectFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiles(QStringLiteral("/big"), files);
        const QModelIndex data = model.index(0, 0);
        QCOMPARE(model.rowCount(data), 200);
        QCOMPARE(model.rowCount(model.index(199, 0, data)), 100);
    }
};

QTEST_GUILESS_MAIN(TestProjectFilesModel)
#include "tst_projectfilesmodel.moc"
