// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/git/Repository.h"
#include "services/version/Pep440.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QStringList>

namespace slipway::version {

// How to turn tags into a version: [tool.setuptools_scm] with setuptools_scm's defaults.
struct ScmSettings
{
    // Empty means setuptools_scm's default: its tag regex, guess-next-dev, node-and-date.
    QString tagRegex;
    QString versionScheme;
    QString localScheme;
    QString fallbackVersion; // used outside a git work tree
    QString distName;        // [project].name, for SETUPTOOLS_SCM_PRETEND_VERSION_FOR_<NAME>
    // The version of HEAD's commit as a clean checkout of it has it: changes in the work tree do not count
    // (a release build from the commit).
    bool committedOnly = false;
};

// The schemes Slipway computes exactly as setuptools_scm 8 does.
QStringList versionSchemes();
QStringList localSchemes();

// A version as setuptools_scm computes it, with what it was computed from.
struct ScmVersion
{
    enum class Source
    {
        Git,
        Pretend,
        Fallback
    };

    QString version; // exactly what `python -m setuptools_scm` prints
    Source source = Source::Git;
    QString tag;        // the tag it counts from, as named; empty without one
    QString tagVersion; // the tag's version, normalised ("0.0" without a tag)
    int distance = 0;
    QString node; // "g1a2b3c4"
    bool dirty = false;
    QStringList changedFiles; // the tracked files that make the tree dirty
    QString branch;
    QDate nodeDate;
    QStringList warnings;     // what setuptools_scm would warn about (suffixes stripped, odd results)
    git::DescribeFacts facts; // what git said (empty for a pretended or fallback version)

    // On a tag with a clean tree: the version a release should carry.
    bool exact() const { return distance == 0 && !dirty; }
    bool hasLocal() const { return version.contains(u'+'); }
};

// Computes the version from `facts` (read from git by Repository::describeFacts) under `settings`, at time
// `now` (UTC; setuptools_scm uses SOURCE_DATE_EPOCH when set). Fails, saying why, where setuptools_scm
// fails: a tag that is not a version, a scheme it does not know, a ".devN" tag with N ≠ 0.
Result<ScmVersion> computeFromFacts(const git::DescribeFacts& facts, const ScmSettings& settings,
                                    const QDateTime& now);

// The version of the git work tree at `root`, as `python -m setuptools_scm` run there with `env` prints it:
// SETUPTOOLS_SCM_PRETEND_VERSION[_FOR_NAME] first, then git, then fallback_version. `root` must be the top
// of the work tree (setuptools_scm ignores a repository above it).
Result<ScmVersion> computeVersion(const QString& root, const ScmSettings& settings,
                                  const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// "What if I tag `tagName` here?": the version HEAD would get, and the problems of such a tag (not a
// version, not newer than the current tag, not canonical, would not be picked up by setuptools_scm).
struct TagPreview
{
    QString tagName;
    QString version; // empty when the tag would not give a version
    QStringList problems;
};
TagPreview previewTag(const git::DescribeFacts& facts, const ScmSettings& settings, const QString& tagName,
                      const QDateTime& now);

// Semantic-versioning suggestions for the next release after `current` (usually the last tag's version).
struct Bump
{
    QString label;   // "patch", "minor", "major", "release candidate", "beta", "final"
    QString version; // normalised
};
QList<Bump> bumpSuggestions(const Version& current);
// The same preview from a computed version (from the facts it carries).
TagPreview previewTag(const ScmVersion& current, const ScmSettings& settings, const QString& tagName,
                      const QDateTime& now);

// Whether a build or upload of `v` may go ahead: a dirty tree or a local version (+g…) needs an explicit
// override. The message names the files that make the tree dirty.
struct ReleaseGuard
{
    bool allowed = true;
    QString reason; // one paragraph; empty when allowed
};
ReleaseGuard checkReleasable(const ScmVersion& v);

} // namespace slipway::version
