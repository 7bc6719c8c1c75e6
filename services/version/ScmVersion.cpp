// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/version/ScmVersion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace slipway::version {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::version::ScmVersion)
};

// setuptools_scm's DEFAULT_TAG_REGEX: an optional "word-" prefix, then the version, then an ignored +suffix.
const QString defaultTagRegex = uR"(^(?:[\w-]+-)?(?<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$)"_s;

Error versionError(const QString& why)
{
    return Error{Text::tr("Compute the version"), QString(), why};
}

struct TagMatch
{
    QString version; // the text the regex took as the version
    QString suffix;  // what followed it in the match (setuptools_scm strips it, with a warning)
};

// setuptools_scm's _parse_version_tag: the tag regex, matched at the start (Python's re.match), picks the
// version out of the tag: group "version", or the only group. Empty when it does not match.
Result<std::optional<TagMatch>> matchTag(const QString& tag, const QString& tagRegex)
{
    const QString pattern = tagRegex.isEmpty() ? defaultTagRegex : tagRegex;
    const QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid())
        return std::unexpected(versionError(Text::tr("tag_regex \"%1\" is not a valid regular expression: %2")
                                                .arg(pattern, re.errorString())));
    const auto m =
        re.match(tag, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    const qsizetype named = re.namedCaptureGroups().indexOf(u"version"_s);
    const int group = (re.captureCount() == 1 || named < 0) ? 1 : int(named);
    if (!m.hasMatch() || m.captured(group).isEmpty())
        return std::nullopt;
    return TagMatch{m.captured(group), m.captured(0).mid(m.capturedEnd(group) - m.capturedStart(0))};
}

struct ParsedTag
{
    Version version;
    QString suffix;
};

// setuptools_scm's tag_to_version: the version the regex picks out must be a PEP 440 version.
Result<ParsedTag> parseTag(const QString& tag, const QString& tagRegex)
{
    auto m = matchTag(tag, tagRegex);
    if (!m)
        return std::unexpected(m.error());
    if (!*m)
        return std::unexpected(versionError(Text::tr("the tag \"%1\" holds no version (tag_regex %2)")
                                                .arg(tag, tagRegex.isEmpty() ? defaultTagRegex : tagRegex)));
    auto v = Version::parse((*m)->version);
    if (!v)
        return std::unexpected(versionError(
            Text::tr("the tag \"%1\" is not a PEP 440 version: %2").arg(tag, v.error().message)));
    return ParsedTag{*v, (*m)->suffix};
}

// _modify_version._bump_dev: "1.0.dev0" → "1.0"; other .devN are refused.
Result<std::optional<QString>> bumpDev(const QString& version)
{
    const qsizetype at = version.lastIndexOf(u".dev"_s);
    if (at < 0)
        return std::nullopt;
    if (version.mid(at + 4) != u"0")
        return std::unexpected(versionError(
            Text::tr(
                "%1 can't be bumped: choosing custom numbers for the .devX distance is not supported; drop "
                "the tag or tag a version ending in .dev0")
                .arg(version)));
    return version.left(at);
}

// _modify_version._bump_regex: the last number in the string, plus one.
Result<QString> bumpLastNumber(const QString& version)
{
    static const QRegularExpression re(u"^(.*?)(\\d+)$"_s);
    const auto m = re.match(version);
    if (!m.hasMatch())
        return std::unexpected(versionError(
            Text::tr("%1 does not end with a number to bump; use another version scheme").arg(version)));
    return m.captured(1) + QString::number(m.captured(2).toLongLong() + 1);
}

QString publicPart(const QString& version)
{
    return version.section(u'+', 0, 0);
}

Result<QString> guessNextVersion(const Version& tag)
{
    const QString version = publicPart(tag.toString());
    auto dev = bumpDev(version);
    if (!dev)
        return std::unexpected(dev.error());
    if (*dev)
        return **dev;
    return bumpLastNumber(version);
}

QString simpleSemver(const Version& tag, int retain, bool increment)
{
    QList<qint64> parts = tag.release().mid(0, retain);
    while (parts.size() < retain)
        parts.append(0);
    if (increment)
        ++parts.last();
    while (parts.size() < 3)
        parts.append(0);
    QStringList text;
    for (qint64 p : std::as_const(parts))
        text.append(QString::number(p));
    return text.join(u'.');
}

struct SchemeInput
{
    const Version& tag;
    const ScmVersion& v;
    const ScmSettings& settings;
};

