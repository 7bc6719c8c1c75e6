// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace slipway::bench {

// A generated notebook of about `megabytes` MB: 2,000+ code cells with source, stdout streams, long
// text/plain results and base64 PNG display_data, written the way nbformat writes (1-space indent).
QByteArray generatedNotebook(int megabytes);

// A git repository (in the bench's work folder, made once per name) holding generatedNotebook(60) as
// large.ipynb, committed; the work tree has 20 code cells edited (a line each) and their execution counts
// changed. With `jupytextTextconv`, git's diff shows notebooks through `jupytext --to py:percent`.
QString largeNotebookRepository(const QString& name, bool jupytextTextconv);

} // namespace slipway::bench
