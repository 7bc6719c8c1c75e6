// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline engine with real processes in real git repositories: slipway.yaml's errors at their
// positions, the order and the parallelism, the cache and every invalidation (input, command, environment,
// upstream output, early cutoff), a failure skipping what needs it, cancel mid-step, an untrusted project
// refused, `when:`, the run history.

#include "services/pipeline/Export.h"
#include "services/pipeline/ForeignPipelines.h"
#include "services/pipeline/PipelineGraph.h"
#include "services/pipeline/PipelineJob.h"
#include "services/pipeline/StepCache.h"
#include "services/release/Board.h"
#include "services/release/ChannelConfig.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace slipway;
using namespace slipway::pipeline;
using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    Result<PipelineRun> run = std::unexpected(Error{});
    QStringList log;
    StepState state(const QString& name) const
    {
        for (const StepStatus& s : run->steps)
            if (s.name == name)
                return s.state;
        return StepState::Idle;
    }
    QString reason(const QString& name) const
    {
        for (const StepStatus& s : run->steps)
            if (s.name == name)
                return s.reason;
        return {};
    }
};

Outcome runPipeline(const PipelineRequest& request)
{
    PipelineJob job(request);
    Outcome outcome;
    QObject::connect(&job, &Job::logLine, &job, [&outcome](const QString& line) { outcome.log << line; });
    runToCompletion(job);
    outcome.run =
        job.result().value_or(Result<PipelineRun>(std::unexpected(Error{u"run"_s, {}, u"canceled"_s})));
    return outcome;
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    // A git repository holding `yaml` as slipway.yaml (and `files`).
    QString project(const QByteArray& yaml, const QMap<QString, QByteArray>& files = {})
    {
        const QString root = m_dir.filePath(u"p%1"_s.arg(++m_count));
        test::writeFile(root, u"slipway.yaml"_s, yaml);
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            test::writeFile(root, it.key(), it.value());
        test::git(root, {u"init"_s, u"-q"_s});
        test::git(root, {u"add"_s, u"."_s});
        test::git(root, {u"commit"_s, u"-qm"_s, u"start"_s});
        return QDir(root).canonicalPath();
    }

    PipelineRequest request(const QString& root, QStringList steps = {})
    {
        PipelineRequest r;
        r.projectRoot = root;
        r.steps = std::move(steps);
        r.trusted = true;
        return r;
    }

    Error configError(const QByteArray& yaml)
    {
        auto parsed = parsePipeline(yaml, u"slipway.yaml"_s);
        if (parsed)
            return Error{};
        return parsed.error();
    }

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void configErrorsHavePositions_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown key") << QByteArray("pipeline:\n  steps:\n    a: {run: [true], nedds: [b]}\n")
                                     << 3 << u"unknown key 'nedds'"_s;
        QTest::newRow("missing need")
            << QByteArray("pipeline:\n  steps:\n    a:\n      run: [true]\n      needs: [b]\n") << 5
            << u"no step named 'b'"_s;
        QTest::newRow("cycle") << QByteArray(
                                      "pipeline:\n  steps:\n    a: {run: [true], needs: [c]}\n"
                                      "    b: {run: [true], needs: [a]}\n    c: {run: [true], needs: [b]}\n")
                               << 4 << u"a cycle: "_s;
        QTest::newRow("bad glob") << QByteArray("pipeline:\n  steps:\n    a:\n      run: [true]\n"
                                                "      inputs: [\"data/[abc.csv\"]\n")
                                  << 5 << u"'[' without a closing ']'"_s;
        QTest::newRow("glob out") << QByteArray("pipeline:\n  steps:\n    a: {run: [true], inputs: [../x]}\n")
                                  << 3 << u"no '..'"_s;
        QTest::newRow("output glob")
            << QByteArray("pipeline:\n  steps:\n    a: {run: [true], outputs: [\"out/*\"]}\n") << 3
            << u"not globs"_s;
        QTest::newRow("unknown uses")
            << QByteArray("pipeline:\n  steps:\n    a: {uses: deploy}\n") << 3 << u"unknown step 'deploy'"_s;
        QTest::newRow("no channel")
            << QByteArray("pipeline:\n  steps:\n    p: {uses: publish, with: {channel: x}}\n") << 3
            << u"no channel named 'x'"_s;
        QTest::newRow("run and uses") << QByteArray("pipeline:\n  steps:\n    a: {uses: lint, run: [true]}\n")
                                      << 3 << u"either 'uses' or 'run'"_s;
        QTest::newRow("when") << QByteArray("pipeline:\n  steps:\n    a: {run: [true], when: tuesday}\n") << 3
                              << u"'tuesday'"_s;
        QTest::newRow("when glob") << QByteArray(
                                          "pipeline:\n  steps:\n    a: {run: [true], when: \"branch:[ab\"}\n")
                                   << 3 << u"without a closing"_s;
        QTest::newRow("timeout") << QByteArray("pipeline:\n  steps:\n    a: {run: [true], timeout: soon}\n")
                                 << 3 << u"timeout"_s;
        QTest::newRow("syntax") << QByteArray("pipeline:\n  steps:\n    a: {run: [true]\n") << 4 << QString();
    }

    void configErrorsHavePositions()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, says);
        const Error e = configError(yaml);
        QCOMPARE(e.code, u"bad-config"_s);
        QCOMPARE(e.line, line);
        QVERIFY(e.column > 0);
        QVERIFY2(e.message.contains(says), qPrintable(e.toString()));
    }

    void defaultPipelineFollowsTheChannels()
    {
        auto plain = parsePipeline("", u"slipway.yaml"_s);
        QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().toString()));
        QVERIFY(plain->isDefault);
        QCOMPARE(plain->steps.size(), 4);
        auto release =
            parsePipeline("channels:\n  unstable: {url: \"file:///tmp/u/\"}\n  stable: {url: "
                          "\"file:///tmp/s/\"}\npromotion:\n  - {from: unstable, to: stable, requires: "
                          "[final-version]}\n",
                          u"slipway.yaml"_s);
        QVERIFY(release);
        QStringList names;
        for (const StepDef& s : std::as_const(release->steps))
            names << s.name;
        QCOMPARE(names, (QStringList{u"strip-check"_s, u"lint"_s, u"test"_s, u"build"_s, u"publish"_s,
                                     u"installed-tests"_s, u"to-stable"_s}));
        QCOMPARE(release->steps.last().when, u"final-version"_s);
    }

    void globs()
    {
        QVERIFY(globMatches(u"data/*.csv"_s, u"data/raw.csv"_s));
        QVERIFY(!globMatches(u"data/*.csv"_s, u"data/old/raw.csv"_s));
        QVERIFY(globMatches(u"data/**/*.csv"_s, u"data/old/raw.csv"_s));
        QVERIFY(globMatches(u"data/**/*.csv"_s, u"data/raw.csv"_s));
        QVERIFY(globMatches(u"src"_s, u"src/churn/a.py"_s)); // a folder: all in it
        QVERIFY(globMatches(u"file[12].txt"_s, u"file2.txt"_s));
        QVERIFY(!globMatches(u"file[!12].txt"_s, u"file2.txt"_s));
        // An unclosed class (never accepted in slipway.yaml) is a plain character, not a hang.
        QVERIFY(globMatches(u"[ab*"_s, u"[abc"_s));
    }

    void orderParallelismAndCache()
    {
        // a and b are independent and take 1 s each; c needs both. With two at once, a and b overlap.
        const QString root =
            project("pipeline:\n  steps:\n"
                    "    a: {run: [bash, -c, \"sleep 1; date +%s%N > a.txt\"], outputs: [a.txt]}\n"
                    "    b: {run: [bash, -c, \"sleep 1; date +%s%N > b.txt\"], outputs: [b.txt]}\n"
                    "    c:\n      run: [bash, -c, \"cat a.txt b.txt > c.txt\"]\n"
                    "      needs: [a, b]\n      outputs: [c.txt]\n");
        PipelineRequest r = request(root);
        r.parallel = 2;
        const Outcome first = runPipeline(r);
        QVERIFY2(first.run, qPrintable(first.run ? QString() : first.run.error().toString()));
        QVERIFY(first.run->ok());
        for (const QString& step : {u"a"_s, u"b"_s, u"c"_s}) {
            QCOMPARE(first.state(step), StepState::Succeeded);
            QCOMPARE(first.reason(step), u"never ran"_s);
        }
        // a and b ran at once: each finished within half a second of the other.
        QFile a(root + u"/a.txt"_s);
        QFile b(root + u"/b.txt"_s);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const qint64 gap = std::abs(a.readAll().trimmed().toLongLong() - b.readAll().trimmed().toLongLong());
        QVERIFY2(gap < 500'000'000, qPrintable(QString::number(gap)));
        // c ran after both.
        QVERIFY(QFileInfo(root + u"/c.txt"_s).size() > 0);

        const Outcome second = runPipeline(r);
        for (const QString& step : {u"a"_s, u"b"_s, u"c"_s})
            QCOMPARE(second.state(step), StepState::Cached);
        QVERIFY2(second.reason(u"c"_s).startsWith(u"unchanged since"_s), qPrintable(second.reason(u"c"_s)));
        // The state lives in .slipway/, which git ignores.
        QVERIFY(QFile::exists(root + u"/.slipway/pipeline/steps/c.json"_s));
        QCOMPARE(test::git(root, {u"status"_s, u"--porcelain"_s, u"--"_s, u".slipway"_s}).trimmed(),
                 QString());
        QCOMPARE(runHistory(root).size(), 2);
        QVERIFY(lastRun(root)->ok());
    }

    void invalidations()
    {
        const QString root = project("pipeline:\n  steps:\n"
                                     "    features:\n"
                                     "      run: [bash, -c, \"cut -d, -f1 data/raw.csv > out.csv\"]\n"
                                     "      inputs: [\"data/*.csv\"]\n      outputs: [out.csv]\n"
                                     "    model:\n      run: [bash, -c, \"wc -l < out.csv > model.txt\"]\n"
                                     "      needs: [features]\n      outputs: [model.txt]\n"
                                     "    other:\n      run: [bash, -c, \"echo $GREETING > other.txt\"]\n"
                                     "      env: {GREETING: hello}\n      outputs: [other.txt]\n",
                                     {{u"data/raw.csv"_s, "a,1\nb,2\n"}, {u"notes.txt"_s, "x\n"}});
        QVERIFY(runPipeline(request(root)).run->ok());
        QCOMPARE(runPipeline(request(root)).state(u"model"_s), StepState::Cached);

        // An input changes: its step runs and says why; what needs it runs because its outputs changed.
        test::writeFile(root, u"data/raw.csv"_s, "a,1\nb,2\nc,3\n");
        Outcome o = runPipeline(request(root));
        QCOMPARE(o.state(u"features"_s), StepState::Succeeded);
        QCOMPARE(o.reason(u"features"_s), u"data/raw.csv changed"_s);
        QCOMPARE(o.state(u"model"_s), StepState::Succeeded);
        QCOMPARE(o.reason(u"model"_s), u"needs: features changed its outputs"_s);
        QCOMPARE(o.state(u"other"_s), StepState::Cached);

        // Early cutoff: a change that leaves features' output the same leaves model cached.
        test::writeFile(root, u"data/raw.csv"_s, "a,9\nb,9\nc,9\n");
        o = runPipeline(request(root));
        QCOMPARE(o.state(u"features"_s), StepState::Succeeded);
        QCOMPARE(o.state(u"model"_s), StepState::Cached);

        // A new matching input, a file no step reads.
        test::writeFile(root, u"data/more.csv"_s, "d,4\n");
        test::writeFile(root, u"notes.txt"_s, "y\n");
        o = runPipeline(request(root));
        QCOMPARE(o.reason(u"features"_s), u"data/more.csv is new"_s);
        QCOMPARE(o.state(u"other"_s), StepState::Cached);

        // The command (its env: is part of it).
        QFile yaml(root + u"/slipway.yaml"_s);
        QVERIFY(yaml.open(QIODevice::ReadOnly));
        QByteArray text = yaml.readAll();
        yaml.close();
        test::writeFile(root, u"slipway.yaml"_s, QByteArray(text).replace("GREETING: hello", "GREETING: hi"));
        o = runPipeline(request(root));
        QCOMPARE(o.reason(u"other"_s), u"command changed"_s);
        QCOMPARE(o.state(u"features"_s), StepState::Cached);

        // The environment's allow-list.
        qputenv("PYTHONHASHSEED", "7");
        o = runPipeline(request(root));
        qunsetenv("PYTHONHASHSEED");
        QCOMPARE(o.reason(u"other"_s), u"environment changed: PYTHONHASHSEED"_s);
        QCOMPARE(runPipeline(request(root)).reason(u"other"_s), u"environment changed: PYTHONHASHSEED"_s);

        // An output removed or edited by hand.
        QFile::remove(root + u"/model.txt"_s);
        o = runPipeline(request(root));
        QCOMPARE(o.reason(u"model"_s), u"model.txt is missing"_s);
        test::writeFile(root, u"other.txt"_s, "edited\n");
        o = runPipeline(request(root));
        QCOMPARE(o.reason(u"other"_s), u"other.txt was changed since the step wrote it"_s);

        // Forced.
        PipelineRequest forced = request(root, {u"other"_s});
        forced.force = true;
        o = runPipeline(forced);
        QCOMPARE(o.run->steps.size(), 1);
        QCOMPARE(o.reason(u"other"_s), u"forced"_s);

        // A dry run changes nothing and says what would run.
        test::writeFile(root, u"data/raw.csv"_s, "z,0\n");
        PipelineRequest dry = request(root);
        dry.dryRun = true;
        o = runPipeline(dry);
        QCOMPARE(o.state(u"features"_s), StepState::WouldRun);
        QCOMPARE(o.state(u"other"_s), StepState::Cached);
        // What needs it would run after it (its outputs cannot be known before).
        QCOMPARE(o.state(u"model"_s), StepState::WouldRun);
        QCOMPARE(o.reason(u"model"_s),
                 u"needs: features runs first (cached if its outputs come out the same)"_s);
        QCOMPARE(runPipeline(dry).state(u"features"_s), StepState::WouldRun); // still: nothing ran
    }

    void failureSkipsWhatNeedsIt()
    {
        const QString root = project("pipeline:\n  steps:\n"
                                     "    broken: {run: [bash, -c, \"echo oops >&2; exit 3\"]}\n"
                                     "    after: {run: [\"true\"], needs: [broken]}\n"
                                     "    later: {run: [\"true\"], needs: [after]}\n"
                                     "    fine: {run: [\"true\"]}\n"
                                     "    writes-nothing: {run: [\"true\"], outputs: [missing.txt]}\n");
        const Outcome o = runPipeline(request(root));
        QVERIFY(o.run);
        QVERIFY(!o.run->ok());
        QCOMPARE(o.state(u"broken"_s), StepState::Failed);
        QCOMPARE(o.state(u"after"_s), StepState::Skipped);
        QCOMPARE(o.reason(u"after"_s), u"needs: broken failed"_s);
        QCOMPARE(o.reason(u"later"_s), u"needs: after skipped"_s);
        QCOMPARE(o.state(u"fine"_s), StepState::Succeeded);
        QCOMPARE(o.state(u"writes-nothing"_s), StepState::Failed);
        QVERIFY(o.log.contains(u"[broken] oops"_s));
        QCOMPARE(runPipeline(request(root)).reason(u"broken"_s), u"failed last time"_s);
        QFile log(root + u"/.slipway/pipeline/logs/broken.log"_s);
        QTRY_VERIFY(log.exists());
    }

    void cancelStopsTheRunningStep()
    {
        const QString root = project("pipeline:\n  steps:\n"
                                     "    slow: {run: [bash, -c, \"sleep 30\"]}\n"
                                     "    after: {run: [\"true\"], needs: [slow]}\n");
        PipelineJob job(request(root));
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy changed(&job, &PipelineJob::stepChanged);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(!job.statuses().isEmpty() && job.statuses()[0].state == StepState::Running,
                                 20000);
        QElapsedTimer clock;
        clock.start();
        job.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QVERIFY2(clock.elapsed() < 15000, "SIGINT reached the step's process");
        QCOMPARE(job.state(), Job::State::Canceled);
        QCOMPARE(job.statuses()[0].state, StepState::Cancelled);
        QCOMPARE(job.statuses()[1].state, StepState::Skipped);
    }

    void timeoutFailsTheStep()
    {
        const QString root =
            project("pipeline:\n  steps:\n    slow: {run: [bash, -c, \"sleep 30\"], timeout: 1s}\n");
        const Outcome o = runPipeline(request(root));
        QCOMPARE(o.state(u"slow"_s), StepState::Failed);
        QVERIFY2(o.run->steps.first().summary.contains(u"timed out"_s),
                 qPrintable(o.run->steps.first().summary));
    }

    void untrustedRunsNothing()
    {
        const QString root = project("pipeline:\n  steps:\n    touch: {run: [touch, ran.txt]}\n");
        PipelineRequest r = request(root);
        r.trusted = false;
        const Outcome o = runPipeline(r);
        QVERIFY(!o.run);
        QCOMPARE(o.run.error().code, u"untrusted"_s);
        QVERIFY(!QFile::exists(root + u"/ran.txt"_s));
        r.dryRun = true; // runs nothing: allowed
        QCOMPARE(runPipeline(r).state(u"touch"_s), StepState::WouldRun);
        QVERIFY(!QFile::exists(root + u"/ran.txt"_s));
    }

    void hostileStateIsNotReadNorFollowed()
    {
        // A project from elsewhere may commit its own .slipway/: links to /dev/zero (read forever), a FIFO
        // (blocks the reader), a link out of the project (writes follow it). A run must finish, read none
        // of them, and write nothing outside.
        const QString root = project("channels:\n  u: {url: \"file:///tmp/nowhere/\"}\n"
                                     "pipeline:\n  steps:\n    a: {run: [touch, a.txt], outputs: [a.txt]}\n");
        QTemporaryDir outside;
        QVERIFY(QDir().mkpath(root + u"/.slipway/pipeline/steps"_s));
        QVERIFY(QFile::link(u"/dev/zero"_s, root + u"/.slipway/pipeline/steps/a.json"_s));
        QVERIFY(QFile::link(u"/dev/zero"_s, root + u"/.slipway/pipeline/runs.jsonl"_s));
        QVERIFY(QFile::link(u"/dev/zero"_s, root + u"/.slipway/channels.json"_s));
        QCOMPARE(::mkfifo(QFile::encodeName(root + u"/.slipway/pipeline/files.json"_s).constData(), 0600), 0);
        QVERIFY(QFile::link(outside.path(), root + u"/.slipway/pipeline/logs"_s));
        QVERIFY(!loadRecord(root, u"a"_s));
        QVERIFY(runHistory(root).isEmpty());
        QVERIFY(!release::loadBoardCache(root));
        const Outcome o = runPipeline(request(root));
        QVERIFY(o.run);
        QCOMPARE(o.reason(u"a"_s), u"never ran"_s); // the record behind the link was not read
        QTest::qWait(200);                          // the log is written on the pool
        QVERIFY(QDir(outside.path()).isEmpty());
    }

    void whenConditions()
    {
        const QString root =
            project("pipeline:\n  steps:\n"
                    "    final: {run: [\"true\"], when: final-version}\n"
                    "    pre: {run: [\"true\"], when: pre-release}\n"
                    "    tagged: {run: [\"true\"], when: \"tag:v*\"}\n"
                    "    main: {run: [\"true\"], when: \"branch:ma*\"}\n",
                    {{u"pyproject.toml"_s, "[project]\nname = \"w\"\ndynamic = [\"version\"]\n"
                                           "[tool.setuptools_scm]\n"}});
        test::git(root, {u"branch"_s, u"-M"_s, u"main"_s});
        test::git(root, {u"tag"_s, u"v1.0.0rc1"_s});
        Outcome o = runPipeline(request(root));
        QCOMPARE(o.state(u"final"_s), StepState::Skipped);
        QVERIFY2(o.reason(u"final"_s).contains(u"1.0.0rc1 is not final"_s), qPrintable(o.reason(u"final"_s)));
        QCOMPARE(o.state(u"pre"_s), StepState::Succeeded);
        QCOMPARE(o.state(u"tagged"_s), StepState::Succeeded);
        QCOMPARE(o.state(u"main"_s), StepState::Succeeded);
        QVERIFY(o.run->ok()); // skipped by `when` is not a failure
        test::git(root, {u"tag"_s, u"v1.0.0"_s});
        o = runPipeline(request(root));
        QCOMPARE(o.state(u"final"_s), StepState::Succeeded);
        QCOMPARE(o.state(u"pre"_s), StepState::Skipped);
    }

    void selections()
    {
        const QString root = project("pipeline:\n  steps:\n"
                                     "    a: {run: [touch, a.txt], outputs: [a.txt]}\n"
                                     "    b: {run: [touch, b.txt], needs: [a], outputs: [b.txt]}\n"
                                     "    c: {run: [touch, c.txt], needs: [b], outputs: [c.txt]}\n");
        Outcome o = runPipeline(request(root, {u"b"_s}));
        QCOMPARE(o.run->steps.size(), 2); // up to b: a and b
        QVERIFY(!QFile::exists(root + u"/c.txt"_s));
        PipelineRequest only = request(root, {u"c"_s});
        only.selection = Selection::Only;
        o = runPipeline(only);
        QCOMPARE(o.run->steps.size(), 1);
        QCOMPARE(o.state(u"c"_s), StepState::Succeeded);
        PipelineRequest from = request(root, {u"b"_s});
        from.selection = Selection::From;
        from.force = true;
        o = runPipeline(from);
        QCOMPARE(o.run->steps.size(), 2); // b and c
        const Outcome unknown = runPipeline(request(root, {u"nope"_s}));
        QVERIFY(!unknown.run);
        QCOMPARE(unknown.run.error().code, u"bad-config"_s);
    }

    void graphFormats()
    {
        auto p = parsePipeline(
            "pipeline:\n  steps:\n    a: {run: [\"true\"]}\n    \"b\": {run: [\"true\"], needs: [a]}\n",
            u"slipway.yaml"_s);
        QVERIFY(p);
        const PipelineGraph graph(*p);
        QVERIFY(graph.toDot().contains("\"a\" -> \"b\";"));
        QVERIFY(graph.toMermaid().contains("s0 --> s1"));
        QCOMPARE(graph.toJson().value(u"steps"_s).toArray().size(), 2);
        QCOMPARE(graph.layer(1), 1);
    }

    void foreignPipelinesAreDrawnReadOnly()
    {
        const ForeignPipeline gh =
            readGitHubWorkflow("on: push\njobs:\n  lint: {runs-on: x, steps: [{run: flake8}]}\n"
                               "  test: {runs-on: x, needs: lint}\n"
                               "  deploy: {runs-on: x, needs: [lint, test, ghost]}\n",
                               u".github/workflows/ci.yml"_s);
        QCOMPARE(gh.title, u"GitHub: ci.yml"_s);
        QVERIFY2(gh.problem.isEmpty(), qPrintable(gh.problem));
        QCOMPARE(gh.pipeline.steps.size(), 3);
        QCOMPARE(gh.pipeline.step(u"deploy"_s)->needs, (QStringList{u"lint"_s, u"test"_s})); // ghost dropped
        // GitLab: needs where given, else every job of the stage before.
        const ForeignPipeline gl =
            readGitLabCi("stages: [build, test, deploy]\nvariables: {A: b}\n.hidden: {script: [x]}\n"
                         "compile: {stage: build, script: [make]}\n"
                         "unit: {stage: test, script: [make test]}\n"
                         "docs: {stage: test, needs: [], script: [make docs]}\n"
                         "ship: {stage: deploy, script: [make ship]}\n",
                         u".gitlab-ci.yml"_s);
        QCOMPARE(gl.pipeline.steps.size(), 4);
        QCOMPARE(gl.pipeline.step(u"unit"_s)->needs, QStringList{u"compile"_s});
        QVERIFY(gl.pipeline.step(u"docs"_s)->needs.isEmpty());
        QCOMPARE(gl.pipeline.step(u"ship"_s)->needs, (QStringList{u"docs"_s, u"unit"_s}));
        // A cycle in a file Slipway only draws is cut, not refused.
        const ForeignPipeline cyclic =
            readGitHubWorkflow("jobs:\n  a: {needs: b}\n  b: {needs: a}\n", u"c.yml"_s);
        QCOMPARE(PipelineGraph(cyclic.pipeline).order().size(), 2);
        QVERIFY(!readGitLabCi("a: [", u".gitlab-ci.yml"_s).problem.isEmpty());

        // dvc: edges from outs to deps, staleness from dvc.lock's md5s.
        const QString root = m_dir.filePath(u"dvc"_s);
        test::writeFile(root, u"data/raw.csv"_s, "a\n");
        test::writeFile(root, u"prepared.csv"_s, "b\n");
        const QByteArray dvc = "stages:\n  prepare:\n    cmd: python prepare.py\n    deps: [data/raw.csv]\n"
                               "    outs: [prepared.csv]\n  train:\n    cmd: python train.py\n"
                               "    deps: [prepared.csv]\n    outs: [{model.pkl: {cache: false}}]\n";
        const QByteArray lock =
            "schema: '2.0'\nstages:\n  prepare:\n    cmd: python prepare.py\n    deps:\n"
            "    - path: data/raw.csv\n      md5: 60b725f10c9c85c70d97880dfe8191b3\n"
            "    outs:\n    - path: prepared.csv\n      md5: 3b5d5c3712955042212316173ccf37be\n";
        ForeignPipeline d = readDvc(dvc, lock, root);
        QCOMPARE(d.pipeline.step(u"train"_s)->needs, QStringList{u"prepare"_s});
        QCOMPARE(d.statuses[0].state, StepState::Cached);
        QCOMPARE(d.statuses[1].state, StepState::WouldRun);
        QCOMPARE(d.statuses[1].reason, u"not in dvc.lock: never ran"_s);
        test::writeFile(root, u"data/raw.csv"_s, "changed\n");
        d = readDvc(dvc, lock, root);
        QCOMPARE(d.statuses[0].reason, u"data/raw.csv changed"_s);
        // All of them, from the project folder.
        test::writeFile(root, u"dvc.yaml"_s, dvc);
        test::writeFile(root, u".github/workflows/ci.yml"_s, "jobs: {a: {runs-on: x}}\n");
        QCOMPARE(foreignPipelines(root).size(), 2);
    }

    void exportsKeepNeedsArtifactsAndApproval()
    {
        auto p = parsePipeline(
            "channels:\n  unstable: {url: \"https://pkgs.example.com/u/\"}\n"
            "  stable: {url: \"https://pkgs.example.com/s/\"}\n"
            "pipeline:\n  steps:\n"
            "    features: {run: [python3, f.py], outputs: [out/features.csv]}\n"
            "    build: {uses: build, needs: [features]}\n"
            "    publish: {uses: publish, with: {channel: unstable}, needs: [build]}\n"
            "    to-stable: {uses: promote, with: {from: unstable, to: stable}, needs: [publish]}\n",
            u"slipway.yaml"_s);
        QVERIFY(p);
        auto channels =
            release::parseReleaseConfig("channels:\n  unstable: {url: \"https://pkgs.example.com/u/\"}\n"
                                        "  stable: {url: \"https://pkgs.example.com/s/\"}\n",
                                        u"slipway.yaml"_s);
        const QString gitlab = QString::fromUtf8(exportPipeline(*p, *channels, ExportTarget::GitLab));
        QVERIFY2(gitlab.contains(u"- $SLIPWAY pipeline run publish --trust"_s), qPrintable(gitlab));
        QVERIFY(gitlab.contains(u"needs: [build]"_s));
        QVERIFY(gitlab.contains(u"when: manual"_s));
        QVERIFY(gitlab.contains(u"out/features.csv"_s));
        QVERIFY(gitlab.contains(u"SLIPWAY_STABLE_PASSWORD"_s));
        const QString github = QString::fromUtf8(exportPipeline(*p, *channels, ExportTarget::GitHub));
        QVERIFY(github.contains(u"environment: stable"_s));
        QVERIFY(github.contains(u"${{ secrets.SLIPWAY_UNSTABLE_PASSWORD }}"_s));
        const QString jenkins = QString::fromUtf8(exportPipeline(*p, *channels, ExportTarget::Jenkins));
        QVERIFY(jenkins.contains(u"input { message 'Promote to stable?' }"_s));
        QCOMPARE(jenkins.count(u'{'), jenkins.count(u'}'));
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
