// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include "app/cli/ArtifactCommands.h"
#include "app/cli/ConvertCommand.h"
#include "app/cli/DiffCommand.h"
#include "app/cli/EnvCommand.h"
#include "app/cli/FilterCommand.h"
#include "app/cli/LintCommand.h"
#include "app/cli/PipelineCommand.h"
#include "app/cli/ReleaseCommands.h"
#include "app/cli/StripCommand.h"
#include "app/cli/TestCommand.h"
#include "app/cli/VersionCommand.h"
#include "app/common/Versions.h"
#include "services/project/NotebookCleaner.h"
#include "services/project/Project.h"
#include "services/project/SampleProject.h"
#include "services/project/TrustStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace slipway::cli {

namespace {

const QStringList commands{QStringLiteral("info"),           QStringLiteral("sample"),
                           QStringLiteral("strip"),          QStringLiteral("filter"),
                           QStringLiteral("filter-process"), QStringLiteral("trust"),
                           QStringLiteral("version"),        QStringLiteral("build"),
                           QStringLiteral("inspect"),        QStringLiteral("convert"),
                           QStringLiteral("diff"),           QStringLiteral("lint"),
                           QStringLiteral("test"),           QStringLiteral("env"),
                           QStringLiteral("publish"),        QStringLiteral("promote"),
                           QStringLiteral("yank"),           QStringLiteral("channels"),
                           QStringLiteral("pipeline")};

// This file's texts for translators, in the context "slipway::cli".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::cli)
};

} // namespace

