// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The release workflow as a lead (or CI) runs it, with the real binary: the sample project built from its
// commit, published to WebDAV channels on nginx (DavServer), tested installed from the channel, promoted
// unstable → testing → stable; a legacy index and devpi's push against the stand-in server
// (tests/support/legacy_index.py: PyPI and devpi cannot be installed here) with the real twine.

#include "tests/support/ChannelSupport.h"
#include "tests/support/DavServer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace Qt::StringLiterals;

namespace {

QJsonObject channelNamed(const QJsonObject& board, const QString& name)
{
    const QJsonArray channels = board.value(u"channels"_s).toArray();
    for (const auto& c : channels)
        if (c.toObject().value(u"name"_s).toString() == name)
            return c.toObject();
    return {};
}

QStringList versionsOf(const QJsonObject& channel)
{
    QStringList versions;
    const QJsonArray list = channel.value(u"versions"_s).toArray();
    for (const auto& v : list)
        versions << v.toObject().value(u"version"_s).toString();
    return versions;
}

} // namespace

class TestChannelsCli : public QObject
{
    Q_OBJECT

    using Run = test::CliRun;

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    Run slipway(const QStringList& arguments, const QString& workingDirectory,
                const QProcessEnvironment& env = {})
    {
        return test::runSlipway(arguments, {.environment = env.isEmpty() ? m_env : env,
                                            .workingDirectory = workingDirectory,
                                            .timeoutMs = 300000});
    }

