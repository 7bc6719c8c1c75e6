// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace slipway::git {

// Cleans `content` (the work-tree file `path`, relative to `workdir`) for the object database.
using CleanHandler =
    std::function<Result<QByteArray>(const QString& workdir, const QString& path, const QByteArray& content)>;

// libgit2 runs no external filters, so a libgit2 program staging a notebook in a repository set up for
// nbstripout would commit its outputs. This registers an in-process libgit2 filter for the attributes
// filter=nbstripout and filter=slipway that runs `handler` whenever libgit2 moves such a file into the
// object database (staging, hashing the work tree). Once per process; later calls replace the handler.
void registerNotebookFilter(CleanHandler handler);

} // namespace slipway::git
