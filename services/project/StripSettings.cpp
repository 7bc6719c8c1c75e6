// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/StripSettings.h"

#include "services/git/Repository.h"
#include "services/project/StripSettingsFile.h"

#include <QDir>
#include <QFileInfo>

namespace slipway {

Result<notebook::StripOptions> stripOptionsFor(const QString& path)
{
    notebook::StripOptions options;
    const QFileInfo info(path);
    QString root = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    auto repository = git::Repository::mayBeInside(root)
                          ? git::Repository::open(root)
                          : git::GitResult<git::Repository>(std::unexpected(git::GitError{}));
    if (repository) {
        if (const auto extra = repository->configString(QStringLiteral("filter.nbstripout.extrakeys")))
            options.extraKeys = extra->split(u' ', Qt::SkipEmptyParts);
        if (const auto keep = repository->configString(QStringLiteral("filter.nbstripout.keepmetadatakeys")))
            options.keepMetadataKeys = keep->split(u' ', Qt::SkipEmptyParts);
        if (const QString workdir = repository->workdir(); !workdir.isEmpty())
            root = workdir;
    }
    if (auto applied = applyStripTable(QDir(root).filePath(QStringLiteral("pyproject.toml")), options);
        !applied)
        return std::unexpected(applied.error());
    return options;
}

} // namespace slipway