namespace {

QJsonObject toJson(const ProjectInfo& project, bool trusted)
{
    QJsonObject json{{QStringLiteral("name"), project.name},
                     {QStringLiteral("root"), project.root},
                     {QStringLiteral("trusted"), trusted},
                     {QStringLiteral("version"), project.versionLabel()},
                     {QStringLiteral("hasPyprojectToml"), project.hasPyProjectFile},
                     {QStringLiteral("hasSetupCfg"), project.hasSetupCfg},
                     {QStringLiteral("hasSetupPy"), project.hasSetupPy},
                     {QStringLiteral("notebooks"), QJsonArray::fromStringList(project.notebooks)},
                     {QStringLiteral("testDirs"), QJsonArray::fromStringList(project.testDirs)},
                     {QStringLiteral("fileCount"), project.files.size()}};
    if (project.git) {
        const auto& git = *project.git;
        json.insert(QStringLiteral("git"), QJsonObject{{QStringLiteral("workdir"), git.workdir},
                                                       {QStringLiteral("branch"), git.branch},
                                                       {QStringLiteral("head"), git.headOid},
                                                       {QStringLiteral("detached"), git.headDetached},
                                                       {QStringLiteral("unborn"), git.headUnborn},
                                                       {QStringLiteral("describe"), git.describe}});
    } else {
        json.insert(QStringLiteral("git"), QJsonValue::Null);
    }
    if (const auto& scm = project.scmVersion)
        json.insert(QStringLiteral("scm"), QJsonObject{{QStringLiteral("version"), scm->version},
                                                       {QStringLiteral("tag"), scm->tag},
                                                       {QStringLiteral("distance"), scm->distance},
                                                       {QStringLiteral("dirty"), scm->dirty},
                                                       {QStringLiteral("changedFiles"),
                                                        QJsonArray::fromStringList(scm->changedFiles)}});
    if (project.pyproject) {
        const auto& py = *project.pyproject;
        QJsonObject extras;
        for (auto it = py.optionalDependencies.cbegin(); it != py.optionalDependencies.cend(); ++it)
            extras.insert(it.key(), QJsonArray::fromStringList(it.value()));
        json.insert(QStringLiteral("pyproject"),
                    QJsonObject{{QStringLiteral("name"), py.name},
                                {QStringLiteral("version"), py.version},
                                {QStringLiteral("dynamicVersion"), py.versionDynamic},
                                {QStringLiteral("requiresPython"), py.requiresPython},
                                {QStringLiteral("dependencies"), QJsonArray::fromStringList(py.dependencies)},
                                {QStringLiteral("optionalDependencies"), extras},
                                {QStringLiteral("buildBackend"), py.buildBackend},
                                {QStringLiteral("usesSetuptoolsScm"), py.usesSetuptoolsScm}});
    } else {
        json.insert(QStringLiteral("pyproject"), QJsonValue::Null);
    }
    QJsonArray problems;
    for (const Error& problem : project.problems)
        problems.append(QJsonObject{{QStringLiteral("path"), problem.path},
                                    {QStringLiteral("line"), problem.line},
                                    {QStringLiteral("column"), problem.column},
                                    {QStringLiteral("message"), problem.message},
                                    {QStringLiteral("text"), problem.toString()}});
    json.insert(QStringLiteral("problems"), problems);
    return json;
}

void printText(QTextStream& out, const ProjectInfo& project, bool trusted)
{
    const auto row = [&out](const QString& label, const QString& value) {
        out << label.leftJustified(12) << ' ' << value << '\n';
    };
    row(Text::tr("Project"), project.name);
    row(Text::tr("Folder"), project.root);
    row(Text::tr("Trusted"),
        trusted ? Text::tr("yes") : Text::tr("no (restricted mode: none of its code runs)"));
    if (project.git) {
        const auto& git = *project.git;
        QString text = git.headUnborn     ? Text::tr("%1 (no commits yet)").arg(git.branch)
                       : git.headDetached ? Text::tr("detached at %1").arg(git.headOid.left(7))
                                          : Text::tr("%1 at %2").arg(git.branch, git.headOid.left(7));
        if (!git.describe.isEmpty())
            text += u"  (" + git.describe + u')';
        row(Text::tr("Git"), text);
    } else {
        row(Text::tr("Git"), Text::tr("not a git repository"));
    }
    const QString version = project.versionLabel();
    if (project.pyproject) {
        const auto& py = *project.pyproject;
        row(Text::tr("Version"),
            version.isEmpty()
                ? Text::tr("unknown")
                : version + (py.versionDynamic
                                 ? Text::tr(" (dynamic%1)")
                                       .arg(py.usesSetuptoolsScm ? Text::tr(", setuptools_scm") : QString())
                                 : QString()));
        row(Text::tr("Python"), py.requiresPython.isEmpty() ? Text::tr("any") : py.requiresPython);
        row(Text::tr("Depends on"),
            py.dependencies.isEmpty() ? Text::tr("nothing") : py.dependencies.join(QStringLiteral(", ")));
        if (!py.optionalDependencies.isEmpty())
            row(Text::tr("Extras"),
                QStringList(py.optionalDependencies.keyBegin(), py.optionalDependencies.keyEnd())
                    .join(QStringLiteral(", ")));
        row(Text::tr("Build"),
            py.buildBackend.isEmpty() ? Text::tr("setuptools (legacy, no build-backend)") : py.buildBackend);
    } else {
        row(Text::tr("pyproject"),
            project.hasPyProjectFile ? Text::tr("unreadable (see problems)") : Text::tr("none"));
    }
    if (project.hasSetupCfg || project.hasSetupPy)
        row(Text::tr("Setup files"),
            QStringList{project.hasSetupCfg ? QStringLiteral("setup.cfg") : QString(),
                        project.hasSetupPy ? QStringLiteral("setup.py") : QString()}
                .filter(QStringLiteral("setup"))
                .join(QStringLiteral(", ")));
    row(Text::tr("Notebooks"), project.notebooks.isEmpty()
                                   ? Text::tr("none")
                                   : QString::number(project.notebooks.size()) + u": " +
                                         project.notebooks.join(QStringLiteral(", ")));
    row(Text::tr("Tests"),
        project.testDirs.isEmpty() ? Text::tr("none found") : project.testDirs.join(QStringLiteral(", ")));
    row(Text::tr("Files"), QString::number(project.files.size()) +
                               (project.filesTruncated ? Text::tr(" (truncated)") : QString()));
    row(Text::tr("Problems"),
        project.problems.isEmpty() ? Text::tr("none") : QString::number(project.problems.size()));
    for (const Error& problem : project.problems)
        out << "  " << problem.toString() << '\n';
}

int info(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("path"), Text::tr("The project folder."));
    parser.addOption({QStringLiteral("json"), Text::tr("Print JSON instead of text.")});
    parser.addOption({QStringLiteral("trust"), Text::tr("Trust the project for this run.")});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(err, QStringLiteral("info"), Text::tr("expects one project folder"));

    const Result<ProjectInfo> project = loadProject(positional.first());
    if (!project)
        return inputError(err, project.error());
    const TrustStore trust(TrustStore::defaultStorePath());
    const bool trusted = trustFlag || parser.isSet(QStringLiteral("trust")) || trust.isTrusted(project->root);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(toJson(*project, trusted)).toJson(QJsonDocument::Indented);
    else
        printText(out, *project, trusted);
    out.flush();
    return project->problems.isEmpty() ? Ok : ProblemsFound;
}

int sample(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.size() != 2)
        return usageError(err, QStringLiteral("sample"), Text::tr("expects one destination folder"));
    const Result<QString> created =
        createSampleProject(QDir::cleanPath(QDir::current().absoluteFilePath(arguments[1])));
    if (!created)
        return inputError(err, created.error());
    out << Text::tr("Created the sample project in %1").arg(*created) << '\n';
    out.flush();
    return Ok;
}

int trustCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("path"), Text::tr("The project folder."));
    parser.addOption({QStringLiteral("remove"), Text::tr("Stop trusting the folder.")});
    parser.addOption({QStringLiteral("list"), Text::tr("List the trusted folders.")});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    TrustStore trust(TrustStore::defaultStorePath());
    if (parser.isSet(QStringLiteral("list"))) {
        const QStringList folders = trust.trustedFolders();
        for (const QString& folder : folders)
            out << folder << '\n';
        out.flush();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(err, QStringLiteral("trust"), Text::tr("expects one project folder"));
    const QFileInfo folder(positional.first());
    if (!folder.isDir())
        return inputError(err,
                          Error{QStringLiteral("trust"), positional.first(), Text::tr("no such folder")});
    const bool remove = parser.isSet(QStringLiteral("remove"));
    trust.setTrusted(folder.canonicalFilePath(), !remove);
    out << (remove ? Text::tr("No longer trusted: %1") : Text::tr("Trusted: %1"))
               .arg(folder.canonicalFilePath())
        << '\n';
    out.flush();
    return Ok;
}

} // namespace

bool isCommandLine(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        if (argument == u"--help" || argument == u"-h" || argument == u"--version" || argument == u"-v")
            return true;
        if (!argument.startsWith(u'-'))
            return commands.contains(argument);
    }
    return false;
}

bool needsGit(const QStringList& arguments)
{
    for (const QString& argument : arguments)
        if (!argument.startsWith(u'-'))
            return argument == u"version" || argument == u"build" || argument == u"info" ||
                   argument == u"diff" || argument == u"publish" || argument == u"promote" ||
                   argument == u"yank" || argument == u"channels" || argument == u"pipeline";
    return false;
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QStringList rest = arguments;
    bool trustFlag = false;
    while (!rest.isEmpty() && rest.first().startsWith(u'-')) {
        const QString option = rest.takeFirst();
        if (option == u"--help" || option == u"-h") {
            out << helpText();
            out.flush();
            return Ok;
        }
        if (option == u"--version" || option == u"-v") {
            out << "slipway " << slipwayVersion() << '\n';
            const auto libraries = libraryVersions();
            for (const auto& [library, version] : libraries)
                out << "  " << library.leftJustified(20) << ' ' << version << '\n';
            out.flush();
            return Ok;
        }
        if (option == u"--trust") {
            trustFlag = true;
            continue;
        }
        return usageError(err, option, Text::tr("unknown option"));
    }
    if (rest.isEmpty())
        return usageError(err, QStringLiteral("slipway"), Text::tr("no command given"));
    const QString command = rest.first();
    // The commands without a parser of their own (diff reads git's options) answer --help here.
    if (command == u"sample" || command == u"diff") {
        const qsizetype dashes = rest.indexOf(u"--");
        const QStringList before = dashes < 0 ? rest : rest.mid(0, dashes);
        if (before.contains(u"--help") || before.contains(u"-h")) {
            out << Text::tr("Usage:") << '\n' << commandSynopsis(command) << '\n';
            out.flush();
            return Ok;
        }
    }
    if (command == u"info")
        return info(rest, out, err, trustFlag);
    if (command == u"sample") {
        installNotebookFilter(); // the sample is committed through libgit2: notebooks are staged as git would
        return sample(rest, out, err);
    }
    if (command == u"trust")
        return trustCommand(rest, out, err);
    if (command == u"strip")
        return strip(rest, out, err, fullStripServices(out, err));
    if (command == u"filter")
        return filter(rest, out, err);
    if (command == u"version")
        return version(rest, out, err);
    if (command == u"build")
        return build(rest, out, err, trustFlag);
    if (command == u"inspect")
        return inspect(rest, out, err);
    if (command == u"env")
        return env(rest, out, err, trustFlag);
    if (command == u"test")
        return test(rest, out, err, trustFlag);
    if (command == u"lint")
        return lint(rest, out, err, trustFlag);
    if (command == u"diff")
        return diff(rest, out, err);
    if (command == u"convert")
        return convert(rest, out, err);
    if (command == u"publish")
        return publish(rest, out, err, trustFlag);
    if (command == u"promote")
        return promote(rest, out, err, trustFlag);
    if (command == u"yank")
        return yank(rest, out, err);
    if (command == u"channels")
        return channels(rest, out, err);
    if (command == u"pipeline")
        return pipeline(rest, out, err, trustFlag);
    if (command == u"filter-process")
        return filterProcess(rest, out, err, fullStripServices(out, err));
    return usageError(err, command, Text::tr("unknown command"));
}

} // namespace slipway::cli
