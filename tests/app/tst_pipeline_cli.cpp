// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway pipeline` as a user runs it on the sample project: run with --json and the exit codes, check,
// graph, the untrusted refusal; and the exports validated by running them: the GitLab export end to end
// under gitlab-ci-local (shell executor, isolated jobs) against real WebDAV channels on nginx — test, the
// data steps, build, publish to unstable, the approval-gated promotion to testing with its installed
// tests — the GitHub export through action-validator, the Jenkinsfile checked for structure (no Jenkins can
// run here: the test says so).

#include "tests/support/DavServer.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace Qt::StringLiterals;

namespace {

const QString npmBin = u"/opt/slipway-npm/node_modules/.bin/"_s;

struct Tool
{
    int exitCode = -1;
    QString output;
};

// A developer tool from tools/npm (installed by tools/dev setup) in `dir`.
Tool runTool(const QString& program, const QStringList& arguments, const QString& dir,
             const QProcessEnvironment& env, int timeoutMs = 600000)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Tool tool;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return tool;
    }
    tool.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    tool.output = QString::fromUtf8(process.readAll());
    return tool;
}

} // namespace

class TestPipelineCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QString m_project;

    test::CliRun slipway(const QStringList& arguments, const QString& cwd = {})
    {
        return test::runSlipway(
            arguments,
            {.environment = m_env, .workingDirectory = cwd.isEmpty() ? m_project : cwd, .timeoutMs = 300000});
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        m_env = test::isolatedEnvironment(m_home.path());
        m_project = test::makeSampleProject(m_dir);
    }

    void runPrintsJsonAndExitCodes()
    {
        // The data steps only: both run, then both are cached.
        test::CliRun run = slipway({u"pipeline"_s, u"run"_s, u"report"_s, u"--json"_s, u"--trust"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonArray steps = QJsonDocument::fromJson(run.out).object().value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps[0].toObject().value(u"name"_s).toString(), u"features"_s);
        QCOMPARE(steps[0].toObject().value(u"state"_s).toString(), u"succeeded"_s);
        QCOMPARE(steps[0].toObject().value(u"reason"_s).toString(), u"never ran"_s);
        QVERIFY(steps[0].toObject().value(u"duration"_s).toDouble() > 0);
        QVERIFY(QFile::exists(m_project + u"/out/report.md"_s));
        run = slipway({u"pipeline"_s, u"run"_s, u"report"_s, u"--json"_s, u"--trust"_s});
        steps = QJsonDocument::fromJson(run.out).object().value(u"steps"_s).toArray();
        QCOMPARE(steps[1].toObject().value(u"state"_s).toString(), u"cached"_s);

        // The whole pipeline: the sample's notebook carries outputs and its lint findings: 1, the rest runs.
        run = slipway({u"pipeline"_s, u"run"_s, u"--json"_s, u"--trust"_s});
        QCOMPARE(run.exitCode, 1);
        QMap<QString, QString> states;
        const QJsonArray all = QJsonDocument::fromJson(run.out).object().value(u"steps"_s).toArray();
        for (const auto& s : all)
            states.insert(s.toObject().value(u"name"_s).toString(),
                          s.toObject().value(u"state"_s).toString());
        QCOMPARE(states.value(u"strip-check"_s), u"failed"_s);
        QCOMPARE(states.value(u"lint"_s), u"failed"_s);
        QCOMPARE(states.value(u"test"_s), u"succeeded"_s);
        QCOMPARE(states.value(u"build"_s), u"succeeded"_s);
        QCOMPARE(states.value(u"report"_s), u"cached"_s);
        // The text form says why.
        run = slipway({u"pipeline"_s, u"run"_s, u"--dry-run"_s});
        QVERIFY2(run.out.contains("strip-check  would-run — failed last time"), run.out.constData());
        QVERIFY2(run.out.contains("= build  cached — unchanged since"), run.out.constData());
        // The work tree stays clean: .slipway/ ignores itself, out/ and dist/ are the sample's ignores.
        QCOMPARE(test::git(m_project, {u"status"_s, u"--porcelain"_s}).trimmed(), QString());
    }

    void untrustedAndBadConfigAreUsageErrors()
    {
        QTemporaryDir dir;
        const QString project = test::makeSampleProject(dir, u"other"_s);
        test::CliRun run = slipway({u"pipeline"_s, u"run"_s}, project);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"not trusted"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(project + u"/out/features.csv"_s));
        QVERIFY(test::writeFile(project, u"slipway.yaml"_s,
                                "pipeline:\n  steps:\n    a: {run: [true], needs: [b]}\n"));
        run = slipway({u"pipeline"_s, u"check"_s}, project);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"slipway.yaml:3:"_s) && run.err.contains(u"no step named 'b'"_s),
                 qPrintable(run.err));
        run = slipway({u"pipeline"_s, u"run"_s, u"--trust"_s}, project);
        QCOMPARE(run.exitCode, 2);
        run = slipway({u"pipeline"_s, u"run"_s, u"nope"_s, u"--trust"_s});
        QCOMPARE(run.exitCode, 2);
    }

    void checkAndGraph()
    {
        test::CliRun run = slipway({u"pipeline"_s, u"check"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("slipway.yaml: 6 step(s)"), run.out.constData());
        run = slipway({u"pipeline"_s, u"graph"_s});
        QVERIFY(run.out.startsWith("digraph pipeline {") && run.out.contains("\"features\" -> \"report\";"));
        // The DOT is Graphviz's own language: dot reads it.
        QTemporaryDir out;
        QVERIFY(test::writeFile(out.path(), u"g.dot"_s, run.out));
        QCOMPARE(QProcess::execute(u"dot"_s,
                                   {u"-Tsvg"_s, u"-o"_s, out.filePath(u"g.svg"_s), out.filePath(u"g.dot"_s)}),
                 0);
        run = slipway({u"pipeline"_s, u"graph"_s, u"--format"_s, u"mermaid"_s});
        QVERIFY(run.out.startsWith("flowchart LR"));
        run = slipway({u"pipeline"_s, u"graph"_s, u"--format"_s, u"json"_s});
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"steps"_s).toArray().size(), 6);
    }

    void gitlabExportRunsUnderGitlabCiLocal()
    {
        const QString runner = npmBin + u"gitlab-ci-local"_s;
        QVERIFY2(QFileInfo(runner).isExecutable(), "tools/dev setup installs gitlab-ci-local (tools/npm)");
        test::DavServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir dir;
        const QString project = test::makeSampleProject(dir, u"ci"_s);
        QVERIFY(test::writeFile(
            project, u"slipway.yaml"_s,
            (u"channels:\n  unstable: {url: \"%1unstable/\"}\n  testing: {url: \"%1testing/\"}\n"
             "promotion:\n  - {from: unstable, to: testing, requires: [installed-tests]}\n"
             "pipeline:\n  steps:\n    test: {uses: test}\n"
             "    features:\n      run: [python3, scripts/features.py, data/customers.csv, "
             "out/features.csv]\n"
             "      inputs: [scripts/features.py, \"data/*.csv\"]\n      outputs: [out/features.csv]\n"
             "    report:\n      run: [python3, scripts/report.py, out/features.csv, out/report.md]\n"
             "      outputs: [out/report.md]\n      needs: [features]\n"
             "    build: {uses: build, needs: [test]}\n"
             "    publish: {uses: publish, with: {channel: unstable}, needs: [build]}\n"
             "    to-testing: {uses: promote, with: {from: unstable, to: testing}, needs: [publish]}\n"_s)
                .arg(server.url())
                .toUtf8()));
        test::CliRun run = slipway(
            {u"pipeline"_s, u"export"_s, u"--to"_s, u"gitlab"_s, u"-o"_s, u".gitlab-ci.yml"_s}, project);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        test::git(project, {u"add"_s, u"."_s});
        test::git(project, {u"commit"_s, u"-qm"_s, u"The pipeline, exported for GitLab"_s});
        test::git(project, {u"tag"_s, u"v0.2.0rc1"_s});

        QProcessEnvironment env = m_env;
        for (const char* name : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
            env.insert(QString::fromLatin1(name), u"CI"_s);
        for (const char* name : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
            env.insert(QString::fromLatin1(name), u"ci@example.com"_s);
        // The channels' credentials come from the platform's variables, as the export's comments say.
        const QStringList arguments{u"--shell-executor-no-image"_s,
                                    u"--shell-isolation"_s,
                                    u"--manual"_s,
                                    u"to-testing"_s,
                                    u"--variable"_s,
                                    u"SLIPWAY="_s + test::slipwayBinary(),
                                    u"--variable"_s,
                                    u"SLIPWAY_UNSTABLE_USERNAME="_s + test::DavServer::user(),
                                    u"--variable"_s,
                                    u"SLIPWAY_UNSTABLE_PASSWORD="_s + test::DavServer::password(),
                                    u"--variable"_s,
                                    u"SLIPWAY_TESTING_USERNAME="_s + test::DavServer::user(),
                                    u"--variable"_s,
                                    u"SLIPWAY_TESTING_PASSWORD="_s + test::DavServer::password()};
        const Tool ci = runTool(runner, arguments, project, env);
        qInfo().noquote() << ci.output.right(3000);
        QVERIFY2(ci.exitCode == 0, qPrintable(ci.output.right(4000)));
        for (const QString& job :
             {u"test"_s, u"features"_s, u"report"_s, u"build"_s, u"publish"_s, u"to-testing"_s})
            QVERIFY2(ci.output.contains(u" PASS  "_s + job), qPrintable(job));
        // Each job ran its step; what it needed arrived as artifacts and was cached there.
        QVERIFY(ci.output.contains(u"= build  cached"_s));
        QVERIFY(ci.output.contains(u"✓ publish  succeeded"_s));
        QVERIFY(ci.output.contains(u"✓ to-testing  succeeded"_s));
        QVERIFY(QFile::exists(server.folder() + u"/testing/files/churn/churn-0.2.0rc1-py3-none-any.whl"_s));
        QVERIFY(QFile::exists(server.folder() + u"/testing/files/churn/churn-0.2.0rc1.tar.gz"_s));
        QVERIFY2(!ci.output.contains(test::DavServer::password()), "no secret in the CI log");
        // The promotion's job took the publish its need did (cached there), and did not publish again.
        QVERIFY(ci.output.contains(u"= publish  cached"_s));
    }

    void githubExportPassesTheValidator()
    {
        test::CliRun run = slipway({u"pipeline"_s, u"export"_s, u"--to"_s, u"github"_s, u"-o"_s,
                                    u".github/workflows/slipway.yml"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Tool validator =
            runTool(npmBin + u"action-validator"_s, {u".github/workflows/slipway.yml"_s}, m_project, m_env);
        QVERIFY2(validator.exitCode == 0, qPrintable(validator.output));
        QFile file(m_project + u"/.github/workflows/slipway.yml"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("needs: [features]"));
        QVERIFY(text.contains("run: $SLIPWAY pipeline run report --trust"));
        // The validator bites: a job needing a job that does not exist fails it.
        QVERIFY(test::writeFile(m_project, u".github/workflows/broken.yml"_s,
                                QByteArray(text).replace("needs: [features]", "needs: [featurez]")));
        QVERIFY(runTool(npmBin + u"action-validator"_s, {u".github/workflows/broken.yml"_s}, m_project, m_env)
                    .exitCode != 0);
    }

    void jenkinsfileHasTheStructure()
    {
        // No Jenkins can run here (no Java service, no plugins): the Jenkinsfile is checked for its
        // structure.
        test::CliRun run = slipway({u"pipeline"_s, u"export"_s, u"--to"_s, u"jenkins"_s});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(u"pipeline {"_s) && text.contains(u"agent any"_s) &&
                text.contains(u"stages {"_s));
        QCOMPARE(text.count(u'{'), text.count(u'}'));
        QCOMPARE(text.count(u'('), text.count(u')'));
        for (const QString& step :
             {u"strip-check"_s, u"lint"_s, u"test"_s, u"features"_s, u"report"_s, u"build"_s}) {
            QVERIFY2(text.contains(u"stage('"_s + step + u"')"_s), qPrintable(step));
            QVERIFY(text.contains(u"pipeline run "_s + step + u" --trust"_s));
        }
        // features before report (layers in order).
        QVERIFY(text.indexOf(u"stage('features')"_s) < text.indexOf(u"stage('report')"_s));
    }
};

QTEST_GUILESS_MAIN(TestPipelineCli)
#include "tst_pipeline_cli.moc"
