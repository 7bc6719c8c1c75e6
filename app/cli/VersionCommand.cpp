// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/VersionCommand.h"

#include "app/cli/Cli.h"
#include "services/git/Repository.h"
#include "services/project/ProjectVersion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace slipway::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::cli)
};

QString sourceName(version::ScmVersion::Source source)
{
    switch (source) {
    case version::ScmVersion::Source::Git:
        return QStringLiteral("git");
    case version::ScmVersion::Source::Pretend:
        return QStringLiteral("pretend");
    case version::ScmVersion::Source::Fallback:
        return QStringLiteral("fallback");
    }
    return {};
}

QJsonObject toJson(const version::ScmVersion& v, const std::optional<version::TagPreview>& preview,
                   const QList<version::Bump>& bumps)
{
    QJsonObject json{{QStringLiteral("version"), v.version},
                     {QStringLiteral("source"), sourceName(v.source)},
                     {QStringLiteral("tag"), v.tag.isEmpty() ? QJsonValue() : QJsonValue(v.tag)},
                     {QStringLiteral("tagVersion"), v.tagVersion},
                     {QStringLiteral("distance"), v.distance},
                     {QStringLiteral("node"), v.node},
                     {QStringLiteral("dirty"), v.dirty},
                     {QStringLiteral("changedFiles"), QJsonArray::fromStringList(v.changedFiles)},
                     {QStringLiteral("branch"), v.branch},
                     {QStringLiteral("exact"), v.exact()},
                     {QStringLiteral("warnings"), QJsonArray::fromStringList(v.warnings)}};
    const version::ReleaseGuard guard = version::checkReleasable(v);
    json.insert(QStringLiteral("releasable"), guard.allowed);
    if (!guard.allowed)
        json.insert(QStringLiteral("notReleasableBecause"), guard.reason);
    if (preview)
        json.insert(QStringLiteral("tagPreview"),
                    QJsonObject{{QStringLiteral("tag"), preview->tagName},
                                {QStringLiteral("version"), preview->version},
                                {QStringLiteral("problems"), QJsonArray::fromStringList(preview->problems)}});
    QJsonArray bumpList;
    for (const version::Bump& bump : bumps)
        bumpList.append(
            QJsonObject{{QStringLiteral("kind"), bump.label}, {QStringLiteral("version"), bump.version}});
    json.insert(QStringLiteral("nextReleases"), bumpList);
    return json;
}

void explain(QTextStream& out, const version::ScmVersion& v, const QList<version::Bump>& bumps)
{
    const auto row = [&out](const QString& label, const QString& value) {
        out << "  " << label.leftJustified(14) << ' ' << value << '\n';
    };
    if (v.source == version::ScmVersion::Source::Pretend)
        row(Text::tr("from"), Text::tr("SETUPTOOLS_SCM_PRETEND_VERSION"));
    else if (v.source == version::ScmVersion::Source::Fallback)
        row(Text::tr("from"), Text::tr("the fallback (PKG-INFO or fallback_version)"));
    else {
        row(Text::tr("tag"), v.tag.isEmpty() ? Text::tr("none (counting from 0.0)") : v.tag);
        row(Text::tr("distance"), QString::number(v.distance));
        row(Text::tr("commit"), v.node.isEmpty() ? Text::tr("none yet") : v.node.mid(1));
        row(Text::tr("branch"), v.branch);
        row(Text::tr("work tree"), v.dirty
                                       ? Text::tr("dirty: %1").arg(v.changedFiles.join(QStringLiteral(", ")))
                                       : Text::tr("clean"));
    }
    const version::ReleaseGuard guard = version::checkReleasable(v);
    row(Text::tr("releasable"), guard.allowed ? Text::tr("yes") : Text::tr("no: %1").arg(guard.reason));
    for (const QString& warning : v.warnings)
        row(Text::tr("warning"), warning);
    QStringList next;
    for (const version::Bump& bump : bumps)
        next.append(bump.version + u" (" + bump.label + u')');
    if (!next.isEmpty())
        row(Text::tr("next releases"), next.join(QStringLiteral(", ")));
}

} // namespace

int version(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("path"), Text::tr("The project folder (default: here)."));
    parser.addOption(
        {QStringLiteral("scheme"),
         Text::tr("Version scheme: %1.").arg(version::versionSchemes().join(QStringLiteral(", "))),
         QStringLiteral("scheme")});
    parser.addOption({QStringLiteral("local-scheme"),
                      Text::tr("Local scheme: %1.").arg(version::localSchemes().join(QStringLiteral(", "))),
                      QStringLiteral("scheme")});
    parser.addOption({QStringLiteral("tag"), Text::tr("Preview the version if HEAD were tagged NAME."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("explain"), Text::tr("Say what the version was computed from.")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print JSON.")});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(err, QStringLiteral("version"), Text::tr("expects at most one project folder"));
    const QString root =
        QDir::cleanPath(QDir::current().absoluteFilePath(positional.value(0, QStringLiteral("."))));

    version::ScmSettings overrides;
    overrides.versionScheme = parser.value(QStringLiteral("scheme"));
    overrides.localScheme = parser.value(QStringLiteral("local-scheme"));
    const auto v = projectVersion(root, overrides);
    if (!v)
        return inputError(err, v.error());

    const bool wantsDetails = parser.isSet(QStringLiteral("json")) || parser.isSet(QStringLiteral("explain"));
    QList<version::Bump> bumps;
    std::optional<version::TagPreview> preview;
    if (wantsDetails || parser.isSet(QStringLiteral("tag"))) {
        if (const auto tagVersion = version::Version::parse(v->tagVersion))
            bumps = version::bumpSuggestions(*tagVersion);
    }
    if (parser.isSet(QStringLiteral("tag"))) {
        auto repo = git::Repository::open(root);
        if (!repo)
            return inputError(err, Error{QStringLiteral("version --tag"), root, repo.error().message});
        auto facts = repo->describeFacts();
        if (!facts)
            return inputError(err, Error{QStringLiteral("version --tag"), root, facts.error().message});
        preview = version::previewTag(*facts, {}, parser.value(QStringLiteral("tag")),
                                      QDateTime::currentDateTimeUtc());
    }

    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(toJson(*v, preview, bumps)).toJson(QJsonDocument::Indented);
    } else {
        out << v->version << '\n';
        if (parser.isSet(QStringLiteral("explain")))
            explain(out, *v, bumps);
        if (preview) {
            out << Text::tr("If HEAD were tagged %1: %2")
                       .arg(preview->tagName,
                            preview->version.isEmpty() ? Text::tr("no version") : preview->version)
                << '\n';
            for (const QString& problem : std::as_const(preview->problems))
                out << "  " << problem << '\n';
        }
    }
    out.flush();
    return preview && !preview->problems.isEmpty() ? ProblemsFound : Ok;
}

} // namespace slipway::cli
