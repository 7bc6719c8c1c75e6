// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/git/GitError.h"

#include <QString>

#include <memory>
#include <optional>

namespace slipway::git {

enum class ConfigLevel
{
    Local,
    Global,
    System
};

// One git configuration file, read and written through libgit2: the repository's own (Local), the user's
// (Global, ~/.gitconfig or the XDG file) or the machine's (System).
class ConfigFile
{
public:
    // `repositoryPath` is needed for Local only (any path inside the work tree).
    static GitResult<ConfigFile> open(ConfigLevel level, const QString& repositoryPath = {});

    ConfigFile(ConfigFile&&) noexcept;
    ConfigFile& operator=(ConfigFile&&) noexcept;
    ~ConfigFile();

    QString path() const;
    std::optional<QString> string(const QString& key) const;
    GitResult<void> setString(const QString& key, const QString& value);
    // Removing what is not there is not an error.
    GitResult<void> remove(const QString& key);
    GitResult<void> removeSection(const QString& section); // e.g. "diff.ipynb"

private:
    struct Private;
    explicit ConfigFile(std::unique_ptr<Private> impl);
    std::unique_ptr<Private> d;
};

} // namespace slipway::git
