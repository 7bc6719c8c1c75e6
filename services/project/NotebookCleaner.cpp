// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/NotebookCleaner.h"

#include "services/git/NotebookFilter.h"
#include "services/notebook/Notebook.h"
#include "services/notebook/Strip.h"
#include "services/project/StripSettings.h"

namespace slipway {

Result<QByteArray> cleanNotebook(const notebook::StripOptions& options, const QString& path,
                                 const QByteArray& content)
{
    if (path.endsWith(u".zpln", Qt::CaseInsensitive)) {
        auto note = notebook::stripZeppelin(content, path);
        if (!note)
            return std::unexpected(note.error());
        return note->bytes;
    }
    // parseNotebook reads padded buffers (readNotebookBytes) in place and copies the others once.
    auto parsed = notebook::parseNotebook(content, path);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (auto report = notebook::strip(*parsed, options); !report)
        return std::unexpected(report.error());
    return notebook::serializeNotebook(*parsed);
}

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