    static QString describe(const Run& run)
    {
        return u"exit %1\n--- out\n%2\n--- err\n%3"_s.arg(run.exitCode)
            .arg(QString::fromUtf8(run.out), run.err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        m_env = test::isolatedEnvironment(m_home.path());
        m_env.remove(u"SETUPTOOLS_SCM_PRETEND_VERSION"_s);
        m_env.insert(u"PIP_DISABLE_PIP_VERSION_CHECK"_s, u"1"_s);
    }

    // Done-when of the channels issue, headless: tag rc → publish to unstable → installed tests → testing;
    // the final tag on the same commit → stable.
    void sampleReleaseFromTagToStable()
    {
        test::DavServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString project = test::makeSampleProject(m_dir, u"churn"_s);
        const QString base = server.url();
        test::writeFile(
            project, u"slipway.yaml"_s,
            (u"channels:\n"
             "  unstable: {url: \"%1unstable/\", upload: webdav}\n"
             "  testing:  {url: \"%1testing/\", upload: webdav}\n"
             "  stable:   {url: \"%1stable/\", upload: webdav}\n"
             "promotion:\n"
             "  - {from: unstable, to: testing, requires: [installed-tests]}\n"
             "  - {from: testing, to: stable, requires: [installed-tests, final-version, same-commit]}\n"_s)
                .arg(base)
                .toUtf8());
        bool ok = false;
        test::git(project, {u"add"_s, u"slipway.yaml"_s}, &ok);
        test::git(project, {u"commit"_s, u"-qm"_s, u"Release channels"_s}, &ok);
        test::git(project, {u"tag"_s, u"1.2.1rc1"_s}, &ok);
        QVERIFY(ok);
        // A stale build/ in the work tree must not get into the release (it used to).
        test::writeFile(project, u"build/lib/churn/stale.csv"_s, "left over from an old build\n");
        QProcessEnvironment env = m_env;
        for (const QString& channel : {u"UNSTABLE"_s, u"TESTING"_s, u"STABLE"_s}) {
            env.insert(u"SLIPWAY_"_s + channel + u"_USERNAME"_s, test::DavServer::user());
            env.insert(u"SLIPWAY_"_s + channel + u"_PASSWORD"_s, test::DavServer::password());
        }

        Run published = slipway({u"publish"_s, u"--channel"_s, u"unstable"_s, u"--trust"_s}, project, env);
        QVERIFY2(published.exitCode == 0, qPrintable(describe(published)));
        QVERIFY(published.out.contains("churn 1.2.1rc1 in unstable: 2 added"));
        QVERIFY2(published.err.contains(u"clean export"_s), qPrintable(published.err));
        QVERIFY(!published.err.contains(test::DavServer::password()));
        // The work tree is as it was: no build/lib of this build, no egg-info.
        QVERIFY(QDir(project + u"/build/lib"_s).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size() ==
                1);
        QVERIFY(QDir(project + u"/src"_s).entryList({u"*.egg-info"_s}, QDir::Dirs).isEmpty());
        QCOMPARE(test::git(project, {u"status"_s, u"--porcelain"_s}).trimmed(), QString());
        // The stale file is not in the published wheel.
        const QString wheel = server.folder() + u"/unstable/files/churn/churn-1.2.1rc1-py3-none-any.whl"_s;
        const Run inspected = slipway({u"inspect"_s, u"--files"_s, wheel}, project);
        QVERIFY2(inspected.exitCode == 0 && !inspected.out.contains("stale.csv"),
                 qPrintable(describe(inspected)));

        Run toTesting = slipway(
            {u"promote"_s, u"1.2.1rc1"_s, u"--from"_s, u"unstable"_s, u"--to"_s, u"testing"_s, u"--trust"_s},
            project, env);
        QVERIFY2(toTesting.exitCode == 0, qPrintable(describe(toTesting)));
        QVERIFY2(toTesting.err.contains(u"✓ installed-tests: 15 passed"_s), qPrintable(toTesting.err));
        // An rc cannot go to stable: the gate says why, nothing is written.
        Run refused = slipway({u"promote"_s, u"1.2.1rc1"_s, u"--from"_s, u"testing"_s, u"--to"_s, u"stable"_s,
                               u"--trust"_s, u"--json"_s},
                              project, env);
        QCOMPARE(refused.exitCode, 1);
        const QJsonObject refusal = QJsonDocument::fromJson(refused.out).object();
        QCOMPARE(refusal.value(u"promoted"_s).toBool(true), false);
        QVERIFY2(refused.err.contains(u"final-version failed"_s), qPrintable(refused.err));
        QVERIFY(!QDir(server.folder() + u"/stable/files"_s).exists());

        // QA tags the final version on the same commit: it is built, published, tested and promoted.
        test::git(project, {u"tag"_s, u"1.2.1"_s}, &ok);
        published = slipway({u"publish"_s, u"--channel"_s, u"unstable"_s, u"--trust"_s}, project, env);
        QVERIFY2(published.exitCode == 0, qPrintable(describe(published)));
        for (const auto& [from, to] :
             {std::pair{u"unstable"_s, u"testing"_s}, std::pair{u"testing"_s, u"stable"_s}}) {
            const Run promoted = slipway(
                {u"promote"_s, u"1.2.1"_s, u"--from"_s, from, u"--to"_s, to, u"--trust"_s}, project, env);
            QVERIFY2(promoted.exitCode == 0, qPrintable(describe(promoted)));
        }
        const Run board = slipway({u"channels"_s, u"--json"_s}, project, env);
        QVERIFY2(board.exitCode == 0, qPrintable(describe(board)));
        const QJsonObject state = QJsonDocument::fromJson(board.out).object();
        QCOMPARE(state.value(u"project"_s).toString(), u"churn"_s);
        QCOMPARE(versionsOf(channelNamed(state, u"unstable"_s)), (QStringList{u"1.2.1rc1"_s, u"1.2.1"_s}));
        QCOMPARE(versionsOf(channelNamed(state, u"testing"_s)), (QStringList{u"1.2.1rc1"_s, u"1.2.1"_s}));
        QCOMPARE(versionsOf(channelNamed(state, u"stable"_s)), QStringList{u"1.2.1"_s});
        // The very same bytes in every channel.
        for (const QString& file : {u"churn-1.2.1-py3-none-any.whl"_s, u"churn-1.2.1.tar.gz"_s}) {
            QFile a(server.folder() + u"/unstable/files/churn/"_s + file);
            QFile b(server.folder() + u"/stable/files/churn/"_s + file);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(a.readAll(), b.readAll());
        }
        // Where each went, on the commit: two publishes and four promotions.
        const QString notes =
            test::git(project, {u"notes"_s, u"--ref"_s, u"slipway-releases"_s, u"show"_s, u"HEAD"_s});
        QCOMPARE(notes.count(u"\"action\":\"publish\""_s), 2);
        QCOMPARE(notes.count(u"\"action\":\"promote\""_s), 3);
        QVERIFY(notes.contains(u"\"tag\":\"1.2.1\""_s));
        // A yank goes into the channel's journal and onto the commit that built the version.
        const Run yanked = slipway({u"yank"_s, u"1.2.1rc1"_s, u"--channel"_s, u"unstable"_s, u"--reason"_s,
                                    u"superseded by 1.2.1"_s},
                                   project, env);
        QVERIFY2(yanked.exitCode == 0, qPrintable(describe(yanked)));
        QVERIFY(test::git(project, {u"notes"_s, u"--ref"_s, u"slipway-releases"_s, u"show"_s, u"HEAD"_s})
                    .contains(u"\"reason\":\"superseded by 1.2.1\""_s));

        // A wrong password: a clear error, nothing changes, no secret printed.
        env.insert(u"SLIPWAY_STABLE_PASSWORD"_s, u"wrong-horse-battery"_s);
        const QStringList dists = test::makeDists(u"churn"_s, u"9.9"_s, m_dir.filePath(u"dists"_s));
        const Run wrong =
            slipway(QStringList{u"publish"_s, u"--channel"_s, u"stable"_s, project} + dists, project, env);
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(u"refused the credentials"_s), qPrintable(wrong.err));
        QVERIFY(!wrong.err.contains(u"wrong-horse-battery"_s));
        QVERIFY(!QFile::exists(server.folder() + u"/stable/files/churn/churn-9.9.tar.gz"_s));
    }

