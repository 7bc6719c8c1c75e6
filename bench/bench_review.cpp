// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Review work, each as the user runs it, side by side with the peer in one run:
//  - ipynb → percent script: the 60 MB generated notebook, a 52 KB real notebook, and the whole corpus
//    (every jupytext-tests input and real-world notebook), `slipway convert` against `jupytext --to
//    py:percent`, plus Slipway in process;
//  - a notebook-aware diff of two versions of the 60 MB notebook (20 cells edited, outputs changed):
//    `slipway diff` against `git diff` with jupytext as the textconv;
//  - the first screen (100 commits) of the log of a 50,000-commit repository: in process and as the
//    History tab's model receives it, against `git log -n 100`.
// The GUI event loop's longest stall during the heavy ones is in bench_stall.
#include "services/git/History.h"
#include "services/notebook/Convert.h"
#include "services/notebook/Notebook.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include "bench/BenchSupport.h"
#include "bench/NotebookFixtures.h"
#include <benchmark/benchmark.h>
#include <string>
#include <vector>

namespace {

using slipway::bench::runQuietly;
using slipway::bench::runTool;
using slipway::bench::workPath;

const QString smallNotebook = QStringLiteral(
    SLIPWAY_SHARED_DIR
    "/corpus/real-world/jupyter__notebook__docs--source--examples--Notebook--Running_Code.ipynb");

std::string write(const QString& name, const QByteArray& bytes)
{
    const QString path = workPath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path.toStdString();
}

const std::string& largeNotebook()
{
    static const std::string path =
        write(QStringLiteral("large.ipynb"), slipway::bench::generatedNotebook(60));
    return path;
}

std::vector<std::string> corpus()
{
    std::vector<std::string> files;
    for (const char* folder : {"/corpus/jupytext-tests/inputs/ipynb_py", "/corpus/real-world"}) {
        QDirIterator it(QStringLiteral(SLIPWAY_SHARED_DIR) + QLatin1StringView(folder),
                        {QStringLiteral("*.ipynb")}, QDir::Files);
        while (it.hasNext()) {
            // jupytext's command line refuses nbformat 3 (Slipway upgrades them as nbformat does): both tools
            // get the same 54 notebooks.
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains("\"nbformat\": 3"))
                continue;
            files.push_back(path.toStdString());
        }
    }
    return files;
}

const std::string& diffRepo()
{
    static const std::string path =
        slipway::bench::largeNotebookRepository(QStringLiteral("diff-repo"), true).toStdString();
    return path;
}

const std::string& historyRepo()
{
    static std::string path;
    if (!path.empty())
        return path;
    const QString repo = workPath(QStringLiteral("history-50k"));
    runTool(QStringLiteral("python3"),
            {QStringLiteral(SLIPWAY_SOURCE_DIR "/tests/support/make-history-repo.py"), repo,
             QStringLiteral("50000")},
            workPath());
    path = repo.toStdString();
    return path;
}

void timed(benchmark::State& state, const std::vector<std::string>& argv, const std::string& dir)
{
    for (auto _ : state)
        if (!runQuietly(argv, dir)) {
            state.SkipWithError("the command failed");
            return;
        }
}

// As `slipway convert` reads a notebook: mapped, outputs skipped over.
void convertInProcess(benchmark::State& state, const QString& path)
{
    for (auto _ : state) {
        auto mapped = slipway::notebook::MappedFile::open(path);
        if (!mapped) {
            state.SkipWithError("map failed");
            return;
        }
        auto notebook = slipway::notebook::parseNotebookInPlace((*mapped)->bytes(), path, true);
        if (!notebook) {
            state.SkipWithError("read failed");
            return;
        }
        auto script = slipway::notebook::toPercentScript(*notebook);
        benchmark::DoNotOptimize(script);
    }
}

