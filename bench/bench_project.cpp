// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a project: the file walk with git's ignore rules, and the whole load, on a generated repository
// of 20,000 files (plus an ignored .venv of 5,000 files that must not be entered).
#include "services/git/Repository.h"
#include "services/project/Project.h"
#include "services/project/ProjectScan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "bench/BenchSupport.h"
#include <benchmark/benchmark.h>

using namespace slipway;

namespace {

const QString& projectRoot()
{
    static QTemporaryDir dir;
    static const QString root = [] {
        const QString path = dir.filePath(QStringLiteral("big"));
        const auto write = [&](const QString& relative) {
            const QString file = path + u'/' + relative;
            QDir().mkpath(QFileInfo(file).absolutePath());
            QFile out(file);
            (void)out.open(QIODevice::WriteOnly);
            out.write("x = 1\n");
        };
        for (int d = 0; d < 200; ++d)
            for (int f = 0; f < 100; ++f)
                write(QStringLiteral("pkg/mod%1/file%2.py").arg(d).arg(f));
        for (int f = 0; f < 5000; ++f)
            write(QStringLiteral(".venv/lib/site-packages/dep%1.py").arg(f));
        QFile ignore(path + u"/.gitignore");
        (void)ignore.open(QIODevice::WriteOnly);
        ignore.write(".venv/\n*.pyc\n");
        (void)git::Repository::init(path);
        return path;
    }();
    return root;
}

void BM_ScanProjectFiles(benchmark::State& state)
{
    const QString root = projectRoot();
    const auto repository = git::Repository::open(root);
    for (auto _ : state) {
        FileScan scan = scanProjectFiles(root, &*repository, 1'000'000);
        if (scan.files.size() != 20001)
            state.SkipWithError("unexpected file count");
        benchmark::DoNotOptimize(scan);
    }
    state.counters["files"] = 20001;
}
BENCHMARK(BM_ScanProjectFiles)->Unit(benchmark::kMillisecond);

void BM_LoadProject(benchmark::State& state)
{
    const QString root = projectRoot();
    for (auto _ : state) {
        auto project = loadProject(root);
        benchmark::DoNotOptimize(project);
    }
}
BENCHMARK(BM_LoadProject)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    return slipway::bench::runBenchmarks(argc, argv);
}
