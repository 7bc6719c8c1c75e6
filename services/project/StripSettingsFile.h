// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The strip settings that need no git library (library slipway_stripsettings): what `slipway strip` and the
// filter process read in the small `slipway` executable, which has no libgit2. StripSettings.h is the whole.
#pragma once

#include "services/core/Error.h"
#include "services/notebook/Strip.h"

#include <optional>

namespace slipway {

// Applies pyproject.toml's [tool.slipway.strip] (see StripSettings.h) to `options`; nothing when the file
// does not exist. Fails, naming the file and line, for a key it does not know or a value of the wrong type.
Result<void> applyStripTable(const QString& pyprojectFile, notebook::StripOptions& options);

// stripOptionsFor(path) when it can be answered without reading git's configuration through libgit2: when
// no git configuration file that applies could set nbstripout's keys (none mentions them, includes another
// file or moves the work tree), or `path` is outside git. nullopt when libgit2 must read the configuration.
std::optional<Result<notebook::StripOptions>> stripOptionsWithoutGit(const QString& path);

} // namespace slipway
