// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/project/PyProject.h"
#include "services/version/ScmVersion.h"

#include <QFuture>

namespace slipway {

// [tool.setuptools_scm] as version settings; `overrides` (from the command line or the GUI) win over the
// file where they are not empty.
version::ScmSettings scmSettings(const PyProject& pyproject, const version::ScmSettings& overrides = {});

// The project's version as `python -m setuptools_scm` run in `projectRoot` prints it: pyproject.toml's
// [tool.setuptools_scm] (root, tag_regex, schemes, fallback_version), SETUPTOOLS_SCM_PRETEND_VERSION*,
// git through libgit2. `overrides` replace the schemes from the file. Runs no project code.
Result<version::ScmVersion>
projectVersion(const QString& projectRoot, const version::ScmSettings& overrides = {},
               const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
QFuture<Result<version::ScmVersion>> projectVersionAsync(const QString& projectRoot,
                                                         const version::ScmSettings& overrides = {});

} // namespace slipway
