// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/BenchSupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <sys/wait.h>
#include <unistd.h>

namespace slipway::bench {

QString workPath(const QString& name)
{
    static QTemporaryDir dir;
    return name.isEmpty() ? dir.path() : dir.filePath(name);
}

bool runTool(const QString& program, const QStringList& args, const QString& dir, const QByteArray& input)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    return p.waitForFinished(600000) && p.exitCode() == 0;
}

bool runQuietly(const std::vector<std::string>& argv, const std::string& dir)
{
    const pid_t pid = fork();
    if (pid == 0) {
        if ((!dir.empty() && chdir(dir.c_str()) != 0) || freopen("/dev/null", "w", stdout) == nullptr ||
            freopen("/dev/null", "w", stderr) == nullptr)
            _exit(126);
        std::vector<char*> args;
        for (const std::string& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int runBenchmarks(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace slipway::bench
