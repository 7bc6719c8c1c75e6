// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// pytest's collection, its JUnit XML and coverage.py's Cobertura XML, read into values.
namespace slipway::testing {

enum class Outcome
{
    Passed,
    Failed,
    Error, // an error in a fixture, or a file that could not be collected
    Skipped,
    NotRun
};

struct SourceLink
{
    QString file; // relative to the project (or absolute when outside it)
    int line = 0;
    bool operator==(const SourceLink&) const = default;
};

struct TestResult
{
    QString nodeId; // "tests/test_model.py::TestScore::test_bounds[0-1]"
    QString file;   // "tests/test_model.py"
    QString className;
    QString name; // "test_bounds[0-1]"
    int line = 0; // where the test is defined (1-based), when known
    Outcome outcome = Outcome::NotRun;
    double seconds = 0;
    QString message;         // the one-line reason of a failure, error or skip
    QString details;         // the traceback
    QList<SourceLink> links; // the file:line places the traceback names
};

struct Collection
{
    QList<TestResult> tests;  // every test, NotRun
    QList<TestResult> errors; // files that failed to collect, as Error nodes (nodeId = the file)
};

// `pytest --collect-only -q` output: node ids, then the errors of files that could not be collected.
Collection parseCollection(const QString& output);
// pytest's --junitxml (xunit1 or xunit2): one result a test case, class names turned back into node ids.
Result<QList<TestResult>> parseJUnitXml(const QByteArray& xml);
// "path.py:12: AssertionError" lines of a traceback.
QList<SourceLink> tracebackLinks(const QString& traceback);

struct FileCoverage
{
    QString file;
    QList<int> covered; // line numbers
    QList<int> missed;
    double rate = 0; // 0..1
};

struct CoverageReport
{
    QList<FileCoverage> files;
    double rate = 0;                 // lines, overall
    std::optional<double> failUnder; // percent, from the project's coverage configuration
    bool passes() const { return !failUnder || rate * 100 + 1e-9 >= *failUnder; }
};

// coverage.py's XML report (Cobertura); paths made relative to `root` with the report's <source>s.
Result<CoverageReport> parseCoberturaXml(const QByteArray& xml, const QString& root);
// fail_under from [tool.coverage.report] in pyproject.toml, [coverage:report] in setup.cfg or tox.ini, or
// [report] in .coveragerc — coverage.py's own order.
std::optional<double> coverageFailUnder(const QString& root);

QString outcomeName(Outcome outcome);

} // namespace slipway::testing

Q_DECLARE_METATYPE(slipway::testing::TestResult)
