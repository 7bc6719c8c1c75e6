// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/core/ProcessRun.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace slipway;

class TestProcessRun : public QObject
{
    Q_OBJECT

private:
    static ProcessResult runToEnd(ProcessRun& run, QStringList* out = nullptr, QStringList* err = nullptr)
    {
        connect(&run, &ProcessRun::lineReceived, &run, [out, err](ProcessStream stream, const QString& line) {
            QStringList* target = stream == ProcessStream::StandardOutput ? out : err;
            if (target)
                target->append(line);
        });
        QSignalSpy finished(&run, &ProcessRun::finished);
        run.start();
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<ProcessResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        qRegisterMetaType<ProcessResult>();
    }

    void streamsLinesOfBothChannels()
    {
        ProcessRun run({QStringLiteral("sh"),
                        {QStringLiteral("-c"),
                         QStringLiteral("printf 'one\\ntwo\\r\\n'; printf 'oops\\n' >&2; printf 'last'")}});
        QStringList out, err;
        const ProcessResult result = runToEnd(run, &out, &err);
        QVERIFY(result.succeeded());
        QCOMPARE(out, (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("last")}));
        QCOMPARE(err, QStringList{QStringLiteral("oops")});
        QCOMPARE(result.standardOutput, QByteArray("one\ntwo\r\nlast"));
        QVERIFY(result.program.endsWith(u"/sh"));
    }

    void decodesUtf8SplitAcrossReads()
    {
        // "Grüße 漢字" written byte by byte with pauses, so multi-byte characters arrive in pieces.
        ProcessRun run(
            {QStringLiteral("python3"),
             {QStringLiteral("-c"),
              QStringLiteral(
                  "import sys,time\nfor b in 'Grüße 漢字\\n'.encode():\n"
                  "    sys.stdout.buffer.write(bytes([b])); sys.stdout.flush(); time.sleep(0.002)")}});
        QStringList out;
        QVERIFY(runToEnd(run, &out).succeeded());
        QCOMPARE(out, QStringList{QStringLiteral("Grüße 漢字")});
    }

    void reportsExitCodeAndSummary()
    {
        ProcessRun run({QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("exit 3")}});
        const ProcessResult result = runToEnd(run);
        QVERIFY(result.started);
        QVERIFY(!result.succeeded());
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.summary(), QStringLiteral("sh exited with code 3"));
        QCOMPARE(run.future().result().exitCode, 3);
    }

    void missingProgramIsAClearError()
    {
        ProcessRun run({QStringLiteral("no-such-tool-slipway")});
        const ProcessResult result = runToEnd(run);
        QVERIFY(!result.started);
        QCOMPARE(result.summary(), QStringLiteral("no-such-tool-slipway was not found on PATH"));
    }

    void feedsStandardInputAndWorkingDirectory()
    {
        ProcessSpec spec{QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("pwd; cat")}};
        spec.workingDirectory = QDir::tempPath();
        spec.standardInput = "from stdin\n";
        ProcessRun run(spec);
        QStringList out;
        QVERIFY(runToEnd(run, &out).succeeded());
        QCOMPARE(out, (QStringList{QDir(QDir::tempPath()).canonicalPath(), QStringLiteral("from stdin")}));
    }

    void usesTheGivenEnvironmentOnly()
    {
        ProcessSpec spec{QStringLiteral("sh"),
                         {QStringLiteral("-c"), QStringLiteral("echo \"[$SLIPWAY_PROBE][$PIP_INDEX_URL]\"")}};
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("SLIPWAY_PROBE"), QStringLiteral("set"));
        spec.environment = env;
        ProcessRun run(spec);
        QStringList out;
        QVERIFY(runToEnd(run, &out).succeeded());
        QCOMPARE(out, QStringList{QStringLiteral("[set][]")});
    }

    void cancelingTheFutureStopsTheProcess()
    {
        ProcessRun run({QStringLiteral("sleep"), {QStringLiteral("30")}});
        QSignalSpy finished(&run, &ProcessRun::finished);
        run.start();
        QFuture<ProcessResult> future = run.future();
        QTimer::singleShot(100, &run, [&future] { future.cancel(); });
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<ProcessResult>();
        QVERIFY(result.canceled);
        QVERIFY(!result.succeeded());
        QCOMPARE(result.summary(), QStringLiteral("sleep was canceled"));
    }

    void cancelKillsAProcessThatIgnoresTerminate()
    {
        ProcessRun run({QStringLiteral("sh"),
                        {QStringLiteral("-c"), QStringLiteral("trap '' INT TERM; echo ready; sleep 30")}});
        QSignalSpy finished(&run, &ProcessRun::finished);
        QSignalSpy lines(&run, &ProcessRun::lineReceived);
        run.start();
        QVERIFY(lines.wait(10000));
        run.cancel();
        QVERIFY(
            finished.wait(20000)); // interrupt and terminate are ignored; the kill after the grace ends it
        QVERIFY(finished.first().first().value<ProcessResult>().canceled);
    }

    // Cancel interrupts first, as Ctrl+C does, so that a tool can clean up (pre-commit restores its stash):
    // the whole group gets SIGINT, and a tool that exits on it never sees SIGTERM.
    void cancelInterruptsTheGroupFirst()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("interrupted"));
        ProcessSpec spec(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("trap 'echo INT > \"$0\"; exit 130' INT; trap 'echo TERM > \"$0\"' TERM; "
                            "echo ready; while :; do sleep 0.1; done"),
             marker});
        spec.ownProcessGroup = true;
        ProcessRun run(spec);
        QSignalSpy finished(&run, &ProcessRun::finished);
        QSignalSpy lines(&run, &ProcessRun::lineReceived);
        run.start();
        QVERIFY(lines.wait(10000));
        run.cancel();
        QVERIFY(finished.wait(10000));
        QFile file(marker);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("INT\n"));
    }

    // A tool that writes without end: the result keeps the tail (what explains a failure), bounded; lines
    // without a newline are cut into bounded pieces.
    void keepsABoundedTail()
    {
        ProcessSpec spec(QStringLiteral("sh"),
                         {QStringLiteral("-c"),
                          QStringLiteral("head -c 3000000 /dev/zero | tr '\\0' x; echo; echo THE-END")});
        spec.keepBytes = 100000;
        ProcessRun run(spec);
        qsizetype longest = 0;
        connect(&run, &ProcessRun::lineReceived, this,
                [&](ProcessStream, const QString& line) { longest = std::max(longest, line.size()); });
        const ProcessResult result = runToEnd(run);
        QVERIFY(result.succeeded());
        QVERIFY2(result.standardOutput.size() <= 100000,
                 QByteArray::number(result.standardOutput.size()).constData());
        QVERIFY(result.standardOutput.endsWith("THE-END\n"));
        QCOMPARE(result.droppedBytes + result.standardOutput.size(), 3000000 + 1 + 8);
        QVERIFY(longest <= qsizetype(1024) * 1024);
    }
};

QTEST_GUILESS_MAIN(TestProcessRun)
#include "tst_processrun.moc"
