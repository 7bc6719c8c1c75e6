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
    if (!parser.parse(arguments))
        return usageError(err, QStringLiteral("info"), parser.errorText());
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
    if (!parser.parse(arguments))
        return usageError(err, QStringLiteral("trust"), parser.errorText());
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

QString helpText()
{
    return Text::tr(
        "Usage: slipway [PATH]             open the workbench (on PATH)\n"
        "       slipway COMMAND [ARGS…]    run a command without a window\n"
        "\n"
        "Commands:\n"
        "  info [--json] [--trust] PATH  show what Slipway detects in a project\n"
        "  sample DIR                    create the sample project (a git repository) in DIR\n"
        "  strip [options] PATH…|-       strip notebook outputs, nbstripout-compatible (--keep-output,\n"
        "                                --keep-count, --keep-id, --extra-keys, --verify, -t …)\n"
        "  filter install|uninstall|status [--local|--global|--system] [--attributes FILE]\n"
        "                                strip notebooks whenever git stages them (nbstripout's filter)\n"
        "  trust [--remove] PATH         trust a project folder (or stop trusting it); --list shows them\n"
        "  version [--scheme S] [--local-scheme L] [--tag NAME] [--explain] [--json] [PATH]\n"
        "                                the version from git, exactly as setuptools_scm computes it\n"
        "  build [--wheel] [--sdist] [--exe] [--allow-dirty] [--strict] [--json] [PATH]\n"
        "                                build with python -m build (and zipapp), then inspect the "
        "artifacts\n"
        "  inspect [--json] [--files] [--strict] FILE…   check wheels, sdists and executables\n"
        "  inspect --diff A B            compare the file lists of two artifacts\n"
        "  convert --to percent|databricks|ipynb [-o PATH|-] FILE…\n"
        "                                notebooks to reviewable scripts and back (outputs kept)\n"
        "  convert --pair [--to percent|databricks] [--prefer notebook|script] FILE…|DIR\n"
        "                                keep a script beside each notebook in sync\n"
        "  diff [--cached] [--outputs] [--color=WHEN] [-U N] [REV[..REV]] [-- PATH…]\n"
        "                                git diff with notebooks shown as code, cell by cell\n"
        "  lint [--tool T]… [--format text|json|sarif] [--python P] [PATH]\n"
        "                                flake8, pylint, pycodestyle, ruff on files and notebook cells\n"
        "  test [--installed] [--junit FILE] [--coverage] [--last-failed] [PATH] [-- SELECTION…]\n"
        "                                pytest with results, coverage, or against the installed wheel\n"
        "  env [--json] [PATH]           the Python interpreters a project could use, and their tools\n"
        "  publish --channel NAME [PATH] [FILE…]\n"
        "                                build HEAD from a clean export (or take FILEs) and publish them\n"
        "  promote VERSION --from A --to B [--dry-run] [--json] [PATH]\n"
        "                                check the gates, then copy the very same files to the next channel\n"
        "  yank VERSION --channel NAME --reason TEXT [--undo] [PATH]\n"
        "                                mark a version yanked (PEP 592) on a static channel\n"
        "  channels [--json] [PATH]      every channel's versions and files (sha256, size, yanked)\n"
        "  pipeline run [STEP…] [--force] [--dry-run] [--only|--from] [--json] [PATH]\n"
        "                                run slipway.yaml's pipeline (cached; each step says why it runs)\n"
        "  pipeline check [PATH]         check slipway.yaml's pipeline (positions of any problem)\n"
        "  pipeline graph [--format dot|mermaid|json] [PATH]\n"
        "                                the pipeline as a graph\n"
        "  pipeline export --to gitlab|github|jenkins [-o FILE] [PATH]\n"
        "                                the same pipeline as a CI file (one job per step)\n"
        "\n"
        "Options:\n"
        "  -h, --help        this text\n"
        "  -v, --version     Slipway's version and the libraries it runs on\n"
        "  --trust           trust the project for this run (commands that run project code)\n"
        "\n"
        "GUI options: --color-scheme light|dark, --screenshot FILE (save the window once the\n"
        "project is open, then quit).\n"
        "\n"
        "Exit codes: 0 ok, 1 the command found problems, 2 usage or input error.\n");
}

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
    if (command == u"info")
        return info(rest, out, err, trustFlag);
    if (command == u"sample") {
        installNotebookFilter(); // the sample is committed through libgit2: notebooks are staged as git would
        return sample(rest, out, err);
    }
    if (command == u"trust")
        return trustCommand(rest, out, err);
    if (command == u"strip")
        return strip(rest, out, err);
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
        return filterProcess(err);
    return usageError(err, command, Text::tr("unknown command"));
}

} // namespace slipway::cli
