// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// slipway-gui: the workbench. `slipway` starts it (execv) when it is given no command.
#include "app/common/AppSettings.h"
#include "app/common/ExitCode.h"
#include "app/common/Versions.h"
#include "app/gui/MainWindow.h"
#include "services/core/Installation.h"
#include "services/core/JobManager.h"
#include "services/core/LogSink.h"
#include "services/core/ProcessRun.h"
#include "services/project/NotebookCleaner.h"
#include "services/project/TrustStore.h"
#include "widgets/EditorArea.h"
#include "widgets/EditorTheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace slipway;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("slipway"));
    QCoreApplication::setApplicationVersion(slipwayVersion());
}

void installTranslations(QApplication& app)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Slipway's own, from share/slipway/translations (build/<preset>/translations in the build tree).
    installTranslation(QLocale());
}

// The git work tree holding `folder` (the nearest folder with .git), else `folder` itself.
QString projectFolderOf(const QString& folder)
{
    for (QDir dir(folder);;) {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))
            return dir.absolutePath();
        if (!dir.cdUp())
            return folder;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // GUI options are checked before a QApplication exists, so a mistyped option says so without needing
    // a display. Qt's own options (-platform, -style…) are accepted and left to QApplication.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption colorScheme(QStringLiteral("color-scheme"), QString(), QStringLiteral("scheme"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    parser.addOption(colorScheme);
    parser.addOption(screenshot);
    for (const char* name :
         {"platform", "platformpluginpath", "platformtheme", "style", "stylesheet", "display", "geometry",
          "qwindowgeometry", "qwindowtitle", "qwindowicon", "session", "plugin"})
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    for (const char* name : {"reverse", "nograb", "dograb", "sync", "widgetcount"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name)));
    const auto usageError = [](const QString& what, const QString& why) {
        std::fprintf(stderr, "slipway: %s: %s\nTry 'slipway --help'.\n", qPrintable(what), qPrintable(why));
        return int(cli::UsageError);
    };
    if (!parser.parse(QStringList{QString::fromLocal8Bit(argv[0])} + arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        return unknown.isEmpty() ? usageError(QStringLiteral("slipway"), parser.errorText())
                                 : usageError(u"--" + unknown.first(), QStringLiteral("unknown option"));
    }
    if (parser.positionalArguments().size() > 1)
        return usageError(QStringLiteral("slipway"),
                          QStringLiteral("expects at most one project folder or file"));
    const QString scheme = parser.value(colorScheme);
    if (!scheme.isEmpty() && scheme != u"light" && scheme != u"dark")
        return usageError(QStringLiteral("--color-scheme"), QStringLiteral("expects light or dark"));

    QApplication app(argc, argv);
    // Every tool the window starts gets a process group of its own, so that cancel reaches what it started.
    ProcessRun::setOwnProcessGroupsByDefault(true);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Slipway"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.slipway.Slipway"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/slipway/icons/slipway.svg")));
    installTranslations(app);
    if (!scheme.isEmpty()) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(scheme == u"dark" ? EditorTheme::darkPalette()
                                                   : QApplication::style()->standardPalette());
    }

    installNotebookFilter(); // staging from the workbench strips notebooks as git's filter would
    JobManager jobs;
    LogSink log;
    jobs.setLog(&log); // every job's output lines, under the job's title
    TrustStore trust(TrustStore::defaultStorePath());
    // The command-line executable beside this one (build tree), or in bin/ beside libexec/ (installed).
    const QString slipwayCommand = siblingExecutable(QStringLiteral("slipway"));
    MainWindow window({&jobs, &log, &trust, slipwayCommand});
    window.show();

    const QString screenshotFile = parser.value(screenshot);
    if (!screenshotFile.isEmpty()) {
        // Wait for the project and its README to show, then save the window and quit.
        QObject::connect(&window, &MainWindow::projectLoaded, &window, [&window, screenshotFile] {
            const auto grab = [&window, screenshotFile] {
                const bool saved = window.grab().save(screenshotFile);
                if (!saved)
                    std::fprintf(stderr, "slipway: %s: cannot write the screenshot\n",
                                 qPrintable(screenshotFile));
                QCoreApplication::exit(saved && window.project() ? 0 : 1);
            };
            QObject::connect(window.editors(), &EditorArea::fileOpened, &window,
                             [&window, grab] { QTimer::singleShot(200, &window, grab); });
            QTimer::singleShot(3000, &window, grab);
        });
    }

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        const QStringList recent = AppSettings::recentProjects();
        if (!recent.isEmpty() && QFileInfo(recent.first()).isDir())
            path = recent.first();
    }
    if (const QFileInfo file(path); file.isFile()) {
        // A file (a notebook the desktop opens with Slipway): its project, then the file in it.
        window.openProject(projectFolderOf(file.absolutePath()), file.absoluteFilePath());
    } else if (!path.isEmpty()) {
        window.openProject(QDir::current().absoluteFilePath(path));
    } else if (!screenshotFile.isEmpty())
        QTimer::singleShot(500, &window, [&window] { Q_EMIT window.projectLoaded(); });
    return QApplication::exec();
}
