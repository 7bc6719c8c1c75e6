// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Slipway against Debian 13's nbstripout, side by side in one run, each as the user runs it (one process per
// notebook): a generated ~60 MB notebook and a ~50 KB one. Also the in-process strip of the 60 MB notebook.
// Counters: peak resident memory of the child process (MB) and its ratio to the file size.
#include "services/notebook/Notebook.h"
#include "services/notebook/Strip.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "bench/BenchSupport.h"
#include "bench/NotebookFixtures.h"
#include <benchmark/benchmark.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

QTemporaryDir& workDir()
{
    static QTemporaryDir dir;
    return dir;
}

const QString& notebookFile(int which)
{
    static QString files[2];
    if (files[which].isEmpty()) {
        QByteArray bytes;
        if (which == 0) {
            bytes = slipway::bench::generatedNotebook(60);
        } else {
            // ~50 KB: a real notebook of the corpus with outputs.
            QFile corpus(
                QStringLiteral(SLIPWAY_SHARED_DIR
                               "/corpus/real-world/"
                               "jupyter__notebook__docs--source--examples--Notebook--Running_Code.ipynb"));
            (void)corpus.open(QIODevice::ReadOnly);
            bytes = corpus.readAll();
        }
        files[which] =
            workDir().filePath(which == 0 ? QStringLiteral("big.ipynb") : QStringLiteral("small.ipynb"));
        QFile out(files[which]);
        (void)out.open(QIODevice::WriteOnly);
        out.write(bytes);
    }
    return files[which];
}

// Runs argv (in `directory` when given) with stdout drained through a pipe; returns the child's peak RSS
// in KB (of the child alone), or -1 when it failed.
long runChild(const std::vector<std::string>& argv, const std::string& directory = {})
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return -1;
    const pid_t pid = fork();
    if (pid == 0) {
        if (!directory.empty() && chdir(directory.c_str()) != 0)
            _exit(126);
        dup2(pipeFds[1], STDOUT_FILENO);
        close(pipeFds[0]);
        close(pipeFds[1]);
        std::vector<char*> args;
        for (const std::string& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    close(pipeFds[1]);
    char buffer[1 << 16];
    while (read(pipeFds[0], buffer, sizeof buffer) > 0) {
    }
    close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? usage.ru_maxrss : -1;
}

void processBenchmark(benchmark::State& state, const std::vector<std::string>& command)
{
    const QString file = notebookFile(int(state.range(0)));
    std::vector<std::string> argv = command;
    argv.push_back(file.toStdString());
    long peakKb = 0;
    for (auto _ : state) {
        const long rss = runChild(argv);
        if (rss < 0) {
            state.SkipWithError("the command failed");
            return;
        }
        peakKb = std::max(peakKb, rss);
    }
    const double fileMb = double(QFile(file).size()) / (1024.0 * 1024.0);
    state.counters["peak_MB"] = double(peakKb) / 1024.0;
    state.counters["peak_x_file"] = double(peakKb) / 1024.0 / fileMb;
    state.SetLabel(state.range(0) == 0 ? "60 MB notebook" : "50 KB notebook");
}

void BM_Slipway(benchmark::State& state)
{
    processBenchmark(state, {SLIPWAY_BINARY, "strip", "-t"});
}

void BM_Nbstripout(benchmark::State& state)
{
    processBenchmark(state, {"nbstripout", "-t"});
}

BENCHMARK(BM_Slipway)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

// `git add` of 200 small notebooks through Slipway's long-running filter (0) or nbstripout's clean filter
// (1).
void BM_GitAdd200(benchmark::State& state)
{
    const bool slipway = state.range(0) == 0;
    QFile small(notebookFile(1));
    (void)small.open(QIODevice::ReadOnly);
    const QByteArray notebook = small.readAll();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const std::string repo =
            workDir().filePath(QStringLiteral("repo%1-%2").arg(state.range(0)).arg(round++)).toStdString();
        QDir().mkpath(QString::fromStdString(repo));
        runChild({"git", "init", "-q"}, repo);
        runChild(slipway ? std::vector<std::string>{SLIPWAY_BINARY, "filter", "install"}
                         : std::vector<std::string>{"nbstripout", "--install"},
                 repo);
        for (int i = 0; i < 200; ++i) {
            QFile out(QString::fromStdString(repo) + QStringLiteral("/nb%1.ipynb").arg(i));
            (void)out.open(QIODevice::WriteOnly);
            out.write(notebook);
        }
        state.ResumeTiming();
        if (runChild({"git", "add", "."}, repo) < 0)
            state.SkipWithError("git add failed");
    }
    state.SetLabel(slipway ? "Slipway filter process" : "nbstripout clean filter");
}
BENCHMARK(BM_GitAdd200)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_Nbstripout)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

void BM_StripInProcess(benchmark::State& state)
{
    const QString path = notebookFile(0);
    const QByteArray bytes = slipway::notebook::readNotebookBytes(path).value(); // padded, as the CLI reads
    for (auto _ : state) {
        auto notebook = slipway::notebook::parseNotebook(bytes, path);
        (void)slipway::notebook::strip(*notebook, {});
        auto out = slipway::notebook::serializeNotebook(*notebook);
        benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}
BENCHMARK(BM_StripInProcess)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    return slipway::bench::runBenchmarks(argc, argv);
}