Result<QString> mainVersion(const SchemeInput& in)
{
    const QString scheme =
        in.settings.versionScheme.isEmpty() ? u"guess-next-dev"_s : in.settings.versionScheme;
    QString tag = in.tag.toString();
    const QString dev = u".dev"_s + QString::number(in.v.distance);
    const bool exact = in.v.exact();
    if (scheme == u"guess-next-dev") {
        if (exact)
            return tag;
        auto next = guessNextVersion(in.tag);
        return next ? Result<QString>(*next + dev) : next;
    }
    if (scheme == u"post-release")
        return exact ? tag : tag + u".post"_s + QString::number(in.v.distance);
    if (scheme == u"no-guess-dev") {
        if (exact)
            return tag;
        const QString version = publicPart(tag);
        auto bumped = bumpDev(version);
        if (!bumped)
            return std::unexpected(bumped.error());
        if (*bumped)
            return **bumped + dev;
        if (version.contains(u"post"))
            return std::unexpected(versionError(
                Text::tr("%1 already is a post release, refusing to guess the update").arg(version)));
        return version + u".post1"_s + dev;
    }
    if (scheme == u"only-version")
        return tag;
    if (scheme == u"python-simplified-semver") {
        if (exact)
            return simpleSemver(in.tag, 3, false);
        const int retain = in.v.branch.contains(u"feature") ? 2 : 3;
        return simpleSemver(in.tag, retain, true) + dev;
    }
    if (scheme == u"release-branch-semver") {
        if (exact)
            return tag;
        // A branch named like a version that agrees with the tag up to the minor part is a release or
        // maintenance branch: the next version is a patch (or pre-release) bump; elsewhere a minor bump.
        const auto branch = matchTag(in.v.branch.section(u'/', -1), in.settings.tagRegex);
        if (branch && *branch) {
            QString branchText = (*branch)->version;
            if (branchText.startsWith(u'v'))
                branchText.remove(0, 1);
            if (branchText.split(u'.').mid(0, 2) == tag.split(u'.').mid(0, 2)) {
                auto next = guessNextVersion(in.tag);
                return next ? Result<QString>(*next + dev) : next;
            }
        }
        return simpleSemver(in.tag, 2, true) + dev;
    }
    return std::unexpected(versionError(Text::tr("unknown version_scheme \"%1\" (Slipway knows: %2)")
                                            .arg(scheme, versionSchemes().join(u", "_s))));
}

Result<QString> localVersion(const ScmVersion& v, const QString& scheme, const QDateTime& now)
{
    const QString name = scheme.isEmpty() ? u"node-and-date"_s : scheme;
    const QDateTime utc = now.toUTC();
    if (name == u"node-and-date" || name == u"node-and-timestamp") {
        const QString time = utc.toString(name == u"node-and-date" ? u"yyyyMMdd"_s : u"yyyyMMddHHmmss"_s);
        if (v.exact() || v.node.isEmpty())
            return v.dirty ? u"+d"_s + time : QString();
        return v.dirty ? QString(u"+"_s + v.node + u".d"_s + time) : QString(u"+"_s + v.node);
    }
    if (name == u"no-local-version")
        return QString();
    if (name == u"dirty-tag")
        return v.dirty ? u"+dirty"_s : QString();
    return std::unexpected(versionError(
        Text::tr("unknown local_scheme \"%1\" (Slipway knows: %2)").arg(name, localSchemes().join(u", "_s))));
}

QString pretendVersion(const ScmSettings& settings, const QProcessEnvironment& env)
{
    if (!settings.distName.isEmpty()) {
        static const QRegularExpression runs(u"[-_.]+"_s);
        QString key = settings.distName;
        key = key.replace(runs, u"-"_s).replace(u'-', u'_').toUpper();
        const QString named = env.value(u"SETUPTOOLS_SCM_PRETEND_VERSION_FOR_"_s + key);
        if (!named.isEmpty())
            return named;
    }
    return env.value(u"SETUPTOOLS_SCM_PRETEND_VERSION"_s);
}

QString pkgInfoVersion(const QString& root)
{
    QFile file(QDir(root).filePath(u"PKG-INFO"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith("Version:"))
            return QString::fromUtf8(line.mid(8)).trimmed();
        if (line.isEmpty())
            break; // end of the headers
    }
    return {};
}

} // namespace

QStringList versionSchemes()
{
    return {u"guess-next-dev"_s,           u"post-release"_s, u"no-guess-dev"_s, u"release-branch-semver"_s,
            u"python-simplified-semver"_s, u"only-version"_s};
}

