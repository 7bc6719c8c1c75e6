// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Job.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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

QString sourceDir();
QString sharedDir();
QString screenshotDir();
QString slipwayBinary();

} // namespace slipway::test
