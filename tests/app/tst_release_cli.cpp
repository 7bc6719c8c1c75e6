// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway version`, `slipway build` and `slipway inspect` as CI runs them: the real binary on the sample
// project, in an isolated home (so trust is not inherited), with the real Python tools.

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace Qt::StringLiterals;

class TestReleaseCli : public QObject
{
    Q_OBJECT

    using Run = test::CliRun;

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_project;

    Run slipway(const QStringList& arguments, const QString& workingDirectory = {})
    {
        QProcessEnvironment env = test::isolatedEnvironment(m_home.path());
        env.remove(u"SETUPTOOLS_SCM_PRETEND_VERSION"_s);
        return test::runSlipway(
            arguments, {.environment = env,
                        .workingDirectory = workingDirectory.isEmpty() ? m_project : workingDirectory,
                        .timeoutMs = 180000});
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        m_project = test::makeSampleProject(m_dir);
        QVERIFY(!m_project.isEmpty());
    }

    void version()
    {
        const Run plain = slipway({u"version"_s});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.startsWith("0.1.1.dev1+g"), plain.out.constData());

        const Run json =
            slipway({u"version"_s, u"--json"_s, u"--tag"_s, u"v0.2.0"_s, m_project}, m_home.path());
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o[u"tag"_s].toString(), u"v0.1.0"_s);
        QCOMPARE(o[u"distance"_s].toInt(), 1);
        QCOMPARE(o[u"releasable"_s].toBool(), false);
        QCOMPARE(o[u"tagPreview"_s].toObject()[u"version"_s].toString(), u"0.2.0"_s);
        QCOMPARE(o[u"nextReleases"_s].toArray().first().toObject()[u"version"_s].toString(), u"0.1.1"_s);

        const Run scheme = slipway(
            {u"version"_s, u"--scheme"_s, u"post-release"_s, u"--local-scheme"_s, u"no-local-version"_s});
        QCOMPARE(scheme.out.trimmed(), QByteArray("0.1.0.post1"));

        const Run badTag = slipway({u"version"_s, u"--tag"_s, u"v0.0.1"_s});
        QCOMPARE(badTag.exitCode, 1);
        QVERIFY2(badTag.out.contains("not newer than 0.1.0"), badTag.out.constData());

        const Run unknown = slipway({u"version"_s, u"--scheme"_s, u"lunar"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"lunar"), qPrintable(unknown.err));
    }

    void buildNeedsTrustAndARelease()
    {
        const Run untrusted = slipway({u"build"_s});
        QCOMPARE(untrusted.exitCode, 2);
        QVERIFY2(untrusted.err.contains(u"trust"), qPrintable(untrusted.err));
        QVERIFY(!QDir(m_project + u"/dist"_s).exists());

        const Run local = slipway({u"--trust"_s, u"build"_s});
        QCOMPARE(local.exitCode, 1);
        QVERIFY2(local.err.contains(u"local part") && local.err.contains(u"--allow-dirty"),
                 qPrintable(local.err));

        const Run anyway = slipway({u"--trust"_s, u"build"_s, u"--wheel"_s, u"--allow-dirty"_s, u"--json"_s});
        QCOMPARE(anyway.exitCode, 1); // built, but the inspection says a +local version cannot be published
        const QJsonArray artifacts = QJsonDocument::fromJson(anyway.out).object()[u"artifacts"_s].toArray();
        QCOMPARE(artifacts.size(), 1);
        QVERIFY(artifacts[0].toObject()[u"findings"_s].toArray().first().toObject()[u"code"_s].toString() ==
                u"version-local"_s);
    }

    void buildAndInspectARelease()
    {
        bool ok = false;
        test::git(m_project, {u"tag"_s, u"-a"_s, u"-m"_s, u"0.2.0"_s, u"v0.2.0"_s}, &ok);
        QVERIFY(ok);
        QDir(m_project + u"/dist"_s).removeRecursively();
        const Run built = slipway({u"--trust"_s, u"build"_s, u"--strict"_s});
        QVERIFY2(built.exitCode == 0, qPrintable(built.err));
        QVERIFY(built.out.contains("churn-0.2.0-py3-none-any.whl  wheel"));
        QVERIFY(built.out.contains("churn-0.2.0.tar.gz  sdist"));
        QVERIFY(built.err.contains(u"--no-isolation"));

        const QString wheel = m_project + u"/dist/churn-0.2.0-py3-none-any.whl"_s;
        const Run inspected = slipway({u"inspect"_s, u"--files"_s, wheel});
        QCOMPARE(inspected.exitCode, 0);
        QVERIFY(inspected.out.contains("churn/model.py"));
        QVERIFY(inspected.out.contains("no problems found"));

        const Run strict = slipway({u"inspect"_s, u"--strict"_s, u"--expect-version"_s, u"0.3"_s, wheel});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY(strict.out.contains("version-differs-from-git"));

        const Run diff = slipway({u"inspect"_s, u"--diff"_s, wheel, wheel});
        QCOMPARE(diff.exitCode, 0);

        const Run missing = slipway({u"inspect"_s, u"nothing.whl"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.startsWith(u"slipway: ") && missing.err.contains(u"nothing.whl"),
                 qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestReleaseCli)
#include "tst_release_cli.moc"
