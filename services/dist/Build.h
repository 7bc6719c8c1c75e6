// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Job.h"
#include "services/dist/Artifact.h"

#include <QFuture>
#include <QObject>
#include <QProcessEnvironment>

#include <functional>
#include <memory>

namespace slipway::dist {

struct BuildRequest
{
    QString projectRoot;
    bool wheel = true;
    bool sdist = true;
    bool executable =
        false;         // a single-file zipapp (or pex ≥ 2 when on PATH) of the wheel and its dependencies
    QString outputDir; // default: <projectRoot>/dist
    QString python;    // default: <projectRoot>/.venv/bin/python when present, else python3
    QString script;    // [project.scripts] entry for the executable; default: the first one
    bool allowUnreleasable = false; // build a dirty tree or a +local version anyway
    // A release build: HEAD's tree exported (libgit2) to a temporary folder and built there — the sdist,
    // then the wheel from the sdist — with SOURCE_DATE_EPOCH from the commit. Nothing in the work tree
    // (a stale build/, uncommitted edits) gets in, and the work tree is left as it was (dist/ aside).
    bool fromCommit = false;
    std::optional<QProcessEnvironment> environment;
};

struct BuildOutcome
{
    QString version;           // as setuptools_scm computes it before the build
    QString commit;            // fromCommit: the commit built
    bool isolated = false;     // whether `python -m build` made its own environment (needs the network)
    QStringList artifacts;     // absolute paths, sdist first
    QList<Artifact> inspected; // the same, inspected against the project and each other
    bool twineChecked =
        false; // `twine check` rendered the long descriptions (when the interpreter has twine)
};

// One build: version guard, `python -m build` (PEP 517; --no-isolation when the environment already has the
// backend, so it works offline), the executable, then inspection of every artifact. Steps run as
// asynchronous processes whose output is the job's log; cancel stops the running step. Create and start on a
// thread with an event loop (the GUI thread is fine: nothing blocks).
class BuildJob : public ResultJob<BuildOutcome>
{
    Q_OBJECT
public:
    explicit BuildJob(BuildRequest request, QObject* parent = nullptr);
    ~BuildJob() override;

protected:
    void run() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
    void runStep(const QString& what, ProcessSpec spec, const std::function<void(const ProcessResult&)>& next,
                 bool failureIsFine = false);
    void exportCommit();
    void probeBackend();
    void buildPackages(bool noIsolation);
    void buildExecutable();
    void buildZipapp(const QString& script, const QString& wheel);
    void checkWithTwine();
    void inspectAll();
};

} // namespace slipway::dist
