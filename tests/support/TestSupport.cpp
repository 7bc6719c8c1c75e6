// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSupport.h"

#include "services/project/SampleProject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

namespace slipway::test {

void initEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
}

QString makeSampleProject(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    const Result<QString> created = createSampleProject(path);
    if (!created) {
        QTest::qFail(qPrintable(created.error().toString()), __FILE__, __LINE__);
        return {};
    }
    return *created;
}

bool writeFile(const QString& root, const QString& relativePath, const QByteArray& contents)
{
    const QString path = root + u'/' + relativePath;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

QProcessEnvironment isolatedEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + u"/.config");
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + u"/.local/share");
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + u"/.cache");
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test Author"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("author@test.invalid"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test Author"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("author@test.invalid"));
    return env;
}

QString git(const QString& dir, const QStringList& arguments, bool* ok)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessEnvironment(isolatedEnvironment(QDir::tempPath() + u"/slipway-test-home"));
    process.start(QStringLiteral("git"), arguments);
    const bool finished = process.waitForFinished(60000); // tests only: never on a GUI path
    const bool success = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (ok)
        *ok = success;
    if (!success)
        qWarning().noquote() << "git" << arguments.join(u' ') << "failed:" << process.readAllStandardError();
    return QString::fromUtf8(process.readAllStandardOutput());
}

CliRun runSlipway(const QStringList& arguments, const CliOptions& options)
{
    QProcess process;
    process.setProcessEnvironment(options.environment.isEmpty() ? isolatedEnvironment(options.home)
                                                                : options.environment);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    if (!options.standardInputFile.isEmpty())
        process.setStandardInputFile(options.standardInputFile);
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    if (options.addressSpaceLimit > 0)
        process.setChildProcessModifier([limit = rlim_t(options.addressSpaceLimit)] {
            const rlimit bound{limit, limit};
            ::setrlimit(RLIMIT_AS, &bound);
        });
#endif
    process.start(options.executable.isEmpty() ? slipwayBinary() : options.executable, arguments);
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QString sourceDir()
{
    return QStringLiteral(SLIPWAY_SOURCE_DIR);
}

QString sharedDir()
{
    return QStringLiteral(SLIPWAY_SHARED_DIR);
}

QString screenshotDir()
{
    return QStringLiteral(SLIPWAY_SCREENSHOT_DIR);
}

QString slipwayBinary()
{
    return QStringLiteral(SLIPWAY_BINARY);
}

} // namespace slipway::test
