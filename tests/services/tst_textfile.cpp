// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/TextFile.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class TestTextFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void refusesWhatIsNotText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("NUL bytes") << QByteArray("PK\x03\x04\0\0", 6)
                                   << QStringLiteral("binary file (it contains NUL bytes)");
        QTest::newRow("Latin-1") << QByteArray("caf\xe9\n") << QStringLiteral("the file is not UTF-8 text");
    }

    void refusesWhatIsNotText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("f"), bytes));
        const auto document = readTextFile(dir.filePath(QStringLiteral("f")));
        QVERIFY(!document);
        QCOMPARE(document.error().toString(), dir.filePath(QStringLiteral("f")) + u": " + message);
    }

    void refusesFoldersMissingAndLargeFiles()
    {
        QTemporaryDir dir;
        QCOMPARE(readTextFile(dir.path()).error().message, QStringLiteral("is a folder"));
        QCOMPARE(readTextFile(dir.filePath(QStringLiteral("none"))).error().message,
                 QStringLiteral("no such file"));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("big.txt"),
                                QByteArray(qsizetype{3} * 1024 * 1024, 'a')));
        QVERIFY(readTextFile(dir.filePath(QStringLiteral("big.txt")), qint64{2} * 1024 * 1024)
                    .error()
                    .message.startsWith(u"the file is 3 MB"));
    }

    void roundTripKeepsByteOrderMarkAndText()
    {
        QTemporaryDir dir;
        const QByteArray original = "\xEF\xBB\xBFname = \"Zoë 漢字\"\r\n";
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("p.toml"), original));
        auto document = readTextFile(dir.filePath(QStringLiteral("p.toml")));
        QVERIFY(document);
        QVERIFY(document->hadByteOrderMark);
        QCOMPARE(document->text, QStringLiteral("name = \"Zoë 漢字\"\r\n"));
        QVERIFY(writeTextFile(*document));
        QFile file(document->path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), original);
    }

    void failedWriteLeavesTheFileWhole()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("ro/keep.py"), "original\n"));
        const QString folder = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto written = writeTextFile({folder + u"/keep.py", QStringLiteral("new\n"), false});
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!written);
        QCOMPARE(written.error().path, folder + u"/keep.py");
        QCOMPARE(written.error().operation, QStringLiteral("save file"));
        QFile file(folder + u"/keep.py");
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("original\n"));
    }
};

QTEST_GUILESS_MAIN(TestTextFile)
#include "tst_textfile.moc"
