// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/git/Config.h"

#include <QString>

namespace slipway {

// Who strips notebooks when git stages them in a repository.
struct GitFilterState
{
    enum class Owner
    {
        Nobody,
        Slipway,
        Nbstripout,
        Other
    };
    Owner owner = Owner::Nobody;
    QString command;   // filter.nbstripout.process, else .clean
    QString attribute; // the filter attribute of *.ipynb files ("nbstripout" when set up)
    bool required = false;
    QString textconv; // diff.ipynb.textconv

    bool active() const { return owner != Owner::Nobody && attribute == u"nbstripout"; }
};

Result<GitFilterState> gitFilterState(const QString& repositoryPath);

// Writes what `nbstripout --install` writes (filter.nbstripout.clean, smudge = cat, required,
// diff.ipynb.textconv and the attribute lines), pointing at `slipwayExecutable`, plus
// filter.nbstripout.process for git's long-running protocol. `attributesFile` overrides the level's own
// attributes file. Returns "config file; attributes file" for the message.
Result<QString> setUpGitFilter(const QString& repositoryPath, git::ConfigLevel level,
                               const QString& attributesFile, const QString& slipwayExecutable);
// Removes those keys and attribute lines again.
Result<QString> removeGitFilter(const QString& repositoryPath, git::ConfigLevel level,
                                const QString& attributesFile);

} // namespace slipway