QStringList localSchemes()
{
    return {u"node-and-date"_s, u"node-and-timestamp"_s, u"no-local-version"_s, u"dirty-tag"_s};
}

Result<ScmVersion> computeFromFacts(const git::DescribeFacts& facts, const ScmSettings& settings,
                                    const QDateTime& now)
{
    ScmVersion v;
    v.facts = facts;
    v.tag = facts.tag;
    // Debian's setuptools_scm drops these packaging prefixes from the described tag.
    for (const QString& prefix : {u"debian/"_s, u"upstream/"_s})
        if (v.tag.startsWith(prefix))
            v.tag.remove(0, prefix.size());
    v.distance = facts.distance;
    v.node = facts.node;
    v.dirty = facts.dirty;
    v.changedFiles = facts.changedFiles;
    v.branch = facts.branch;
    v.nodeDate = facts.headDate;
    if (facts.unborn) {
        v.node.clear();
        v.distance = 0;
        v.dirty = true;
    }

    Version tag = *Version::parse(u"0.0");
    if (!v.tag.isEmpty()) {
        auto parsed = parseTag(v.tag, settings.tagRegex);
        if (!parsed)
            return std::unexpected(parsed.error());
        tag = parsed->version;
        if (!parsed->suffix.isEmpty())
            v.warnings.append(
                Text::tr("tag \"%1\" will be stripped of its suffix \"%2\"").arg(v.tag, parsed->suffix));
    }
    v.tagVersion = tag.toString();

    auto main = mainVersion({tag, v, settings});
    if (!main)
        return std::unexpected(main.error());
    auto local = localVersion(v, settings.localScheme, now);
    if (!local)
        return std::unexpected(local.error());
    v.version = *main + *local;
    if (!Version::isCanonical(v.version))
        v.warnings.append(Text::tr("\"%1\" is not a normalised PEP 440 version").arg(v.version));
    return v;
}

Result<ScmVersion> computeVersion(const QString& root, const ScmSettings& settings,
                                  const QProcessEnvironment& env)
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (const QString epoch = env.value(u"SOURCE_DATE_EPOCH"_s); !epoch.isEmpty())
        now = QDateTime::fromSecsSinceEpoch(epoch.toLongLong(), QTimeZone::UTC);

    if (const QString pretend = pretendVersion(settings, env); !pretend.isEmpty()) {
        ScmVersion v;
        v.version = pretend;
        v.source = ScmVersion::Source::Pretend;
        v.tagVersion = pretend;
        return v;
    }

    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (git::Repository::mayBeInside(root)) {
        auto repo = git::Repository::open(root);
        const bool top = repo && QFileInfo(repo->workdir()).canonicalFilePath() == canonicalRoot;
        if (top) {
            auto facts = repo->describeFacts();
            if (!facts)
                return std::unexpected(Error{Text::tr("Compute the version"), root, facts.error().message});
            if (settings.committedOnly) {
                facts->dirty = false;
                facts->changedFiles.clear();
            }
            auto v = computeFromFacts(*facts, settings, now);
            if (!v)
                v.error().path = root;
            return v;
        }
    }
    QString fallback = pkgInfoVersion(root);
    if (fallback.isEmpty())
        fallback = settings.fallbackVersion;
    if (!fallback.isEmpty()) {
        ScmVersion v;
        v.version = fallback;
        v.tagVersion = fallback;
        v.source = ScmVersion::Source::Fallback;
        return v;
    }
    return std::unexpected(Error{
        Text::tr("Compute the version"), root,
        Text::tr(
            "not the top of a git work tree and no fallback_version: setuptools_scm cannot tell the version "
            "(clone the repository with its history and tags, or set "
            "SETUPTOOLS_SCM_PRETEND_VERSION)")});
}

