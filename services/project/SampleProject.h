// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

namespace slipway {

// Creates the bundled sample project (examples/churn) as a git repository at `destination`, which must
// not exist or be an empty folder: the files, a first commit tagged v0.1.0 (annotated), and one more
// commit after it. Authors and dates are fixed, so the commit ids are the same on every machine.
Result<QString> createSampleProject(const QString& destination);

} // namespace slipway
