// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QFuture>
#include <QStringList>

namespace slipway {

struct StripAllReport
{
    int notebooks = 0; // looked at
    int stripped = 0;  // rewritten (the others needed no change and were not touched)
    bool canceled = false;
    QList<Error> problems; // notebooks left as they were, and why
};

// Strips `notebooks` (paths relative to `root`) in place with the project's strip settings, on the thread
// pool: progress per notebook, canceled between notebooks. Each file is written atomically, and only when
// it changes; a notebook that cannot be read or stripped is reported and left untouched.
QFuture<StripAllReport> stripNotebooksAsync(const QString& root, const QStringList& notebooks);

} // namespace slipway
