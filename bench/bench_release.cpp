// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Versions and artifacts, each as the user runs them, side by side with the peer in one run:
//  - `slipway version` against `python3 -m setuptools_scm` (and `git describe` for scale) on a repository
//    of 10,000 commits and 200 tags, built with git fast-import;
//  - inspection of a 100 MB wheel (made with Python's zipfile, RECORD included): in process and as
//    `slipway inspect`, against `twine check` on the same file.
#include "services/dist/Artifact.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "bench/BenchSupport.h"
#include <benchmark/benchmark.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

// 10,000 commits on main, a lightweight tag every 50 commits (v0.1 … v0.199), HEAD 50 commits after the last.
const std::string& bigRepo()
{
    static std::string path;
    if (!path.empty())
        return path;
    const QString repo = slipway::bench::workPath(QStringLiteral("history"));
    QDir().mkpath(repo);
    slipway::bench::runTool(
        QStringLiteral("git"),
        {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}, repo);
    QByteArray stream;
    const QByteArray pyproject =
        "[project]\nname = \"big\"\ndynamic = [\"version\"]\n\n[tool.setuptools_scm]\n";
    for (int i = 1; i <= 10'000; ++i) {
        const QByteArray content = "value = " + QByteArray::number(i) + "\n";
        stream += "commit refs/heads/main\nmark :" + QByteArray::number(i) +
                  "\ncommitter Bench <bench@bench.invalid> " + QByteArray::number(1'600'000'000 + i * 60) +
                  " +0000\ndata 8\ncommit " + QByteArray::number(i % 10) + "\n";
        if (i > 1)
            stream += "from :" + QByteArray::number(i - 1) + "\n";
        if (i == 1)
            stream += "M 644 inline pyproject.toml\ndata " + QByteArray::number(pyproject.size()) + "\n" +
                      pyproject + "\n";
        stream +=
            "M 644 inline module.py\ndata " + QByteArray::number(content.size()) + "\n" + content + "\n";
        if (i % 50 == 0 && i < 10'000)
            stream += "reset refs/tags/v0." + QByteArray::number(i / 50) +
                      "\nfrom :" + QByteArray::number(i) + "\n\n";
    }
    slipway::bench::runTool(QStringLiteral("git"), {QStringLiteral("fast-import"), QStringLiteral("--quiet")},
                            repo, stream);
    slipway::bench::runTool(QStringLiteral("git"),
                            {QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard")}, repo);
    path = repo.toStdString();
    return path;
}

// ~100 MB: 20 incompressible 5 MB blobs and 2,000 small modules, with a correct RECORD.
const QString& bigWheel()
{
    static QString path;
    if (!path.isEmpty())
        return path;
    path = slipway::bench::workPath(QStringLiteral("big-1.0-py3-none-any.whl"));
    const QString script = QStringLiteral(
        "import sys, os, zipfile, hashlib, base64\n"
        "def h(b): return 'sha256=' + "
        "base64.urlsafe_b64encode(hashlib.sha256(b).digest()).rstrip(b'=').decode()\n"
        "files = {}\n"
        "for i in range(20): files[f'big/data/blob{i}.bin'] = os.urandom(5 * 1024 * 1024)\n"
        "for i in range(2000): files[f'big/mod{i}.py'] = (f'def f{i}(x):\\n    return x + {i}\\n' * "
        "40).encode()\n"
        "files['big-1.0.dist-info/METADATA'] = b'Metadata-Version: 2.4\\nName: big\\nVersion: 1.0\\n"
        "Description-Content-Type: text/markdown\\n\\n# big\\n'\n"
        "files['big-1.0.dist-info/WHEEL'] = b'Wheel-Version: 1.0\\nGenerator: bench\\nRoot-Is-Purelib: "
        "true\\nTag: "
        "py3-none-any\\n'\n"
        "record = ''.join(f'{n},{h(b)},{len(b)}\\n' for n, b in files.items()) + "
        "'big-1.0.dist-info/RECORD,,\\n'\n"
        "files['big-1.0.dist-info/RECORD'] = record.encode()\n"
        "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n"
        "    for n, b in files.items(): z.writestr(n, b)\n");
    slipway::bench::runTool(QStringLiteral("python3"), {QStringLiteral("-c"), script, path},
                            slipway::bench::workPath());
    return path;
}

void command(benchmark::State& state, const std::vector<std::string>& argv, const std::string& dir)
{
    for (auto _ : state) {
        if (!slipway::bench::runQuietly(argv, dir)) {
            state.SkipWithError("the command failed");
            return;
        }
    }
}

void BM_SlipwayVersion(benchmark::State& state)
{
    command(state, {SLIPWAY_BINARY, "version"}, bigRepo());
}
void BM_SetuptoolsScm(benchmark::State& state)
{
    command(state, {"python3", "-m", "setuptools_scm"}, bigRepo());
}
void BM_GitDescribe(benchmark::State& state)
{
    command(state, {"git", "describe", "--dirty", "--tags", "--long", "--match", "*[0-9]*"}, bigRepo());
}

void BM_InspectInProcess(benchmark::State& state)
{
    const QString wheel = bigWheel();
    for (auto _ : state) {
        const auto a = slipway::dist::inspectArtifact(wheel);
        if (!a || a->hasErrors()) {
            state.SkipWithError("inspection failed");
            return;
        }
        int verified = a->recordEntriesVerified;
        benchmark::DoNotOptimize(verified);
    }
    state.counters["MB"] = double(QFile(wheel).size()) / (1024.0 * 1024.0);
}
void BM_SlipwayInspect(benchmark::State& state)
{
    command(state, {SLIPWAY_BINARY, "inspect", bigWheel().toStdString()},
            slipway::bench::workPath().toStdString());
}
void BM_TwineCheck(benchmark::State& state)
{
    command(state, {"twine", "check", bigWheel().toStdString()}, slipway::bench::workPath().toStdString());
}

BENCHMARK(BM_SlipwayVersion)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_SetuptoolsScm)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_GitDescribe)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);
BENCHMARK(BM_InspectInProcess)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);
BENCHMARK(BM_SlipwayInspect)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);
BENCHMARK(BM_TwineCheck)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

} // namespace

int main(int argc, char** argv)
{
    return slipway::bench::runBenchmarks(argc, argv);
}
