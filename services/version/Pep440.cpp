// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/version/Pep440.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace slipway::version {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::version::Pep440)
};

// The grammar of PEP 440's appendix, in every spelling it accepts. `anchored` decides whether the whole
// string must match; the unanchored form finds how far a broken version is valid, to say where it breaks.
const QString versionPattern =
    uR"(v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\.[0-9]+)*))"
    uR"((?<pre>[-_.]?(?<prel>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pren>[0-9]+)?)?)"
    uR"((?<post>(?:-(?<postn1>[0-9]+))|(?:[-_.]?(?<postl>post|rev|r)[-_.]?(?<postn2>[0-9]+)?))?)"
    uR"((?<dev>[-_.]?dev[-_.]?(?<devn>[0-9]+)?)?))"
    uR"((?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?)"_s;

const QRegularExpression& versionRegex()
{
    static const QRegularExpression re(u"^\\s*"_s + versionPattern + u"\\s*$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& versionPrefixRegex()
{
    static const QRegularExpression re(u"^\\s*"_s + versionPattern,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

std::optional<qint64> number(QStringView digits, bool* overflow)
{
    if (digits.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok)
        *overflow = true;
    return value;
}

Error versionError(QStringView text, const QString& why)
{
    return Error{Text::tr("Invalid version \"%1\"").arg(text), QString(), why};
}

QString whyInvalid(QStringView text)
{
    if (text.trimmed().isEmpty())
        return Text::tr("the version is empty");
    const auto match = versionPrefixRegex().matchView(text);
    if (!match.hasMatch() || match.capturedLength() == 0)
        return Text::tr("a version starts with a number (an optional \"v\" and \"N!\" epoch before it)");
    const qsizetype at = match.capturedEnd();
    return Text::tr("\"%1\" at position %2 is not part of a PEP 440 version (after \"%3\")")
        .arg(text.mid(at, 1), QString::number(at + 1), text.left(at));
}

int compareLocal(const QStringList& a, const QStringList& b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        bool aNum = false;
        bool bNum = false;
        const qint64 an = a[i].toLongLong(&aNum);
        const qint64 bn = b[i].toLongLong(&bNum);
        if (aNum && bNum) {
            if (an != bn)
                return an < bn ? -1 : 1;
        } else if (aNum != bNum) {
            return aNum ? 1 : -1; // a number sorts after a string
        } else if (const int c = a[i].compare(b[i]); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// `packaging`'s _version_split: epoch first, then the dot-separated parts with "1rc2" split into "1", "rc2".
QStringList versionSplit(const QString& normalised)
{
    static const QRegularExpression prefix(u"^([0-9]+)((?:a|b|c|rc)[0-9]+)$"_s);
    QStringList result;
    const qsizetype bang = normalised.lastIndexOf(u'!');
    result.append(bang < 0 ? u"0"_s : normalised.left(bang));
    const auto items = normalised.mid(bang + 1).split(u'.');
    for (const QString& item : items) {
        if (const auto m = prefix.match(item); m.hasMatch())
            result << m.captured(1) << m.captured(2);
        else
            result << item;
    }
    return result;
}

bool isSuffix(const QString& part)
{
    for (const QString& prefix : {u"dev"_s, u"a"_s, u"b"_s, u"rc"_s, u"post"_s})
        if (part.startsWith(prefix))
            return true;
    return false;
}

bool isDigits(const QString& s)
{
    return !s.isEmpty() && std::ranges::all_of(s, [](QChar c) { return c.isDigit(); });
}

// Whether `prospective`, its release padded with zeros to the length of the spec's, starts with `spec`.
bool wildcardMatch(const Version& prospective, const Version& spec)
{
    QStringList left = versionSplit(prospective.publicVersion());
    const QStringList right = versionSplit(spec.toString());
    const auto releaseLength = [](const QStringList& parts) {
        return std::ranges::find_if_not(parts, isDigits) - parts.begin();
    };
    const qsizetype l = releaseLength(left);
    const qsizetype r = releaseLength(right);
    for (qsizetype i = l; i < r; ++i)
        left.insert(l, u"0"_s);
    return left.mid(0, right.size()) == right;
}

Result<Version> parseWithin(QStringView text, QStringView specifier)
{
    auto v = Version::parse(text);
    if (!v)
        return std::unexpected(
            Error{Text::tr("Invalid version specifier \"%1\"").arg(specifier), QString(), v.error().message});
    return v;
}

} // namespace

Result<Version> Version::parse(QStringView text)
{
    const auto m = versionRegex().matchView(text);
    if (!m.hasMatch())
        return std::unexpected(versionError(text, whyInvalid(text)));
    Version v;
    bool overflow = false;
    v.m_epoch = number(m.capturedView(u"epoch"), &overflow).value_or(0);
    const auto parts = m.capturedView(u"release").split(u'.');
    for (const auto part : parts)
        v.m_release.append(*number(part, &overflow));
    if (m.capturedLength(u"pre") > 0) {
        const QString label = m.captured(u"prel").toLower();
        const PreKind kind = (label == u"a" || label == u"alpha")  ? PreKind::Alpha
                             : (label == u"b" || label == u"beta") ? PreKind::Beta
                                                                   : PreKind::Candidate;
        v.m_pre = Pre{kind, number(m.capturedView(u"pren"), &overflow).value_or(0)};
    }
    if (m.capturedLength(u"post") > 0) {
        const auto n1 = m.capturedView(u"postn1");
        v.m_post = number(n1.isEmpty() ? m.capturedView(u"postn2") : n1, &overflow).value_or(0);
    }
    if (m.capturedLength(u"dev") > 0)
        v.m_dev = number(m.capturedView(u"devn"), &overflow).value_or(0);
    if (m.capturedLength(u"local") > 0) {
        static const QRegularExpression separators(u"[-_.]"_s);
        const auto localParts = m.captured(u"local").toLower().split(separators);
        for (const QString& part : localParts) {
            bool numeric = false;
            const qint64 n = part.toLongLong(&numeric);
            v.m_local.append(numeric ? QString::number(n) : part);
        }
    }
    if (overflow)
        return std::unexpected(versionError(text, Text::tr("a number in it is too large")));
    return v;
}

bool Version::isCanonical(QStringView text)
{
    const auto v = parse(text);
    return v && v->toString() == text;
}

QString Version::publicVersion() const
{
    QString s = baseVersion();
    if (m_pre) {
        s += m_pre->kind == PreKind::Alpha ? u"a"_s : m_pre->kind == PreKind::Beta ? u"b"_s : u"rc"_s;
        s += QString::number(m_pre->number);
    }
    if (m_post)
        s += u".post"_s + QString::number(*m_post);
    if (m_dev)
        s += u".dev"_s + QString::number(*m_dev);
    return s;
}

QString Version::baseVersion() const
{
    QString s;
    if (m_epoch != 0)
        s += QString::number(m_epoch) + u'!';
    for (qsizetype i = 0; i < m_release.size(); ++i) {
        if (i > 0)
            s += u'.';
        s += QString::number(m_release[i]);
    }
    return s;
}

QString Version::toString() const
{
    return m_local.isEmpty() ? publicVersion() : publicVersion() + u'+' + m_local.join(u'.');
}

Version Version::withoutLocal() const
{
    Version v = *this;
    v.m_local.clear();
    return v;
}

Version Version::withoutSuffixes() const
{
    Version v;
    v.m_epoch = m_epoch;
    v.m_release = m_release;
    return v;
}

std::strong_ordering operator<=>(const Version& a, const Version& b)
{
    if (auto c = a.m_epoch <=> b.m_epoch; c != 0)
        return c;
    // Release: trailing zeros do not count (1.0 == 1.0.0).
    const qsizetype n = std::max(a.m_release.size(), b.m_release.size());
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 x = i < a.m_release.size() ? a.m_release[i] : 0;
        const qint64 y = i < b.m_release.size() ? b.m_release[i] : 0;
        if (auto c = x <=> y; c != 0)
            return c;
    }
    // Pre: a bare .devN sorts before any pre-release; no pre-release sorts after all of them.
    const auto preKey = [](const Version& v) -> std::pair<int, std::pair<int, qint64>> {
        if (!v.m_pre && !v.m_post && v.m_dev)
            return {-1, {}};
        if (!v.m_pre)
            return {1, {}};
        return {0, {int(v.m_pre->kind), v.m_pre->number}};
    };
    if (auto c = preKey(a) <=> preKey(b); c != 0)
        return c;
    const auto postKey = [](const Version& v) { return v.m_post ? *v.m_post : qint64(-1); };
    if (auto c = postKey(a) <=> postKey(b); c != 0)
        return c;
    const auto devKey = [](const Version& v) {
        return v.m_dev ? std::pair{0, *v.m_dev} : std::pair{1, qint64(0)};
    };
    if (auto c = devKey(a) <=> devKey(b); c != 0)
        return c;
    if (a.m_local.isEmpty() != b.m_local.isEmpty())
        return a.m_local.isEmpty() ? std::strong_ordering::less : std::strong_ordering::greater;
    const int c = compareLocal(a.m_local, b.m_local);
    return c < 0   ? std::strong_ordering::less
           : c > 0 ? std::strong_ordering::greater
                   : std::strong_ordering::equal;
}

Result<Specifier> Specifier::parse(QStringView text)
{
    static const QList<std::pair<QString, Op>> operators{
        {u"==="_s, Op::Arbitrary}, {u"~="_s, Op::Compatible},   {u"=="_s, Op::Equal}, {u"!="_s, Op::NotEqual},
        {u"<="_s, Op::LessEqual},  {u">="_s, Op::GreaterEqual}, {u"<"_s, Op::Less},   {u">"_s, Op::Greater}};
    const QStringView trimmed = text.trimmed();
    const auto fail = [&](const QString& why) {
        return std::unexpected(
            Error{Text::tr("Invalid version specifier \"%1\"").arg(trimmed), QString(), why});
    };
    Specifier s;
    QStringView rest;
    bool found = false;
    for (const auto& [spelling, op] : operators) {
        if (trimmed.startsWith(spelling)) {
            s.m_op = op;
            rest = trimmed.mid(spelling.size()).trimmed();
            found = true;
            break;
        }
    }
    if (!found)
        return fail(Text::tr("it must start with one of ~= == != <= >= < > ==="));
    if (rest.isEmpty())
        return fail(Text::tr("a version must follow the operator"));
    s.m_text = rest.toString();
    if (s.m_op == Op::Arbitrary) {
        if (rest.contains(u' ') || rest.contains(u';'))
            return fail(Text::tr("=== takes one string without spaces"));
        return s;
    }
    if (rest.endsWith(u".*")) {
        if (s.m_op != Op::Equal && s.m_op != Op::NotEqual)
            return fail(Text::tr("only == and != take a \".*\" wildcard"));
        auto v = parseWithin(rest.chopped(2), trimmed);
        if (!v)
            return std::unexpected(v.error());
        if (v->pre() || v->post() || v->dev() || v->hasLocal())
            return fail(Text::tr("a \".*\" wildcard follows a release number only (like ==1.4.*)"));
        s.m_version = *v;
        s.m_wildcard = true;
        return s;
    }
    auto v = parseWithin(rest, trimmed);
    if (!v)
        return std::unexpected(v.error());
    if (v->hasLocal() && s.m_op != Op::Equal && s.m_op != Op::NotEqual)
        return fail(Text::tr("only == and != take a local version (+…)"));
    if (s.m_op == Op::Compatible && v->release().size() < 2)
        return fail(Text::tr("~= needs at least two release numbers (like ~=1.4)"));
    s.m_version = *v;
    return s;
}

bool Specifier::mentionsPrerelease() const
{
    if (m_op == Op::NotEqual)
        return false;
    if (m_op == Op::Arbitrary) {
        const auto v = Version::parse(m_text);
        return v && v->isPrerelease();
    }
    return m_version.isPrerelease();
}

bool Specifier::matches(const Version& v) const
{
    const Version publicV = v.withoutLocal();
    switch (m_op) {
    case Op::Arbitrary:
        return v.toString().compare(m_text, Qt::CaseInsensitive) == 0;
    case Op::Equal:
    case Op::NotEqual: {
        const bool equal = m_wildcard             ? wildcardMatch(v, m_version)
                           : m_version.hasLocal() ? v == m_version
                                                  : publicV == m_version;
        return (m_op == Op::Equal) == equal;
    }
    case Op::LessEqual:
        return publicV <= m_version;
    case Op::GreaterEqual:
        return publicV >= m_version;
    case Op::Less:
        if (!(v < m_version))
            return false;
        // <1.0 does not admit 1.0rc1: a pre-release of the very version named is not "less".
        return m_version.isPrerelease() || !v.isPrerelease() ||
               v.withoutSuffixes() != m_version.withoutSuffixes();
    case Op::Greater:
        if (!(v > m_version))
            return false;
        if (!m_version.isPostrelease() && v.isPostrelease() &&
            v.withoutSuffixes() == m_version.withoutSuffixes())
            return false;
        return !v.hasLocal() || v.withoutSuffixes() != m_version.withoutSuffixes();
    case Op::Compatible: {
        if (publicV < m_version)
            return false;
        // ~=1.4.5 is >=1.4.5, ==1.4.*: the release without suffixes, less its last part, as a prefix.
        QStringList prefix;
        const auto parts = versionSplit(m_version.toString()).mid(1);
        for (const QString& part : parts) {
            if (isSuffix(part))
                break;
            prefix.append(part);
        }
        prefix.removeLast();
        QString base = prefix.join(u'.');
        if (m_version.epoch() != 0)
            base.prepend(QString::number(m_version.epoch()) + u'!');
        return wildcardMatch(v, *Version::parse(base));
    }
    }
    return false;
}

QString Specifier::toString() const
{
    static const char* const spelling[] = {"~=", "==", "!=", "<=", ">=", "<", ">", "==="};
    return QLatin1StringView(spelling[int(m_op)]) + m_text;
}

Result<SpecifierSet> SpecifierSet::parse(QStringView text)
{
    SpecifierSet set;
    if (text.trimmed().isEmpty())
        return set;
    const auto parts = text.split(u',');
    for (const auto part : parts) {
        auto s = Specifier::parse(part);
        if (!s)
            return std::unexpected(s.error());
        set.m_specifiers.append(std::move(*s));
    }
    return set;
}

bool SpecifierSet::contains(const Version& v, bool allowPrereleases) const
{
    if (v.isPrerelease() && !allowPrereleases &&
        std::ranges::none_of(m_specifiers, &Specifier::mentionsPrerelease))
        return false;
    return std::ranges::all_of(m_specifiers, [&v](const Specifier& s) { return s.matches(v); });
}

QString SpecifierSet::toString() const
{
    QStringList parts;
    for (const Specifier& s : m_specifiers)
        parts.append(s.toString());
    return parts.join(u',');
}

QString normalizeName(QStringView name)
{
    static const QRegularExpression runs(u"[-_.]+"_s);
    return name.toString().replace(runs, u"-"_s).toLower();
}

bool isValidName(QStringView name)
{
    static const QRegularExpression valid(u"^([a-z0-9]|[a-z0-9][a-z0-9._-]*[a-z0-9])$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return valid.matchView(name).hasMatch();
}

} // namespace slipway::version
