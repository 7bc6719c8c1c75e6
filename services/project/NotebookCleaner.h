// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/notebook/Strip.h"

#include <QByteArray>

namespace slipway {

using notebook::cleanNotebook; // services/notebook/Strip.h

// Makes every libgit2 staging in this process strip notebooks marked filter=nbstripout or filter=slipway,
// exactly as `git add` does with the filter installed. Both executables call it at start.
void installNotebookFilter();

} // namespace slipway