void BM_PercentLarge_InProcess(benchmark::State& state)
{
    convertInProcess(state, QString::fromStdString(largeNotebook()));
}
void BM_PercentLarge_SlipwayConvert(benchmark::State& state)
{
    timed(state, {SLIPWAY_BINARY, "convert", "--to", "percent", "-o", "-", largeNotebook()},
          workPath().toStdString());
}
void BM_PercentLarge_Jupytext(benchmark::State& state)
{
    timed(state, {"jupytext", "--quiet", "--to", "py:percent", "-o", "-", largeNotebook()},
          workPath().toStdString());
}
void BM_PercentSmall_InProcess(benchmark::State& state)
{
    convertInProcess(state, smallNotebook);
}
void BM_PercentSmall_SlipwayConvert(benchmark::State& state)
{
    timed(state, {SLIPWAY_BINARY, "convert", "--to", "percent", "-o", "-", smallNotebook.toStdString()},
          workPath().toStdString());
}
void BM_PercentSmall_Jupytext(benchmark::State& state)
{
    timed(state, {"jupytext", "--quiet", "--to", "py:percent", "-o", "-", smallNotebook.toStdString()},
          workPath().toStdString());
}
// The corpus: one process per notebook, as a script over a folder would run either tool.
void BM_PercentCorpus_SlipwayConvert(benchmark::State& state)
{
    const std::vector<std::string> files = corpus();
    for (auto _ : state)
        for (const std::string& file : files)
            if (!runQuietly({SLIPWAY_BINARY, "convert", "--to", "percent", "-o", "-", file},
                            workPath().toStdString()))
                state.SkipWithError("the command failed");
    state.counters["notebooks"] = double(files.size());
}
void BM_PercentCorpus_Jupytext(benchmark::State& state)
{
    const std::vector<std::string> files = corpus();
    for (auto _ : state)
        for (const std::string& file : files)
            if (!runQuietly({"jupytext", "--quiet", "--to", "py:percent", "-o", "-", file},
                            workPath().toStdString()))
                state.SkipWithError("the command failed");
    state.counters["notebooks"] = double(files.size());
}

void BM_DiffLarge_SlipwayDiff(benchmark::State& state)
{
    timed(state, {SLIPWAY_BINARY, "diff", "--color=never", "HEAD", "--", "large.ipynb"}, diffRepo());
}
void BM_DiffLarge_GitDiffJupytextTextconv(benchmark::State& state)
{
    timed(state, {"git", "-c", "core.pager=cat", "diff", "HEAD", "--", "large.ipynb"}, diffRepo());
}

void BM_LogFirstScreen_InProcess(benchmark::State& state)
{
    const QString repo = QString::fromStdString(historyRepo());
    for (auto _ : state) {
        auto walker = slipway::git::LogWalker::open(repo, {});
        if (!walker) {
            state.SkipWithError("open failed");
            return;
        }
        auto commits = (*walker)->next(100);
        benchmark::DoNotOptimize(commits);
    }
}
void BM_LogFirstScreen_GitLog(benchmark::State& state)
{
    timed(state, {"git", "log", "-n", "100"}, historyRepo());
}
void BM_LogWhole_InProcess(benchmark::State& state)
{
    const QString repo = QString::fromStdString(historyRepo());
    for (auto _ : state) {
        auto walker = slipway::git::LogWalker::open(repo, {});
        int count = 0;
        while (walker && !(*walker)->atEnd())
            count += int((*walker)->next(1000).value_or(QList<slipway::git::CommitInfo>{}).size());
        state.counters["commits"] = count;
    }
}
void BM_LogWhole_GitLog(benchmark::State& state)
{
    timed(state, {"git", "log", "--format=%H %an %ad %s"}, historyRepo());
}

} // namespace

BENCHMARK(BM_PercentLarge_InProcess)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_PercentLarge_SlipwayConvert)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_PercentLarge_Jupytext)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);
BENCHMARK(BM_PercentSmall_InProcess)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);
BENCHMARK(BM_PercentSmall_SlipwayConvert)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);
BENCHMARK(BM_PercentSmall_Jupytext)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_PercentCorpus_SlipwayConvert)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_PercentCorpus_Jupytext)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_DiffLarge_SlipwayDiff)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);
BENCHMARK(BM_DiffLarge_GitDiffJupytextTextconv)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_LogFirstScreen_InProcess)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);
BENCHMARK(BM_LogFirstScreen_GitLog)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);
BENCHMARK(BM_LogWhole_InProcess)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_LogWhole_GitLog)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

int main(int argc, char** argv)
{
    return slipway::bench::runBenchmarks(argc, argv);
}
