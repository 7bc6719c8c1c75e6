// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace slipway::test {

// A git repository as a hostile project would ship it: in every place that runs code — its environments'
// interpreters, git hooks, the repository configuration's programs (fsmonitor, ssh, askpass, credential
// helper, gpg, filters, textconv, pager, editor, upload-pack), a conftest, an in-tree build backend,
// setup.py, flake8 and pylint plugins, sitecustomize — a small program that leaves a file named after
// the place in `sentinels`. Untrusted, no file may ever appear there. Returns false when it cannot be made.
bool makeHostileRepository(const QString& root, const QString& sentinels);

// The names of the files found in `sentinels` (the places that ran).
QStringList sentinelsFound(const QString& sentinels);

} // namespace slipway::test
