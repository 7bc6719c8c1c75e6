// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/FilterCommand.h"

#include "app/cli/Cli.h"
#include "app/common/Versions.h"
#include "services/core/Installation.h"
#include "services/git/Repository.h"
#include "services/project/GitFilterSetup.h"
#include "services/project/ProjectScan.h"
#include "services/project/StripSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace slipway::cli {

namespace {

// The `slipway` git should run: this process is slipway-cli, which `slipway` started; `slipway` is beside it
// (the build tree) or in bin/ beside libexec/slipway/ (installed).
QString frontExecutable()
{
    const QString front = siblingExecutable(QStringLiteral("slipway"));
    return front.isEmpty()
               ? QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).canonicalFilePath()
               : front;
}

} // namespace

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::cli)
};

int failWith(QTextStream& err, const QString& what, const QString& why)
{
    err << "slipway: " << what << ": " << why << '\n';
    err.flush();
    return UsageError;
}

int failWith(QTextStream& err, const Error& error)
{
    err << "slipway: " << error.toString() << '\n';
    err.flush();
    return UsageError;
}

int status(const GitFilterState& state, QTextStream& out)
{
    const QString owner = state.owner == GitFilterState::Owner::Slipway      ? QStringLiteral("Slipway")
                          : state.owner == GitFilterState::Owner::Nbstripout ? QStringLiteral("nbstripout")
                          : state.owner == GitFilterState::Owner::Other      ? Text::tr("another program")
                                                                             : QString();
    out << Text::tr("Filter:     %1")
               .arg(owner.isEmpty() ? Text::tr("not configured") : owner + u" (" + state.command + u')')
        << '\n';
    out << Text::tr("Attributes: %1")
               .arg(state.attribute.isEmpty() ? Text::tr("*.ipynb has no filter attribute")
                                              : u"*.ipynb filter=" + state.attribute)
        << '\n';
    out << Text::tr("Required:   %1").arg(state.required ? QStringLiteral("true") : QStringLiteral("false"))
        << '\n';
    out << Text::tr("Diff:       %1").arg(state.textconv.isEmpty() ? Text::tr("no textconv") : state.textconv)
        << '\n';
    out << (state.active() ? Text::tr("Notebooks are stripped by %1 when they are staged.").arg(owner)
                           : Text::tr("Notebooks are NOT stripped when they are staged."))
        << '\n';
    out.flush();
    return state.active() ? Ok : ProblemsFound;
}

} // namespace

int filter(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("install, uninstall or status"));
    parser.addOptions(
        {{QStringLiteral("local"), Text::tr("This repository's configuration (the default).")},
         {QStringLiteral("global"), Text::tr("Your user configuration.")},
         {QStringLiteral("system"), Text::tr("The machine's configuration.")},
         {QStringLiteral("attributes"), Text::tr("The attributes file to write."), QStringLiteral("file")}});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != u"install" && action != u"uninstall" && action != u"status"))
        return failWith(err, QStringLiteral("filter"), Text::tr("expects install, uninstall or status"));
    const git::ConfigLevel level = parser.isSet(QStringLiteral("system"))   ? git::ConfigLevel::System
                                   : parser.isSet(QStringLiteral("global")) ? git::ConfigLevel::Global
                                                                            : git::ConfigLevel::Local;
    const QString here = QDir::currentPath();
    const bool inRepository = bool(git::Repository::open(here));
    if (!inRepository && (level == git::ConfigLevel::Local || action == u"status"))
        return failWith(err, here, Text::tr("not inside a git repository"));
    if (action == u"status") {
        const auto state = gitFilterState(here);
        return state ? status(*state, out) : failWith(err, state.error());
    }
    const QString attributes = parser.value(QStringLiteral("attributes"));
    const auto done = action == u"install" ? setUpGitFilter(here, level, attributes, frontExecutable())
                                           : removeGitFilter(here, level, attributes);
    if (!done)
        return failWith(err, done.error());
    const QStringList files = done->split(QStringLiteral("; "));
    out << (action == u"install"
                ? Text::tr("Installed Slipway as the notebook filter in %1; attributes in %2")
                : Text::tr("Removed the notebook filter from %1 and %2"))
               .arg(files.value(0), files.value(1))
        << '\n';
    out.flush();
    return Ok;
}

StripServices fullStripServices(QTextStream& out, QTextStream& err)
{
    StripServices services;
    services.optionsFor = [](const QString& path) -> std::optional<Result<notebook::StripOptions>> {
        return stripOptionsFor(path);
    };
    services.notebooksIn = [](const QString& root) {
        auto repository = git::Repository::open(root);
        const FileScan scan = scanProjectFiles(root, repository ? &*repository : nullptr, 1'000'000);
        QStringList notebooks;
        for (const QString& file : scan.files)
            if (file.endsWith(u".ipynb", Qt::CaseInsensitive) || file.endsWith(u".zpln", Qt::CaseInsensitive))
                notebooks.append(file);
        return std::pair{notebooks, scan.problems};
    };
    // nbstripout's tasks, as `slipway filter` does them.
    services.filterTask = [&out, &err](const QString& task, const QCommandLineParser& parser) {
        if (task == u"version") {
            out << "slipway " << slipwayVersion() << '\n';
            out.flush();
            return int(Ok);
        }
        QStringList arguments{QStringLiteral("filter")};
        arguments.append(task == u"is-installed" ? QStringLiteral("status") : task);
        for (const char* level : {"global", "system"})
            if (parser.isSet(QString::fromLatin1(level)))
                arguments.append(u"--" + QString::fromLatin1(level));
        if (parser.isSet(QStringLiteral("attributes")) && task != u"status" && task != u"is-installed")
            arguments << QStringLiteral("--attributes") << parser.value(QStringLiteral("attributes"));
        if (task != u"is-installed")
            return filter(arguments, out, err);
        // Only the exit code, as nbstripout's --is-installed.
        QString discarded;
        QTextStream quiet(&discarded);
        return filter(arguments, quiet, quiet) == Ok ? int(Ok) : int(ProblemsFound);
    };
    return services;
}

} // namespace slipway::cli
