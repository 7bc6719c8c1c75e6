// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the benchmarks share: a work folder for their fixtures, running the tools that make them, running
// a command as the user would (one process, output discarded), and main().

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace slipway::bench {

// A temporary folder that lives as long as the benchmark process.
QString workPath(const QString& name = {});
// Runs `program` in `dir` with `input` on stdin and waits; true when it exited with 0. For fixtures.
bool runTool(const QString& program, const QStringList& args, const QString& dir,
             const QByteArray& input = {});
// fork + exec of argv in `dir`, stdout and stderr to /dev/null; true when it exited with 0. For timing.
bool runQuietly(const std::vector<std::string>& argv, const std::string& dir);
// QCoreApplication, then Google Benchmark's usual main.
int runBenchmarks(int argc, char** argv);

} // namespace slipway::bench