    void badConfigurationIsAUsageError()
    {
        const QString project = m_dir.filePath(u"bad"_s);
        test::writeFile(project, u"slipway.yaml"_s,
                        "channels:\n  unstable:\n    url: https://x/\n    uplod: webdav\n");
        const Run run = slipway({u"channels"_s, project}, project);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"slipway.yaml:4:5: unknown key 'uplod'"_s), qPrintable(run.err));
        const Run publish = slipway({u"publish"_s, u"--channel"_s, u"nowhere"_s, project}, project);
        QCOMPARE(publish.exitCode, 2);
    }

    void legacyUploadAndDevpiPushThroughTheStandIn()
    {
        test::LegacyIndex index;
        QString error;
        QVERIFY2(index.start(&error), qPrintable(error));
        const QString project = m_dir.filePath(u"demo"_s);
        test::writeFile(project, u"pyproject.toml"_s, "[project]\nname = \"demo-pkg\"\nversion = \"1.0\"\n");
        test::writeFile(
            project, u"slipway.yaml"_s,
            (u"channels:\n"
             "  dev: {url: \"%1alice/dev/\", upload: devpi}\n"
             "  staging: {url: \"%1alice/staging/\", upload: devpi}\n"
             "  pypi: {url: \"%1alice/pypi/\", upload: legacy, index: \"%1alice/pypi/+simple/\"}\n"
             "promotion:\n  - {from: dev, to: staging}\n  - {from: staging, to: pypi, requires: [final-version]}\n"_s)
                .arg(index.url())
                .toUtf8());
        QProcessEnvironment env = m_env;
        for (const QString& channel : {u"DEV"_s, u"STAGING"_s, u"PYPI"_s}) {
            env.insert(u"SLIPWAY_"_s + channel + u"_USERNAME"_s, u"alice"_s);
            env.insert(u"SLIPWAY_"_s + channel + u"_PASSWORD"_s, u"s3cret"_s);
        }
        const QStringList dists = test::makeDists(u"demo-pkg"_s, u"1.0"_s, m_dir.filePath(u"legacy-dists"_s));
        const QStringList publish = QStringList{u"publish"_s, u"--channel"_s, u"dev"_s, project} + dists;
        Run run = slipway(publish, project, env);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(!run.err.contains(u"s3cret"_s));
        run = slipway(publish, project, env); // identical files: the index says 200, so does Slipway
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QStringList other =
            test::makeDists(u"demo-pkg"_s, u"1.0"_s, m_dir.filePath(u"legacy-other"_s), 0, u"x"_s);
        run = slipway(QStringList{u"publish"_s, u"--channel"_s, u"dev"_s, project} + other, project, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"File already exists"_s), qPrintable(describe(run)));

        run = slipway({u"promote"_s, u"1.0"_s, u"--from"_s, u"dev"_s, u"--to"_s, u"staging"_s, project},
                      project, env);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(u"devpi push demo-pkg 1.0 to alice/staging"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"200 store_releasefile alice/staging/+f/demo_pkg-1.0-py3-none-any.whl"_s),
                 qPrintable(run.err));
        run = slipway({u"promote"_s, u"1.0"_s, u"--from"_s, u"staging"_s, u"--to"_s, u"pypi"_s, project},
                      project, env);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const Run board = slipway({u"channels"_s, u"--json"_s, project}, project, env);
        QVERIFY2(board.exitCode == 0, qPrintable(describe(board)));
        const QJsonObject state = QJsonDocument::fromJson(board.out).object();
        for (const QString& name : {u"dev"_s, u"staging"_s, u"pypi"_s})
            QCOMPARE(versionsOf(channelNamed(state, name)), QStringList{u"1.0"_s});
        const QJsonArray files = channelNamed(state, u"pypi"_s)
                                     .value(u"versions"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(u"files"_s)
                                     .toArray();
        QCOMPARE(files.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestChannelsCli)
#include "tst_channels_cli.moc"
