// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace slipway::release {
struct ReleaseConfig;
}

namespace slipway::pipeline {

// What a step does: a command of the project's (`run:`), or one of Slipway's own (`uses:`), which call
// the same services as the window.
enum class StepKind
{
    Run,
    StripCheck,    // fails naming the notebooks that still carry outputs
    Lint,          // with: {tools: [flake8, …]}
    Test,          // with: {coverage: true}
    Build,         // sdist and wheel of HEAD, built from the commit; its outputs are the files in dist/
    Publish,       // with: {channel: NAME}; the files of a `build` it needs, else a fresh build
    TestInstalled, // with: {channel: NAME}: the tests against the version installed from that channel
    Promote,       // with: {from: A, to: B}: the version (as HEAD computes it) from A to B
};

QString kindName(StepKind kind); // "run", "strip-check", "lint", …
std::optional<StepKind> kindFromName(const QString& name);
const QStringList& builtinNames();

struct StepDef
{
    QString name;
    StepKind kind = StepKind::Run;
    QStringList run;                 // argv; `shell: bash` with a text: {bash, -c, text}
    QString shell;                   // "bash" when `run:` is a text
    QMap<QString, QStringList> with; // the parameters of `uses:` (a lone value is a list of one)
    QStringList needs;
    QStringList inputs;  // globs relative to the project ("data/*.csv", "src/**/*.py")
    QStringList outputs; // files relative to the project
    QString when;        // empty, "final-version", "pre-release", "branch:GLOB" or "tag:GLOB"
    QMap<QString, QString> env;
    int timeoutSeconds = 0; // 0: none
    int line = 0;           // where slipway.yaml defines it (0 for the default pipeline)
    int column = 0;

    // Publish and promote change the world outside the project: never cached.
    bool neverCached() const { return kind == StepKind::Publish || kind == StepKind::Promote; }
    QString param(const QString& key) const { return with.value(key).value(0); }
    // What the step runs, in one line (the log's header, the graph's tooltip).
    QString commandLine() const;
};

struct Pipeline
{
    QString file;           // the slipway.yaml read; empty for the default pipeline of a project without one
    bool isDefault = false; // no `pipeline:` section: strip-check → lint → test → build (+ channels)
    QList<StepDef> steps;   // in the file's order

    const StepDef* step(const QString& name) const;
    qsizetype indexOf(const QString& name) const;
};

// What a pipeline may hold.
inline constexpr int maxSteps = 2000;
inline constexpr int maxListEntries = 1000; // needs, inputs, outputs, run arguments of one step

// `pipeline:` of slipway.yaml (the rest of the file belongs to its readers, but `with.channel` and the
// promotion's channels must name channels it defines). Unknown keys, an unknown `uses:`, a missing need, a
// cycle, a bad glob or output path: an error at file:line:column naming the key.
Result<Pipeline> parsePipeline(const QByteArray& yaml, const QString& fileName);
// <projectRoot>/slipway.yaml's pipeline, or the default one when it has none.
Result<Pipeline> loadPipeline(const QString& projectRoot);
// strip-check → lint → test → build, and with channels: publish to the first channel, then one
// installed-tests step and one promotion per `promotion:` rule (stable behind final-version).
Pipeline defaultPipeline(const release::ReleaseConfig& channels);

// Whether `pattern` is a glob Slipway reads: relative, no "..", balanced [ ]; empty when it is, else why.
QString globProblem(const QString& pattern);
// `*` and `?` stay inside a folder, `**` crosses folders, `[abc]` a class.
bool globMatches(const QString& pattern, const QString& path);

} // namespace slipway::pipeline
