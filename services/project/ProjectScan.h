// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QStringList>

#include <functional>

namespace slipway::git {
class Repository;
}

namespace slipway {

struct FileScan
{
    QStringList files; // relative to the root, sorted
    bool truncated = false;
    QList<Error> problems; // sub-folders that could not be read
};

// Walks `root` for the files a project view shows: never .git; inside a git work tree, nothing git
// ignores (whole ignored folders are not entered); outside git, not the usual tool folders (.venv,
// __pycache__…). Stops after `limit` files. `canceled` is polled between folders.
FileScan scanProjectFiles(const QString& root, const git::Repository* repository, qsizetype limit,
                          const std::function<bool()>& canceled = {});

} // namespace slipway
