// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The `slipway` command as the user and git start it. It links Qt Core and the notebook service only (no
// libgit2, libarchive or yaml-cpp's users), so that the notebook commands — `convert` (git's textconv for
// notebooks), `strip` and `filter-process` (git's filter), and what scripts run over folders of notebooks —
// start in a few milliseconds. Every other command, and the workbench, is in slipway-cli, which this
// process becomes (execv) with the same arguments; so does `strip` when it needs libgit2 (a folder scanned
// as git sees it, git configuration that may set nbstripout's keys, --install and the like).
#include "app/cli/CliCommon.h"
#include "app/cli/ConvertCommand.h"
#include "app/cli/StripCommand.h"
#include "services/core/Installation.h"
#include "services/project/StripSettingsFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <optional>
#include <unistd.h>

using namespace slipway;

namespace {

// slipway-cli beside this executable (the build tree), or in ../libexec/slipway/ (installed).
QByteArray fullCommandLine()
{
    return QFile::encodeName(siblingExecutable(QStringLiteral("slipway-cli")));
}

// Messages in the language LC_ALL, LC_MESSAGES or LANG asks for; in C or English nothing is loaded (and no
// application object made) at all.
void speakTheUsersLanguage(std::optional<QCoreApplication>& app, int& argc, char* argv[])
{
    const QString language = messagesLanguage();
    if (language.isEmpty())
        return;
    if (!app)
        app.emplace(argc, argv);
    installTranslation(QLocale(language));
}

} // namespace

int main(int argc, char* argv[])
{
    // The command is the first argument that is not an option (options before it are global ones).
    int command = 1;
    while (command < argc && argv[command][0] == '-')
        ++command;
    if (command < argc && std::strcmp(argv[command], "convert") == 0 && command == 1) {
        // Plain conversion needs no application object (a quarter of a millisecond); pairing does, for
        // QStandardPaths.
        QCoreApplication::setApplicationName(QStringLiteral("slipway"));
        std::optional<QCoreApplication> app;
        for (int i = 1; i < argc; ++i)
            if (std::strcmp(argv[i], "--pair") == 0)
                app.emplace(argc, argv);
        speakTheUsersLanguage(app, argc, argv);
        QStringList arguments;
        for (int i = 1; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cli::convert(arguments, out, err);
    }
    if (command == 1 && command < argc &&
        (std::strcmp(argv[1], "strip") == 0 || std::strcmp(argv[1], "filter-process") == 0)) {
        std::optional<QCoreApplication> app;
        speakTheUsersLanguage(app, argc, argv);
        QStringList arguments;
        for (int i = 1; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        cli::StripServices services;
        services.optionsFor = [](const QString& path) { return stripOptionsWithoutGit(path); };
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = std::strcmp(argv[1], "strip") == 0
                             ? cli::strip(arguments, out, err, services)
                             : cli::filterProcess(arguments, out, err, services);
        if (code != cli::NeedsFullCommandLine)
            return code;
    }
    const QByteArray full = fullCommandLine();
    if (full.isEmpty()) {
        std::fputs("slipway: slipway-cli is not installed beside slipway; only the notebook commands "
                   "(convert, strip) work\n",
                   stderr);
        return cli::UsageError;
    }
    argv[0] = const_cast<char*>(full.constData());
    execv(full.constData(), argv);
    std::fprintf(stderr, "slipway: %s: cannot start\n", full.constData());
    return cli::UsageError;
}