TagPreview previewTag(const git::DescribeFacts& facts, const ScmSettings& settings, const QString& tagName,
                      const QDateTime& now)
{
    TagPreview preview;
    preview.tagName = tagName.trimmed();
    if (preview.tagName.isEmpty()) {
        preview.problems.append(Text::tr("The tag name is empty."));
        return preview;
    }
    static const QRegularExpression badRef(u"(^[-.]|\\.\\.|[\\s~^:?*\\[\\\\]|@\\{|\\.lock$|/$|\\.$)"_s);
    if (badRef.match(preview.tagName).hasMatch())
        preview.problems.append(Text::tr("\"%1\" is not a valid git tag name.").arg(preview.tagName));
    if (!preview.tagName.contains(QRegularExpression(u"[0-9]"_s)))
        preview.problems.append(
            Text::tr("setuptools_scm only looks at tags with a digit in them; it would not see \"%1\".")
                .arg(preview.tagName));
    auto parsed = parseTag(preview.tagName, settings.tagRegex);
    if (!parsed) {
        preview.problems.append(parsed.error().message);
        return preview;
    }
    git::DescribeFacts tagged = facts;
    tagged.tag = preview.tagName;
    tagged.distance = 0;
    if (auto v = computeFromFacts(tagged, settings, now))
        preview.version = v->version;
    else
        preview.problems.append(v.error().message);
    if (!facts.tag.isEmpty()) {
        if (auto current = parseTag(facts.tag, settings.tagRegex);
            current && parsed->version <= current->version)
            preview.problems.append(
                Text::tr("%1 is not newer than %2, the version of tag \"%3\".")
                    .arg(parsed->version.toString(), current->version.toString(), facts.tag));
    }
    if (facts.dirty)
        preview.problems.append(Text::tr(
            "The work tree has uncommitted changes: the version stays a development version until they "
            "are committed (the tag goes on the last commit)."));
    return preview;
}

TagPreview previewTag(const ScmVersion& current, const ScmSettings& settings, const QString& tagName,
                      const QDateTime& now)
{
    return previewTag(current.facts, settings, tagName, now);
}

QList<Bump> bumpSuggestions(const Version& current)
{
    const QList<qint64>& r = current.release();
    const auto part = [&r](int i) { return i < r.size() ? r[i] : qint64(0); };
    const auto make = [&current](qint64 major, qint64 minor, qint64 patch, const QString& suffix = {}) {
        QString text = u"%1.%2.%3"_s.arg(major).arg(minor).arg(patch) + suffix;
        if (current.epoch() != 0)
            text.prepend(QString::number(current.epoch()) + u'!');
        return Version::parse(text)->toString();
    };
    QList<Bump> bumps;
    if (const auto pre = current.pre()) {
        const QString kind = pre->kind == Version::PreKind::Alpha  ? u"a"_s
                             : pre->kind == Version::PreKind::Beta ? u"b"_s
                                                                   : u"rc"_s;
        bumps.append({Text::tr("next pre-release"),
                      make(part(0), part(1), part(2), kind + QString::number(pre->number + 1))});
        if (pre->kind != Version::PreKind::Candidate)
            bumps.append({Text::tr("release candidate"), make(part(0), part(1), part(2), u"rc1"_s)});
        bumps.append({Text::tr("final"), make(part(0), part(1), part(2))});
    } else {
        bumps.append({Text::tr("patch"), make(part(0), part(1), part(2) + 1)});
    }
    bumps.append({Text::tr("minor"), make(part(0), part(1) + 1, 0)});
    bumps.append({Text::tr("major"), make(part(0) + 1, 0, 0)});
    bumps.append({Text::tr("minor beta"), make(part(0), part(1) + 1, 0, u"b1"_s)});
    bumps.append({Text::tr("minor release candidate"), make(part(0), part(1) + 1, 0, u"rc1"_s)});
    return bumps;
}

ReleaseGuard checkReleasable(const ScmVersion& v)
{
    ReleaseGuard guard;
    QStringList reasons;
    if (v.dirty && !v.changedFiles.isEmpty()) {
        QStringList shown = v.changedFiles.mid(0, 10);
        QString list = shown.join(u", "_s);
        if (v.changedFiles.size() > shown.size())
            list += Text::tr(" and %n more", nullptr, int(v.changedFiles.size() - shown.size()));
        reasons.append(Text::tr("The work tree has uncommitted changes to tracked files: %1.").arg(list));
    } else if (v.dirty) {
        reasons.append(Text::tr("The repository has no commit yet."));
    }
    if (v.hasLocal())
        reasons.append(
            v.dirty ? Text::tr("Version %1 has a local part (+…), which package indexes refuse: commit "
                               "the changes, then tag the commit to make it a release.")
                          .arg(v.version)
                    : Text::tr("Version %1 has a local part (+…), which package indexes refuse: tag "
                               "this commit to make it a release.")
                          .arg(v.version));
    if (!reasons.isEmpty()) {
        guard.allowed = false;
        guard.reason = reasons.join(u' ');
    }
    return guard;
}

} // namespace slipway::version
