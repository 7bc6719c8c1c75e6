// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace slipway::version {

// A version as PEP 440 defines it: [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]. Parsing accepts every
// spelling PEP 440 allows (v prefix, "-", "_" and "." separators, alpha/beta/c/pre/preview, implicit
// numbers, "1.0-1" post releases, any case) and keeps the normalised form, which toString() returns.
// Ordering follows PEP 440 (and the `packaging` library): 1.0.dev0 < 1.0a1 < 1.0 < 1.0+local < 1.0.post1.
class Version
{
public:
    enum class PreKind
    {
        Alpha,
        Beta,
        Candidate
    };
    struct Pre
    {
        PreKind kind = PreKind::Alpha;
        qint64 number = 0;
        friend bool operator==(const Pre&, const Pre&) = default;
    };

    Version() = default;
    // The error names the string and says what in it is not PEP 440.
    static Result<Version> parse(QStringView text);
    // Whether `text` is a version in the normalised form (what PEP 440 asks for in metadata and tags).
    static bool isCanonical(QStringView text);

    qint64 epoch() const { return m_epoch; }
    const QList<qint64>& release() const { return m_release; }
    std::optional<Pre> pre() const { return m_pre; }
    std::optional<qint64> post() const { return m_post; }
    std::optional<qint64> dev() const { return m_dev; }
    const QStringList& local() const { return m_local; } // lower case, '.' separated parts

    bool isPrerelease() const { return m_pre.has_value() || m_dev.has_value(); }
    bool isPostrelease() const { return m_post.has_value(); }
    bool isDevrelease() const { return m_dev.has_value(); }
    bool hasLocal() const { return !m_local.isEmpty(); }
    bool isNull() const { return m_release.isEmpty(); }

    QString toString() const;      // normalised
    QString publicVersion() const; // without +local
    QString baseVersion() const;   // epoch and release only
    Version withoutLocal() const;
    Version withoutSuffixes() const; // epoch and release

    friend std::strong_ordering operator<=>(const Version& a, const Version& b);
    friend bool operator==(const Version& a, const Version& b) { return (a <=> b) == 0; }

private:
    qint64 m_epoch = 0;
    QList<qint64> m_release;
    std::optional<Pre> m_pre;
    std::optional<qint64> m_post;
    std::optional<qint64> m_dev;
    QStringList m_local;
};

// One clause of a version specifier (PEP 440 "Version specifiers"): ~=, ==, !=, <=, >=, <, >, ===.
class Specifier
{
public:
    enum class Op
    {
        Compatible,
        Equal,
        NotEqual,
        LessEqual,
        GreaterEqual,
        Less,
        Greater,
        Arbitrary
    };

    static Result<Specifier> parse(QStringView text);
    Op op() const { return m_op; }
    QString versionText() const { return m_text; } // as written after the operator, trimmed
    bool hasWildcard() const { return m_wildcard; }
    // Whether the specifier names a pre-release (then pre-releases match it without being asked for).
    bool mentionsPrerelease() const;
    // Whether `v` satisfies this clause alone (pre-release filtering is SpecifierSet's job).
    bool matches(const Version& v) const;
    QString toString() const;

private:
    Op m_op = Op::Equal;
    QString m_text;
    Version m_version; // null for ===
    bool m_wildcard = false;
};

// A comma-separated list of specifiers, all of which must hold: ">=1.0, !=1.3.*, <2".
class SpecifierSet
{
public:
    static Result<SpecifierSet> parse(QStringView text);
    const QList<Specifier>& specifiers() const { return m_specifiers; }
    // Pre-releases match only when `allowPrereleases`, or when a specifier names one itself (PEP 440).
    bool contains(const Version& v, bool allowPrereleases = false) const;
    QString toString() const;

private:
    QList<Specifier> m_specifiers;
};

// PEP 503 normalised project name: runs of "-", "_" and "." become one "-", all lower case.
QString normalizeName(QStringView name);
// Whether `name` is a valid project name (core metadata "Name": letters, digits, "-", "_", "."; starts
// and ends with a letter or digit).
bool isValidName(QStringView name);

} // namespace slipway::version
