// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The definition's values: step kinds, globs, the default pipeline (the reader is PipelineConfig.cpp).
#include "services/pipeline/PipelineConfig.h"
#include "services/release/ChannelConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace slipway::pipeline {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::pipeline::PipelineConfig)
};

constexpr std::array kindNames{"run",   "strip-check", "lint",           "test",
                               "build", "publish",     "test-installed", "promote"};

QString globToRegex(const QString& pattern)
{
    QString rx = u"^"_s;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'*' && i + 1 < pattern.size() && pattern[i + 1] == u'*') {
            const bool slash = i + 2 < pattern.size() && pattern[i + 2] == u'/';
            rx += slash ? u"(?:.*/)?"_s : u".*"_s;
            i += slash ? 2 : 1;
        } else if (c == u'*') {
            rx += u"[^/]*"_s;
        } else if (c == u'?') {
            rx += u"[^/]"_s;
        } else if (c == u'[' && pattern.indexOf(u']', i + 1) > i + 1) {
            const qsizetype end = pattern.indexOf(u']', i + 1);
            QString set = pattern.mid(i + 1, end - i - 1);
            if (set.startsWith(u'!'))
                set[0] = u'^';
            rx += u'[' + set.replace(u"\\"_s, u"\\\\"_s) + u']';
            i = end;
        } else {
            rx += QRegularExpression::escape(QString(c));
        }
    }
    return rx + u'$';
}

} // namespace

QString kindName(StepKind kind)
{
    return QString::fromLatin1(kindNames[size_t(kind)]);
}

std::optional<StepKind> kindFromName(const QString& name)
{
    for (size_t i = 0; i < kindNames.size(); ++i)
        if (name == QLatin1StringView(kindNames[i]))
            return StepKind(i);
    return std::nullopt;
}

const QStringList& builtinNames()
{
    static const QStringList names = [] {
        QStringList n;
        for (size_t i = 1; i < kindNames.size(); ++i)
            n << QString::fromLatin1(kindNames[i]);
        return n;
    }();
    return names;
}

QString StepDef::commandLine() const
{
    if (kind != StepKind::Run) {
        QStringList parts{u"uses: "_s + kindName(kind)};
        for (auto it = with.cbegin(); it != with.cend(); ++it)
            parts << it.key() + u'=' + it.value().join(u',');
        return parts.join(u' ');
    }
    if (!shell.isEmpty())
        return run.value(2);
    QStringList quoted;
    for (const QString& a : run)
        quoted << (a.contains(u' ') || a.isEmpty() ? u'\'' + a + u'\'' : a);
    return quoted.join(u' ');
}

const StepDef* Pipeline::step(const QString& name) const
{
    const qsizetype i = indexOf(name);
    return i < 0 ? nullptr : &steps[i];
}

qsizetype Pipeline::indexOf(const QString& name) const
{
    for (qsizetype i = 0; i < steps.size(); ++i)
        if (steps[i].name == name)
            return i;
    return -1;
}

QString globProblem(const QString& pattern)
{
    if (pattern.isEmpty() || QDir::isAbsolutePath(pattern) || pattern.startsWith(u'~'))
        return Text::tr("'%1' must be relative to the project").arg(pattern);
    if (pattern.split(u'/').contains(u".."_s))
        return Text::tr("'%1' must stay inside the project (no '..')").arg(pattern);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u']')
            return Text::tr("'%1': ']' without '['").arg(pattern);
        if (pattern[i] != u'[')
            continue;
        const qsizetype end = pattern.indexOf(u']', i + 1);
        if (end < 0 || end == i + 1 || QStringView(pattern).sliced(i + 1, end - i - 1).contains(u'/'))
            return Text::tr("'%1': '[' without a closing ']'").arg(pattern);
        i = end;
    }
    if (!QRegularExpression(globToRegex(pattern)).isValid())
        return Text::tr("'%1' is not a glob").arg(pattern);
    return {};
}

bool globMatches(const QString& pattern, const QString& path)
{
    if (!pattern.contains(u'*') && !pattern.contains(u'?') && !pattern.contains(u'['))
        return pattern == path || path.startsWith(pattern + u'/'); // a folder: everything in it
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end()) {
        if (compiled.size() > 4096)
            compiled.clear();
        it = compiled.insert(pattern, QRegularExpression(globToRegex(pattern)));
    }
    return it->match(path).hasMatch();
}

Pipeline defaultPipeline(const release::ReleaseConfig& channels)
{
    Pipeline p;
    p.isDefault = true;
    auto add = [&p](const QString& name, StepKind kind, QStringList needs) -> StepDef& {
        StepDef s;
        s.name = name;
        s.kind = kind;
        s.needs = std::move(needs);
        p.steps << s;
        return p.steps.last();
    };
    add(u"strip-check"_s, StepKind::StripCheck, {});
    add(u"lint"_s, StepKind::Lint, {u"strip-check"_s});
    add(u"test"_s, StepKind::Test, {u"lint"_s});
    add(u"build"_s, StepKind::Build, {u"test"_s});
    if (channels.channels.isEmpty())
        return p;
    const QString first =
        channels.promotions.isEmpty() ? channels.channels.first().name : channels.promotions.first().from;
    add(u"publish"_s, StepKind::Publish, {u"build"_s}).with.insert(u"channel"_s, {first});
    add(u"installed-tests"_s, StepKind::TestInstalled, {u"publish"_s}).with.insert(u"channel"_s, {first});
    QString previous = u"installed-tests"_s;
    for (const release::PromotionRule& rule : channels.promotions) {
        StepDef& s = add(u"to-"_s + rule.to, StepKind::Promote, {previous});
        s.with.insert(u"from"_s, {rule.from});
        s.with.insert(u"to"_s, {rule.to});
        if (rule.gates.contains(u"final-version"_s))
            s.when = u"final-version"_s;
        previous = s.name;
    }
    return p;
}

} // namespace slipway::pipeline
