// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QByteArrayView>
#include <QString>

namespace slipway {

// Every file Slipway writes for a project (stripped and converted notebooks, paired scripts, restored
// files, editor saves, git attributes) goes through writeFileSafely(): a project from elsewhere may hold
// symbolic links, and none of them may carry a write out of it.

// Whether `path` is `folder` or lies below it, as strings (both absolute and clean; resolve links first
// where they matter). An empty folder holds nothing.
bool isPathInside(const QString& path, const QString& folder);

// The folder a write to `path` must stay inside: the git work tree holding it (found by walking up the
// path as written, without resolving links), else the folder the path names.
QString writeBoundary(const QString& path);

// Where a write to `path` lands, with every link resolved, when that place lies inside `boundary`
// (itself resolved): a link inside the project is followed, as an editor would. An error when a link (of
// the file or of a folder above it) leads out of `boundary`, when the file is a dangling link (it would
// create its target, e.g. ~/.ssh/authorized_keys), or when the file is not a regular file.
Result<QString> resolveWriteTarget(const QString& path, const QString& boundary, const QString& operation);

// Writes `bytes` to resolveWriteTarget(path, boundary) atomically: a temporary file beside it, then a
// rename, so a reader sees the old or the new file, never half of one. `boundary` empty: writeBoundary().
// Creates missing folders (real ones, inside the boundary).
Result<void> writeFileSafely(const QString& path, QByteArrayView bytes, const QString& operation,
                             const QString& boundary = {});

} // namespace slipway
