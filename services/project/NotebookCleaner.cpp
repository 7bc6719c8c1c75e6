// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/NotebookCleaner.h"

#include "services/git/NotebookFilter.h"
#include "services/project/StripSettings.h"

namespace slipway {

void installNotebookFilter()
{
    // The settings of the repository being staged in: its git config and pyproject.toml.
    git::registerNotebookFilter(
        [](const QString& workdir, const QString& path, const QByteArray& content) -> Result<QByteArray> {
            const auto options = stripOptionsFor(workdir);
            if (!options)
                return std::unexpected(options.error());
            return cleanNotebook(*options, path, content);
        });
}

} // namespace slipway
