// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// slipway-cli: every command, with the services and Qt Core only (no GUI libraries). `slipway` (main.cpp)
// runs `convert` itself and becomes this (execv) for the others; given no command, this becomes the
// workbench, slipway-gui, the same way.
#include "app/cli/Cli.h"
#include "app/common/Versions.h"
#include "services/core/Installation.h"
#include "services/git/Repository.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace slipway;

namespace {

// slipway-gui beside this executable (the build tree), or in ../libexec/slipway/ (installed).
QString workbenchExecutable()
{
    return siblingExecutable(QStringLiteral("slipway-gui"));
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (cli::isCommandLine(arguments)) {
        if (cli::needsGit(arguments))
            git::Repository::startInBackground(); // overlaps the rest of the start-up
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("slipway"));
        QCoreApplication::setApplicationVersion(slipwayVersion());
        if (const QString language = messagesLanguage(); !language.isEmpty())
            installTranslation(QLocale(language));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cli::run(arguments, out, err);
    }

    const QString workbench = workbenchExecutable();
    if (workbench.isEmpty()) {
        std::fputs("slipway: slipway-gui: the workbench is not installed beside slipway; commands still work "
                   "(slipway --help)\n",
                   stderr);
        return cli::UsageError;
    }
    const QByteArray path = QFile::encodeName(workbench);
    argv[0] = const_cast<char*>(path.constData());
    execv(path.constData(), argv);
    std::fprintf(stderr, "slipway: %s: cannot start the workbench\n", path.constData());
    return cli::UsageError;
}
