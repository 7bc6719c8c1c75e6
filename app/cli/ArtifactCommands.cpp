// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ArtifactCommands.h"

#include "app/cli/Cli.h"
#include "services/dist/Build.h"
#include "services/project/TrustStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace slipway::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::cli)
};

QString kindName(dist::Artifact::Kind kind)
{
    switch (kind) {
    case dist::Artifact::Kind::Wheel:
        return QStringLiteral("wheel");
    case dist::Artifact::Kind::Sdist:
        return QStringLiteral("sdist");
    case dist::Artifact::Kind::Executable:
        return QStringLiteral("executable");
    }
    return {};
}

QJsonObject toJson(const dist::Artifact& a, bool withFiles)
{
    QJsonArray findings;
    for (const dist::Finding& f : a.findings)
        findings.append(QJsonObject{{QStringLiteral("severity"), dist::severityName(f.severity)},
                                    {QStringLiteral("code"), f.code},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("file"), f.file}});
    QJsonObject json{{QStringLiteral("path"), a.path},
                     {QStringLiteral("kind"), kindName(a.kind)},
                     {QStringLiteral("name"), a.name},
                     {QStringLiteral("version"), a.version},
                     {QStringLiteral("size"), a.size},
                     {QStringLiteral("sha256"), a.sha256},
                     {QStringLiteral("requiresPython"), a.metadata.requiresPython},
                     {QStringLiteral("requiresDist"), QJsonArray::fromStringList(a.metadata.requiresDist)},
                     {QStringLiteral("fileCount"), a.files.size()},
                     {QStringLiteral("recordEntriesVerified"), a.recordEntriesVerified},
                     {QStringLiteral("findings"), findings}};
    if (withFiles) {
        QJsonArray files;
        for (const dist::ArtifactFile& f : a.files)
            files.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("size"), f.size},
                                     {QStringLiteral("sha256"), f.sha256}});
        json.insert(QStringLiteral("files"), files);
    }
    return json;
}

void printArtifact(QTextStream& out, const dist::Artifact& a, bool withFiles)
{
    const QLocale c = QLocale::c();
    out << a.fileName << "  " << kindName(a.kind) << "  " << c.formattedDataSize(a.size) << '\n';
    const auto row = [&out](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out << "  " << label.leftJustified(15) << ' ' << value << '\n';
    };
    row(Text::tr("name"), a.name);
    row(Text::tr("version"), a.version);
    row(QStringLiteral("sha256"), a.sha256);
    row(Text::tr("requires python"), a.metadata.requiresPython);
    row(Text::tr("requires"), a.metadata.requiresDist.join(QStringLiteral(", ")));
    row(Text::tr("files"),
        a.kind == dist::Artifact::Kind::Wheel
            ? Text::tr("%1 (RECORD checked for %2)").arg(a.files.size()).arg(a.recordEntriesVerified)
            : QString::number(a.files.size()));
    for (const dist::Finding& f : a.findings)
        out << "  " << dist::severityName(f.severity).leftJustified(8) << f.message << "  [" << f.code
            << "]\n";
    if (a.findings.isEmpty())
        out << "  " << Text::tr("no problems found") << '\n';
    if (withFiles)
        for (const dist::ArtifactFile& f : a.files)
            out << "    " << QString::number(f.size).rightJustified(10) << "  " << f.path << '\n';
}

bool failsUnder(const dist::Artifact& a, bool strict)
{
    return a.hasErrors() || (strict && a.hasWarnings());
}

} // namespace

int inspect(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"), Text::tr("Wheels, sdists or executables."));
    parser.addOption({QStringLiteral("json"), Text::tr("Print JSON.")});
    parser.addOption({QStringLiteral("files"), Text::tr("List the files inside.")});
    parser.addOption({QStringLiteral("strict"), Text::tr("Warnings fail too (exit 1).")});
    parser.addOption({QStringLiteral("diff"), Text::tr("Compare the file lists of two artifacts.")});
    parser.addOption({QStringLiteral("expect-version"), Text::tr("Warn when the version differs."),
                      QStringLiteral("version")});
    parser.addOption({QStringLiteral("project"),
                      Text::tr("Check a wheel against this project's src/ folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("sdist"), Text::tr("Check a wheel against the sdist built with it."),
                      QStringLiteral("file")});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(err, QStringLiteral("inspect"), Text::tr("expects a wheel, sdist or executable"));

    dist::InspectOptions options;
    options.expectedVersion = parser.value(QStringLiteral("expect-version"));
    options.projectRoot = parser.value(QStringLiteral("project"));
    options.companionSdist = parser.value(QStringLiteral("sdist"));
    QList<dist::Artifact> artifacts;
    for (const QString& file : files) {
        auto a = dist::inspectArtifact(file, options);
        if (!a)
            return inputError(err, a.error());
        artifacts.append(std::move(*a));
    }

    if (parser.isSet(QStringLiteral("diff"))) {
        if (artifacts.size() != 2)
            return usageError(err, QStringLiteral("inspect --diff"), Text::tr("expects two artifacts"));
        const dist::FileListDiff diff = dist::compareFiles(artifacts[0], artifacts[1]);
        for (const QString& path : diff.onlyInA)
            out << "- " << path << '\n';
        for (const QString& path : diff.onlyInB)
            out << "+ " << path << '\n';
        for (const QString& path : diff.changed)
            out << "~ " << path << '\n';
        out.flush();
        return diff.onlyInA.isEmpty() && diff.onlyInB.isEmpty() && diff.changed.isEmpty() ? Ok
                                                                                          : ProblemsFound;
    }

    const bool strict = parser.isSet(QStringLiteral("strict"));
    const bool withFiles = parser.isSet(QStringLiteral("files"));
    bool failed = false;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const dist::Artifact& a : std::as_const(artifacts))
            list.append(toJson(a, withFiles));
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    }
    for (const dist::Artifact& a : std::as_const(artifacts)) {
        if (!parser.isSet(QStringLiteral("json")))
            printArtifact(out, a, withFiles);
        failed = failed || failsUnder(a, strict);
    }
    out.flush();
    return failed ? ProblemsFound : Ok;
}

