// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Job.h"
#include "services/testing/TestResults.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace slipway::testing {

struct TestRequest
{
    QString root;
    QString python = QStringLiteral("python3");
    QStringList selection;       // node ids or files; empty: every test
    bool failedLastTime = false; // pytest --last-failed
    bool coverage = false;       // pytest-cov, XML report read back
    // Test the installed package: build the wheel, install it (not the source tree) into a new venv, run the
    // project's tests from a temporary folder so that src/ cannot be imported.
    bool installed = false;
    // Installed mode: pip's arguments to install the package from an index (e.g. --index-url URL
    // name==version) instead of building it; the tests still come from the commit's tree.
    QStringList installArguments;
    QString version;   // the version the build from an exported commit gets (SETUPTOOLS_SCM_PRETEND_VERSION)
    QString junitFile; // keep pytest's JUnit XML there (else a temporary file)
    // Cancel stops pytest's whole process tree (the command line leaves it to Ctrl+C). Unset: the
    // process-wide default (ProcessRun::ownProcessGroupsByDefault()).
    std::optional<bool> ownProcessGroup = true;
    std::optional<QProcessEnvironment> environment;
};

struct TestReport
{
    QList<TestResult> results;
    std::optional<CoverageReport> coverage;
    QList<Error> problems; // a missing pytest, a build that failed, files missing from the installed package…
    bool canceled = false;
    int count(Outcome outcome) const;
    bool passed() const;
};

// `pytest --collect-only -q`: the test tree before running, collection errors as error nodes.
// The job fails with the first problem (the others are in problems()).
class CollectJob : public Job
{
    Q_OBJECT
public:
    explicit CollectJob(TestRequest request, QObject* parent = nullptr);
    const Collection& collection() const { return m_collection; }
    const QList<Error>& problems() const { return m_problems; }

protected:
    void run() override;

private:
    TestRequest m_request;
    Collection m_collection;
    QList<Error> m_problems;
};

// One test run with live progress (pytest -v), results from the JUnit XML, coverage when asked; in installed
// mode the build, venv and install steps come first. Cancel stops the running step (and the process tree
// under it: pytest runs in its own process group). Failing tests are a result, not a failure of the job: it
// fails only with a problem (no pytest, a build that failed…), the first of report().problems.
class TestJob : public Job
{
    Q_OBJECT
public:
    explicit TestJob(TestRequest request, QObject* parent = nullptr);
    const TestReport& report() const { return m_report; }

Q_SIGNALS:
    void progress(int percent, const QString& nodeId, slipway::testing::Outcome outcome);

protected:
    void run() override;
    void onCancel() override;

private:
    void buildWheel();
    void makeEnvironment(const QStringList& installFromBuild);
    void runInstalled(const QString& python);
    void runTests(const QString& python, const QString& workingDirectory, const QStringList& targets);
    void finishWith(const ProcessResult& result);
    void explainInstalledFailures();

    TestRequest m_request;
    TestReport m_report;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_junit;
    QString m_coverageXml;
    QString m_sourceRoot; // installed mode: HEAD's tree exported, else the project
    QString m_runRoot;    // where the tests ran (the temporary folder in installed mode)
    bool m_canceled = false;
};

} // namespace slipway::testing
