// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/git/GitError.h"

#include <QString>
#include <QStringList>

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

// The `-c` options that keep a git process Slipway starts in an untrusted repository from running what
// the repository's own configuration (.git/config, config.worktree and what they include) names: every such
// key that runs a program — hooks, core.fsmonitor, core.sshCommand, core.askPass, credential helpers, gpg
// programs, filter, diff and merge drivers, pager and editors — is set back to the user's global or system
// value, or to a neutral one; hooks never run (core.hooksPath=/dev/null). Pass them before the git command.
QStringList protectiveOptions(const QString& repositoryPath);

// Whether a repository-level key names a program git would run.
bool runsAProgram(const QString& key);

} // namespace slipway::git
