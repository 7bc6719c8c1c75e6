// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/notebook/Strip.h"

namespace slipway {

// The strip options that apply to notebooks under `path` (a file or folder), before any command-line flag:
// nbstripout's defaults; then the git configuration of the repository that holds `path`
// (filter.nbstripout.extrakeys and filter.nbstripout.keepmetadatakeys, read as nbstripout reads them);
// then [tool.slipway.strip] in the pyproject.toml at the repository's root (or beside `path` outside git):
//
//     [tool.slipway.strip]
//     keep-count = false          # keep-output, keep-id, drop-empty-cells, strip-init-cells likewise
//     extra-keys = ["metadata.kernelspec", "cell.metadata.colab"]   # or one space-separated string
//     keep-metadata-keys = ["cell.metadata.tags"]
//     drop-tagged-cells = ["scratch"]
//     max-size = "10k"
//
// Fails, naming the file and line, for a key it does not know or a value of the wrong type.
Result<notebook::StripOptions> stripOptionsFor(const QString& path);

} // namespace slipway
