// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/TrustStore.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class TestTrustStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void untrustedUntilTheUserSaysSo()
    {
        QTemporaryDir settings, projects;
        QVERIFY(QDir(projects.path()).mkpath(QStringLiteral("a/sub")));
        QVERIFY(QDir(projects.path()).mkpath(QStringLiteral("ab")));
        const QString a = projects.filePath(QStringLiteral("a"));
        TrustStore trust(settings.filePath(QStringLiteral("trust.ini")));
        QVERIFY(!trust.isTrusted(a));
        const auto refused = trust.require(a, QStringLiteral("run pipeline step 'lint'"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().operation, QStringLiteral("run pipeline step 'lint'"));
        QVERIFY(refused.error().message.contains(u"not trusted"));

        QSignalSpy changed(&trust, &TrustStore::trustChanged);
        trust.setTrusted(a, true);
        QCOMPARE(changed.size(), 1);
        trust.setTrusted(a, true); // no change, no signal
        QCOMPARE(changed.size(), 1);
        QVERIFY(trust.isTrusted(a));
        QVERIFY(trust.require(a, QStringLiteral("x")));
        QVERIFY(trust.isTrusted(a + u"/sub"));                              // below a trusted folder
        QVERIFY(!trust.isTrusted(projects.filePath(QStringLiteral("ab")))); // a sibling with the same prefix
        QVERIFY(!trust.isTrusted(projects.path()));                         // the parent

        // Remembered per canonical path: another store on the same file, through a symlink, agrees.
        QVERIFY(QFile::link(a, projects.filePath(QStringLiteral("link"))));
        const TrustStore again(settings.filePath(QStringLiteral("trust.ini")));
        QVERIFY(again.isTrusted(projects.filePath(QStringLiteral("link"))));
        QCOMPARE(again.trustedFolders(), QStringList{QDir(a).canonicalPath()});

        trust.setTrusted(projects.filePath(QStringLiteral("link")), false);
        QVERIFY(!again.isTrusted(a));
        QCOMPARE(changed.size(), 2);
    }

    // A hand-edited store with an empty or relative entry trusts nothing (a prefix test would trust all).
    void emptyOrRelativeEntriesTrustNothing()
    {
        QTemporaryDir settings, projects;
        const QString file = settings.filePath(QStringLiteral("trust.ini"));
        QVERIFY(test::writeFile(settings.path(), QStringLiteral("trust.ini"),
                                "[trust]\nfolders=\"\", ., projects\n"));
        const TrustStore trust(file);
        QVERIFY(!trust.isTrusted(projects.path()));
        QVERIFY(!trust.isTrusted(QStringLiteral("/")));
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"
