// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Versions from git, compared live with the real setuptools_scm (Debian 13's 8.x) on repositories the real
// git makes (make-scm-repos.sh): every repository under every scheme must give the very same string.

#include "services/project/ProjectVersion.h"
#include "services/version/ScmVersion.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::version;
using namespace Qt::StringLiterals;

namespace {

const QString sourceDateEpoch = QStringLiteral("1760000000"); // both sides format dirty dates from it

QProcessEnvironment pythonEnvironment(const QString& home)
{
    QProcessEnvironment env = test::isolatedEnvironment(home);
    const auto keys = env.keys();
    for (const QString& key : keys)
        if (key.startsWith(u"SETUPTOOLS_SCM"))
            env.remove(key);
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), sourceDateEpoch);
    return env;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, const QString& dir, const QProcessEnvironment& env,
        const QByteArray& input = {})
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessEnvironment(env);
    process.start(program, args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000); // tests only
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Asks setuptools_scm.get_version (the function `python -m setuptools_scm` calls) for every (root, version
// scheme, local scheme) at once; a failure comes back as "ERROR <exception>".
const char* const askSetuptoolsScm =
    "import json, sys, warnings\n"
    "warnings.simplefilter(\"ignore\")\n"
    "import logging\n"
    "logging.disable(logging.CRITICAL)\n"
    "from setuptools_scm import get_version\n"
    "out = []\n"
    "for root, scheme, local in json.load(sys.stdin):\n"
    "    try:\n"
    "        out.append(get_version(root=root, version_scheme=scheme, local_scheme=local))\n"
    "    except BaseException as e:\n"
    "        out.append(\"ERROR \" + type(e).__name__)\n"
    "print(json.dumps(out))\n";

} // namespace

