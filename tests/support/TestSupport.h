// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Job.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

class QTemporaryDir;

namespace slipway::test {

// Call first in initTestCase(): settings and data go to QStandardPaths' test locations.
void initEnvironment();

// The sample project (the same helper `tools/dev run` uses), created as a git repository in `dir`.
// Returns its path; fails the current test (QVERIFY) when it cannot be created.
QString makeSampleProject(const QTemporaryDir& dir, const QString& name = QStringLiteral("churn"));

// Writes `contents` to `root`/`relativePath`, creating folders.
bool writeFile(const QString& root, const QString& relativePath, const QByteArray& contents);

// Runs the real git in `dir` with a clean, fixed identity; returns stdout, sets *ok.
QString git(const QString& dir, const QStringList& arguments, bool* ok = nullptr);

// An environment for child processes that keeps their settings away from the user's.
QProcessEnvironment isolatedEnvironment(const QString& home);

// Runs `job` to its end on a local event loop, collecting its log lines in `log`; returns its result (an
// error saying "canceled" when it was canceled).
template <typename T>
Result<T> runJob(ResultJob<T>& job, QStringList* log = nullptr)
{
    QObject::connect(&job, &Job::logLine, &job, [log](const QString& line) {
        if (log)
            log->append(line);
    });
    runToCompletion(job);
    return job.result().value_or(Result<T>(fail(job.title(), {}, QStringLiteral("canceled"))));
}

// The child of `parent` called `name` (any, when empty); fails the test — rather than crashing it — when
// there is none. The tests build with QTEST_THROW_ON_FAIL, so a check in a helper ends the test function.
template <typename T>
T* child(const QObject& parent, const QString& name = {})
{
    T* found = parent.findChild<T*>(name);
    QVERIFY2(found, qPrintable(QStringLiteral("%1 has no %2 named \"%3\"")
                                   .arg(parent.objectName(),
                                        QString::fromLatin1(T::staticMetaObject.className()), name)));
    return found;
}

// One run of the real `slipway` executable.
struct CliRun
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray out;
    QString err;
};
struct CliOptions
{
    QProcessEnvironment environment = {}; // default: isolatedEnvironment(home)
    QString home = {};                    // HOME and the XDG folders, when no environment is given
    QString workingDirectory = {};
    QString standardInputFile = {};
    int timeoutMs = 60000;
    QString executable = {};      // default: slipwayBinary()
    qint64 addressSpaceLimit = 0; // bytes (ulimit -v) for the child; 0: none. Ignored under ASan, which
                                  // reserves terabytes of shadow memory.
};
// Runs `slipway arguments…` and waits for it (tests only: never on a GUI path).
CliRun runSlipway(const QStringList& arguments, const CliOptions& options);

QString sourceDir();
QString sharedDir();
QString screenshotDir();
QString slipwayBinary();

} // namespace slipway::test
