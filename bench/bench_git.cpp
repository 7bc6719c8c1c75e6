// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The status of a large work tree, side by side with git in one run: 50,000 tracked files in 500 folders,
// 2,000 of them modified. Slipway's status (libgit2, in process, as the Changes dock refreshes) against
// `git status --porcelain` (a process, as a user runs it). Also the StatusModel reset the GUI thread does
// with that result.
#include "models/StatusModel.h"
#include "services/git/Repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "bench/BenchSupport.h"
#include <benchmark/benchmark.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

const QString& bigTree()
{
    static QString root;
    if (!root.isEmpty())
        return root;
    root = slipway::bench::workPath(QStringLiteral("tree"));
    QDir().mkpath(root);
    slipway::bench::runTool(
        QStringLiteral("git"),
        {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}, root);
    QByteArray stream =
        "commit refs/heads/main\ncommitter Bench <b@b.invalid> 1700000000 +0000\ndata 5\nfirst\n";
    for (int i = 0; i < 50'000; ++i) {
        const QByteArray content =
            "value_" + QByteArray::number(i) + " = " + QByteArray::number(i * 7) + "\n";
        stream += "M 644 inline pkg" + QByteArray::number(i / 100) + "/mod" + QByteArray::number(i) +
                  ".py\ndata " + QByteArray::number(content.size()) + "\n" + content + "\n";
    }
    slipway::bench::runTool(QStringLiteral("git"), {QStringLiteral("fast-import"), QStringLiteral("--quiet")},
                            root, stream);
    slipway::bench::runTool(QStringLiteral("git"),
                            {QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard")}, root);
    slipway::bench::runTool(QStringLiteral("git"), {QStringLiteral("status"), QStringLiteral("--porcelain")},
                            root);         // refresh the index
    for (int i = 0; i < 50'000; i += 25) { // 2,000 modified
        QFile f(root + QStringLiteral("/pkg%1/mod%2.py").arg(i / 100).arg(i));
        if (f.open(QIODevice::Append))
            f.write("# changed\n");
    }
    return root;
}

void BM_GitStatusPorcelain(benchmark::State& state)
{
    const std::string root = bigTree().toStdString();
    for (auto _ : state)
        if (!slipway::bench::runQuietly({"git", "status", "--porcelain"}, root))
            state.SkipWithError("git status failed");
}

// As the Changes dock refreshes: the repository stays open between refreshes.
void BM_SlipwayStatus(benchmark::State& state)
{
    slipway::git::StatusSource source(bigTree());
    qsizetype count = 0;
    for (auto _ : state) {
        auto entries = source.read();
        if (!entries) {
            state.SkipWithError("status failed");
            return;
        }
        count = entries->size();
    }
    state.counters["changes"] = double(count);
}

// The first refresh after opening a project: the repository and its 50,000-entry index read anew.
void BM_SlipwayStatusFirstRead(benchmark::State& state)
{
    const QString root = bigTree();
    for (auto _ : state) {
        slipway::git::StatusSource source(root);
        if (!source.read())
            state.SkipWithError("status failed");
    }
}

void BM_StatusModelReset(benchmark::State& state)
{
    auto repo = slipway::git::Repository::open(bigTree());
    const auto entries = repo->status();
    slipway::StatusModel model;
    for (auto _ : state)
        model.setEntries(*entries);
    state.counters["rows"] = double(model.count(slipway::StatusModel::ChangesGroup));
}

BENCHMARK(BM_GitStatusPorcelain)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);
BENCHMARK(BM_SlipwayStatus)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);
BENCHMARK(BM_SlipwayStatusFirstRead)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);
BENCHMARK(BM_StatusModelReset)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);

} // namespace

int main(int argc, char** argv)
{
    return slipway::bench::runBenchmarks(argc, argv);
}
