// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/git/Repository.h"
#include "services/project/PyProject.h"
#include "services/version/ScmVersion.h"

#include <QFuture>
#include <QStringList>

#include <optional>

template <typename T>
class QPromise;

namespace slipway {

// A project folder as Slipway sees it: an immutable snapshot, safe to pass between threads.
struct ProjectInfo
{
    QString root; // canonical absolute path, no trailing slash
    QString name; // [project].name, else the folder name
    std::optional<git::RepositoryInfo> git;
    std::optional<PyProject> pyproject; // absent without a (readable, valid) pyproject.toml
    bool hasPyProjectFile = false;
    bool hasSetupCfg = false;
    bool hasSetupPy = false;
    QStringList files;     // relative paths of the files git would not ignore, sorted
    QStringList notebooks; // relative paths of the .ipynb files among them
    QStringList testDirs;  // relative paths of the test folders
    bool filesTruncated = false;
    QList<Error> problems; // what is wrong in the project's files; the project still opens
    // The version setuptools_scm would compute, for a project without a static [project].version.
    std::optional<version::ScmVersion> scmVersion;

    // What the status bar shows: the static version, or the one setuptools_scm computes.
    QString versionLabel() const;
};

// Reads the project at `path`. Fails (with the reason) when the path does not exist, is not a folder or
// cannot be read; a broken pyproject.toml is a problem of the project, not a failure to open it.
// Reports progress and honours cancellation through `promise` when given.
Result<ProjectInfo> loadProject(const QString& path, QPromise<Result<ProjectInfo>>* promise = nullptr);
// The same on the thread pool.
QFuture<Result<ProjectInfo>> loadProjectAsync(const QString& path);

} // namespace slipway