class TestScmVersion : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_repos;

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        QVERIFY(m_dir.isValid());
        m_repos = m_dir.filePath(QStringLiteral("repos"));
        const Run made =
            run(QStringLiteral("bash"), {test::sourceDir() + u"/tests/services/make-scm-repos.sh", m_repos},
                m_dir.path(), pythonEnvironment(m_dir.path()));
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }

    void matchesSetuptoolsScm()
    {
        const QStringList repos = QDir(m_repos).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(repos.size() >= 39);
        const QList<std::pair<QString, QString>> schemes{
            {QStringLiteral("guess-next-dev"), QStringLiteral("node-and-date")},
            {QStringLiteral("post-release"), QStringLiteral("node-and-date")},
            {QStringLiteral("no-guess-dev"), QStringLiteral("node-and-date")},
            {QStringLiteral("release-branch-semver"), QStringLiteral("node-and-date")},
            {QStringLiteral("python-simplified-semver"), QStringLiteral("node-and-date")},
            {QStringLiteral("only-version"), QStringLiteral("node-and-date")},
            {QStringLiteral("guess-next-dev"), QStringLiteral("no-local-version")},
            {QStringLiteral("guess-next-dev"), QStringLiteral("node-and-timestamp")},
            {QStringLiteral("guess-next-dev"), QStringLiteral("dirty-tag")}};
        QJsonArray jobs;
        for (const QString& repo : repos)
            for (const auto& [scheme, local] : schemes)
                jobs.append(QJsonArray{QDir(m_repos).filePath(repo), scheme, local});
        const QProcessEnvironment env = pythonEnvironment(m_dir.path());
        const Run python =
            run(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(askSetuptoolsScm)},
                m_repos, env, QJsonDocument(jobs).toJson());
        QVERIFY2(python.exitCode == 0, qPrintable(python.err));
        const QJsonArray expected = QJsonDocument::fromJson(python.out.toUtf8()).array();
        QCOMPARE(expected.size(), jobs.size());

        QStringList mismatches;
        int failures = 0;
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            const QJsonArray job = jobs[i].toArray();
            ScmSettings settings;
            settings.versionScheme = job[1].toString();
            settings.localScheme = job[2].toString();
            const auto ours = computeVersion(job[0].toString(), settings, env);
            const QString theirs = expected[i].toString();
            const QString mine = ours ? ours->version : u"ERROR " + ours.error().toString();
            if (theirs.startsWith(u"ERROR ")) {
                ++failures;
                if (ours)
                    mismatches.append(
                        QStringLiteral("%1 [%2, %3]: setuptools_scm fails (%4), Slipway says %5")
                            .arg(QDir(job[0].toString()).dirName(), settings.versionScheme,
                                 settings.localScheme, theirs, mine));
            } else if (mine != theirs) {
                mismatches.append(QStringLiteral("%1 [%2, %3]: setuptools_scm %4, Slipway %5")
                                      .arg(QDir(job[0].toString()).dirName(), settings.versionScheme,
                                           settings.localScheme, theirs, mine));
            }
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
        QVERIFY(failures > schemes.size()); // not-a-version fails under every scheme, bad-dev-tag under some
        qInfo("%lld computations identical to setuptools_scm (%d of them failures in both)",
              qlonglong(jobs.size()), failures);
    }

    // `python -m setuptools_scm` itself, configured by pyproject.toml (tag_regex, version_scheme,
    // local_scheme, the dist name for PRETEND_VERSION_FOR_…), against projectVersion on the same folder.
    void pyprojectSettingsMatchTheCommand_data()
    {
        QTest::addColumn<QString>("repo");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("pretendKey");
        QTest::newRow("schemes") << "distance"
                                 << "version_scheme = \"post-release\"\nlocal_scheme = \"no-local-version\"\n"
                                 << "";
        QTest::newRow("tag_regex") << "word-prefix" << "tag_regex = '^churn-(?P<version>[0-9.]+)$'\n" << "";
        QTest::newRow("empty table, dirty") << "dirty" << "" << "";
        QTest::newRow("pretend for name")
            << "distance" << "" << "SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_PACKAGE";
        QTest::newRow("pretend") << "no-tags" << "" << "SETUPTOOLS_SCM_PRETEND_VERSION";
    }
    void pyprojectSettingsMatchTheCommand()
    {
        QFETCH(QString, repo);
        QFETCH(QString, table);
        QFETCH(QString, pretendKey);
        const QString root = QDir(m_repos).filePath(repo);
        // Untracked, so it leaves the tree as clean as it was.
        QVERIFY(
            test::writeFile(root, QStringLiteral("pyproject.toml"),
                            "[project]\nname = \"My.Package\"\n\n[tool.setuptools_scm]\n" + table.toUtf8()));
        QProcessEnvironment env = pythonEnvironment(m_dir.path());
        if (!pretendKey.isEmpty())
            env.insert(pretendKey, QStringLiteral("4.5.6"));
        const Run python = run(QStringLiteral("python3"),
                               {QStringLiteral("-m"), QStringLiteral("setuptools_scm")}, root, env);
        QFile::remove(QDir(root).filePath(QStringLiteral("pyproject.toml")));
        QVERIFY2(python.exitCode == 0, qPrintable(python.err));

        QVERIFY(
            test::writeFile(root, QStringLiteral("pyproject.toml"),
                            "[project]\nname = \"My.Package\"\n\n[tool.setuptools_scm]\n" + table.toUtf8()));
        const auto ours = projectVersion(root, {}, env);
        QFile::remove(QDir(root).filePath(QStringLiteral("pyproject.toml")));
        QVERIFY2(ours.has_value(), qPrintable(ours ? QString() : ours.error().toString()));
        QCOMPARE(ours->version, python.out.trimmed());
        if (!pretendKey.isEmpty())
            QCOMPARE(ours->source, ScmVersion::Source::Pretend);
    }

    void dirtyFilesAreNamed()
    {
        const auto v = computeVersion(QDir(m_repos).filePath(QStringLiteral("staged")), {});
        QVERIFY(v.has_value());
        QVERIFY(v->dirty);
        QCOMPARE(v->changedFiles, QStringList{QStringLiteral("staged.py")});
        const ReleaseGuard guard = checkReleasable(*v);
        QVERIFY(!guard.allowed);
        QVERIFY2(guard.reason.contains(u"staged.py"), qPrintable(guard.reason));

        const auto untracked = computeVersion(QDir(m_repos).filePath(QStringLiteral("untracked-only")), {});
        QVERIFY(untracked.has_value());
        QCOMPARE(untracked->version, QStringLiteral("1.0.0"));
        QVERIFY(checkReleasable(*untracked).allowed);

        const auto behind = computeVersion(QDir(m_repos).filePath(QStringLiteral("distance")), {});
        QVERIFY(behind.has_value());
        QVERIFY(!behind->dirty);
        const ReleaseGuard local = checkReleasable(*behind);
        QVERIFY(!local.allowed);
        QVERIFY2(local.reason.contains(behind->version), qPrintable(local.reason));
    }

    void failuresSayWhy()
    {
        const auto bad = computeVersion(QDir(m_repos).filePath(QStringLiteral("not-a-version")), {});
        QVERIFY(!bad.has_value());
        QVERIFY2(bad.error().toString().contains(u"build42"), qPrintable(bad.error().toString()));
        QVERIFY(bad.error().toString().contains(u"not-a-version"));

        ScmSettings unknown;
        unknown.versionScheme = QStringLiteral("calendar-magic");
        const auto scheme = computeVersion(QDir(m_repos).filePath(QStringLiteral("exact")), unknown);
        QVERIFY(!scheme.has_value());
        QVERIFY2(scheme.error().message.contains(u"calendar-magic"), qPrintable(scheme.error().message));

        // A folder below the work tree's top is not a git project to setuptools_scm: fallback_version or
        // fail.
        const QString sub = QDir(m_repos).filePath(QStringLiteral("exact/sub"));
        QVERIFY(QDir().mkpath(sub));
        QVERIFY(!computeVersion(sub, {}).has_value());
        ScmSettings fallback;
        fallback.fallbackVersion = QStringLiteral("0.0.0+unknown");
        const auto v = computeVersion(sub, fallback);
        QVERIFY(v.has_value());
        QCOMPARE(v->version, QStringLiteral("0.0.0+unknown"));
        QCOMPARE(v->source, ScmVersion::Source::Fallback);
    }

    void previewAndBumps()
    {
        auto repo = git::Repository::open(QDir(m_repos).filePath(QStringLiteral("distance")));
        QVERIFY(repo.has_value());
        const auto facts = repo->describeFacts();
        QVERIFY(facts.has_value());
        const QDateTime now = QDateTime::fromSecsSinceEpoch(sourceDateEpoch.toLongLong(), QTimeZone::UTC);

        const TagPreview good = previewTag(*facts, {}, QStringLiteral("v1.1.0"), now);
        QCOMPARE(good.version, QStringLiteral("1.1.0"));
        QVERIFY2(good.problems.isEmpty(), qPrintable(good.problems.join(u' ')));

        const TagPreview older = previewTag(*facts, {}, QStringLiteral("0.9"), now);
        QCOMPARE(older.version, QStringLiteral("0.9"));
        QVERIFY(older.problems.join(u' ').contains(u"not newer than 1.0.0"));

        QVERIFY(!previewTag(*facts, {}, QStringLiteral("release"), now).problems.isEmpty());
        QVERIFY(previewTag(*facts, {}, QStringLiteral("1.2-foo"), now).version.isEmpty());
        QVERIFY(!previewTag(*facts, {}, QStringLiteral("1.2..3"), now).problems.isEmpty());

        const auto versions = [](const QList<Bump>& bumps) {
            QStringList list;
            for (const Bump& b : bumps)
                list.append(b.version);
            return list;
        };
        QCOMPARE(versions(bumpSuggestions(*Version::parse(u"1.4.2"))),
                 (QStringList{u"1.4.3"_s, u"1.5.0"_s, u"2.0.0"_s, u"1.5.0b1"_s, u"1.5.0rc1"_s}));
        QCOMPARE(versions(bumpSuggestions(*Version::parse(u"2.0.0b1"))),
                 (QStringList{u"2.0.0b2"_s, u"2.0.0rc1"_s, u"2.0.0"_s, u"2.1.0"_s, u"3.0.0"_s, u"2.1.0b1"_s,
                              u"2.1.0rc1"_s}));
        QCOMPARE(versions(bumpSuggestions(*Version::parse(u"0.1"))),
                 (QStringList{u"0.1.1"_s, u"0.2.0"_s, u"1.0.0"_s, u"0.2.0b1"_s, u"0.2.0rc1"_s}));
    }
};

QTEST_GUILESS_MAIN(TestScmVersion)
#include "tst_scm_version.moc"
