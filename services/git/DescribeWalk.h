// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `git describe --tags --match PATTERN` as git 2.47 computes it, over libgit2's object database (libgit2's
// own git_describe_commit reads every commit of the history; git stops after ten candidates). Private to
// services/git.

#include "services/git/Handles.h"

#include <QString>

#include <optional>

namespace slipway::git::detail {

struct DescribeHit
{
    QString tag; // the tag's name without refs/tags/
    int depth = 0;
};

// The nearest tag matching the wildcard `pattern` (git's wildmatch without WM_PATHNAME) that describes
// `head`, with git's depth; nullopt when no tag does.
GitResult<std::optional<DescribeHit>> describeTags(git_repository* repo, const git_oid& head,
                                                   const QString& pattern, const QString& path);

// The length git abbreviates object names to by default: core.abbrev, or "auto" — from the number of
// objects in the packs, at least 7.
int defaultAbbrevLength(git_repository* repo);
// The shortest prefix of `oid`, at least `minimum` long, that names no other object (git's
// find_unique_abbrev).
QString uniqueAbbrev(git_repository* repo, const git_oid& oid, int minimum);

} // namespace slipway::git::detail