int build(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("path"), Text::tr("The project folder (default: here)."));
    parser.addOption({QStringLiteral("wheel"), Text::tr("Build a wheel.")});
    parser.addOption({QStringLiteral("sdist"), Text::tr("Build an sdist.")});
    parser.addOption({QStringLiteral("exe"), Text::tr("Build a single-file executable (zipapp).")});
    parser.addOption({QStringLiteral("script"), Text::tr("The [project.scripts] entry the executable runs."),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("out"), Text::tr("Output folder (default: dist)."), QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("python"), Text::tr("The interpreter that builds."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("allow-dirty"),
                      Text::tr("Build even with uncommitted changes or a local (+…) version.")});
    parser.addOption({QStringLiteral("strict"), Text::tr("Inspection warnings fail too (exit 1).")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print JSON.")});
    parser.addOption({QStringLiteral("trust"), Text::tr("Trust the project for this run.")});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(err, QStringLiteral("build"), Text::tr("expects at most one project folder"));
    const QString root =
        QDir(QDir::current().absoluteFilePath(positional.value(0, QStringLiteral(".")))).canonicalPath();
    if (root.isEmpty())
        return inputError(err,
                          Error{QStringLiteral("build"), positional.value(0), Text::tr("no such folder")});
    if (!trustFlag && !parser.isSet(QStringLiteral("trust"))) {
        const TrustStore trust(TrustStore::defaultStorePath());
        if (auto trusted = trust.require(root, Text::tr("build (runs the project's build backend)"));
            !trusted)
            return inputError(err, trusted.error());
    }

    dist::BuildRequest request;
    request.projectRoot = root;
    const bool any = parser.isSet(QStringLiteral("wheel")) || parser.isSet(QStringLiteral("sdist")) ||
                     parser.isSet(QStringLiteral("exe"));
    request.wheel = !any || parser.isSet(QStringLiteral("wheel"));
    request.sdist = !any || parser.isSet(QStringLiteral("sdist"));
    request.executable = parser.isSet(QStringLiteral("exe"));
    request.script = parser.value(QStringLiteral("script"));
    if (parser.isSet(QStringLiteral("out")))
        request.outputDir = QDir::current().absoluteFilePath(parser.value(QStringLiteral("out")));
    request.python = parser.value(QStringLiteral("python"));
    request.allowUnreleasable = parser.isSet(QStringLiteral("allow-dirty"));

    const bool json = parser.isSet(QStringLiteral("json"));
    dist::BuildJob job(request);
    QObject::connect(&job, &Job::logLine, &job, [&err](const QString& line) {
        err << line << '\n';
        err.flush();
    });
    runToCompletion(job);
    const Result<dist::BuildOutcome> result =
        job.result().value_or(slipway::fail(Text::tr("build"), request.projectRoot, Text::tr("canceled")));
    if (!result) {
        err << "slipway: " << result.error().toString() << '\n';
        if (!request.allowUnreleasable && result.error().operation == u"build")
            err << Text::tr("(--allow-dirty builds anyway)") << '\n';
        err.flush();
        return ProblemsFound;
    }
    bool failed = false;
    const bool strict = parser.isSet(QStringLiteral("strict"));
    QJsonArray list;
    for (const dist::Artifact& a : result->inspected) {
        if (json)
            list.append(toJson(a, false));
        else
            printArtifact(out, a, false);
        failed = failed || failsUnder(a, strict);
    }
    if (json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("version"), result->version},
                                         {QStringLiteral("isolated"), result->isolated},
                                         {QStringLiteral("artifacts"), list}})
                   .toJson(QJsonDocument::Indented);
    out.flush();
    return failed ? ProblemsFound : Ok;
}

} // namespace slipway::cli
