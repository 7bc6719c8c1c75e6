#include "app/Cli.h"
#include "app/Versions.h"
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

namespace slipway::Cli {

namespace {

const QStringList commands{QStringLiteral("info"), QStringLiteral("sample"), QStringLiteral("trust")};

QString tr(const char* text)
{
    return QCoreApplication::translate("slipway::Cli", text);
}

int usageError(QTextStream& err, const QString& what, const QString& why)
{
    err << "slipway: " << what << ": " << why << '\n';
    err << tr("Try 'slipway --help'.") << '\n';
    err.flush();
    return UsageError;
}

int inputError(QTextStream& err, const Error& error)
{
    err << "slipway: " << error.toString() << '\n';
    err.flush();
    return UsageError;
}

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
    row(tr("Project"), project.name);
    row(tr("Folder"), project.root);
    row(tr("Trusted"), trusted ? tr("yes") : tr("no (restricted mode: none of its code runs)"));
    if (project.git) {
        const auto& git = *project.git;
        QString text = git.headUnborn ? tr("%1 (no commits yet)").arg(git.branch)
                       : git.headDetached ? tr("detached at %1").arg(git.headOid.left(7))
                                          : tr("%1 at %2").arg(git.branch, git.headOid.left(7));
        if (!git.describe.isEmpty())
            text += u"  (" + git.describe + u')';
        row(tr("Git"), text);
    } else {
        row(tr("Git"), tr("not a git repository"));
    }
    const QString version = project.versionLabel();
    if (project.pyproject) {
        const auto& py = *project.pyproject;
        row(tr("Version"), version.isEmpty() ? tr("unknown")
                                             : version + (py.versionDynamic ? tr(" (dynamic%1)").arg(
                                                                                  py.usesSetuptoolsScm ? tr(", setuptools_scm")
                                                                                                       : QString())
                                                                            : QString()));
        row(tr("Python"), py.requiresPython.isEmpty() ? tr("any") : py.requiresPython);
        row(tr("Depends on"), py.dependencies.isEmpty() ? tr("nothing") : py.dependencies.join(QStringLiteral(", ")));
        if (!py.optionalDependencies.isEmpty())
            row(tr("Extras"), py.optionalDependencies.keys().join(QStringLiteral(", ")));
        row(tr("Build"), py.buildBackend.isEmpty() ? tr("setuptools (legacy, no build-backend)") : py.buildBackend);
    } else {
        row(tr("pyproject"), project.hasPyProjectFile ? tr("unreadable (see problems)") : tr("none"));
    }
    if (project.hasSetupCfg || project.hasSetupPy)
        row(tr("Setup files"), QStringList{project.hasSetupCfg ? QStringLiteral("setup.cfg") : QString(),
                                           project.hasSetupPy ? QStringLiteral("setup.py") : QString()}
                                   .filter(QStringLiteral("setup"))
                                   .join(QStringLiteral(", ")));
    row(tr("Notebooks"), project.notebooks.isEmpty() ? tr("none")
                                                     : QString::number(project.notebooks.size()) + u": " +
                                                           project.notebooks.join(QStringLiteral(", ")));
    row(tr("Tests"), project.testDirs.isEmpty() ? tr("none found") : project.testDirs.join(QStringLiteral(", ")));
    row(tr("Files"), QString::number(project.files.size()) + (project.filesTruncated ? tr(" (truncated)") : QString()));
    row(tr("Problems"), project.problems.isEmpty() ? tr("none") : QString::number(project.problems.size()));
    for (const Error& problem : project.problems)
        out << "  " << problem.toString() << '\n';
}

int info(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("path"), tr("The project folder."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    parser.addOption({QStringLiteral("trust"), tr("Trust the project for this run.")});
    if (!parser.parse(arguments))
        return usageError(err, QStringLiteral("info"), parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(err, QStringLiteral("info"), tr("expects one project folder"));

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
        return usageError(err, QStringLiteral("sample"), tr("expects one destination folder"));
    const Result<QString> created = createSampleProject(QDir::cleanPath(QDir::current().absoluteFilePath(arguments[1])));
    if (!created)
        return inputError(err, created.error());
    out << tr("Created the sample project in %1").arg(*created) << '\n';
    out.flush();
    return Ok;
}

int trustCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("path"), tr("The project folder."));
    parser.addOption({QStringLiteral("remove"), tr("Stop trusting the folder.")});
    parser.addOption({QStringLiteral("list"), tr("List the trusted folders.")});
    if (!parser.parse(arguments))
        return usageError(err, QStringLiteral("trust"), parser.errorText());
    TrustStore trust(TrustStore::defaultStorePath());
    if (parser.isSet(QStringLiteral("list"))) {
        for (const QString& folder : trust.trustedFolders())
            out << folder << '\n';
        out.flush();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(err, QStringLiteral("trust"), tr("expects one project folder"));
    const QFileInfo folder(positional.first());
    if (!folder.isDir())
        return inputError(err, Error{QStringLiteral("trust"), positional.first(), tr("no such folder")});
    const bool remove = parser.isSet(QStringLiteral("remove"));
    trust.setTrusted(folder.canonicalFilePath(), !remove);
    out << (remove ? tr("No longer trusted: %1") : tr("Trusted: %1")).arg(folder.canonicalFilePath()) << '\n';
    out.flush();
    return Ok;
}

} // namespace

QString helpText()
{
    return tr("Usage: slipway [PATH]             open the workbench (on PATH)\n"
              "       slipway COMMAND [ARGS…]    run a command without a window\n"
              "\n"
              "Commands:\n"
              "  info [--json] [--trust] PATH  show what Slipway detects in a project\n"
              "  sample DIR                    create the sample project (a git repository) in DIR\n"
              "  trust [--remove] PATH         trust a project folder (or stop trusting it); --list shows them\n"
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
            for (const auto& [library, version] : libraryVersions())
                out << "  " << library.leftJustified(20) << ' ' << version << '\n';
            out.flush();
            return Ok;
        }
        if (option == u"--trust") {
            trustFlag = true;
            continue;
        }
        return usageError(err, option, tr("unknown option"));
    }
    if (rest.isEmpty())
        return usageError(err, QStringLiteral("slipway"), tr("no command given"));
    const QString command = rest.first();
    if (command == u"info")
        return info(rest, out, err, trustFlag);
    if (command == u"sample")
        return sample(rest, out, err);
    if (command == u"trust")
        return trustCommand(rest, out, err);
    return usageError(err, command, tr("unknown command"));
}

} // namespace slipway::Cli
