// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TestCommand.h"

#include "app/cli/Cli.h"
#include "services/project/TrustStore.h"
#include "services/python/Environments.h"
#include "services/testing/TestJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTextStream>

namespace slipway::cli {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::cli)
};

} // namespace

int test(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag)
{
    // Everything after "--" is pytest's selection (node ids, files).
    const qsizetype dashes = arguments.indexOf(u"--"_s);
    const QStringList own = dashes < 0 ? arguments : arguments.mid(0, dashes);
    const QStringList selection = dashes < 0 ? QStringList{} : arguments.mid(dashes + 1);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Text::tr("The project folder (default: here)."));
    parser.addOption(
        {u"installed"_s,
         Text::tr("Test the installed wheel (built, installed into a new venv) instead of the sources.")});
    parser.addOption({u"junit"_s, Text::tr("Keep pytest's JUnit XML in FILE."), u"file"_s});
    parser.addOption({u"coverage"_s, Text::tr("Measure coverage (pytest-cov); below fail_under fails.")});
    parser.addOption({u"last-failed"_s, Text::tr("Run only what failed last time.")});
    parser.addOption({u"python"_s, Text::tr("The interpreter that runs pytest."), u"python"_s});
    parser.addOption({u"trust"_s, Text::tr("Trust the project for this run.")});
    if (const auto done = parseCommandLine(parser, own, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString root = QDir(QDir::current().absoluteFilePath(positional.value(0, u"."_s))).canonicalPath();
    if (root.isEmpty())
        return inputError(err, Error{u"test"_s, positional.value(0), Text::tr("no such folder")});
    if (!trustFlag && !parser.isSet(u"trust"_s)) {
        const TrustStore trust(TrustStore::defaultStorePath());
        if (auto trusted = trust.require(root, Text::tr("test (runs the project's tests)")); !trusted)
            return inputError(err, trusted.error());
    }
    testing::TestRequest request;
    request.root = root;
    request.python = parser.isSet(u"python"_s) ? parser.value(u"python"_s) : python::defaultPython(root);
    request.installed = parser.isSet(u"installed"_s);
    request.coverage = parser.isSet(u"coverage"_s);
    request.failedLastTime = parser.isSet(u"last-failed"_s);
    request.selection = selection;
    request.ownProcessGroup = false; // Ctrl+C in the terminal reaches pytest too
    if (parser.isSet(u"junit"_s))
        request.junitFile = QDir::current().absoluteFilePath(parser.value(u"junit"_s));
    testing::TestJob job(request);
    QObject::connect(&job, &Job::logLine, &job, [&err](const QString& line) {
        err << line << '\n';
        err.flush();
    });
    runToCompletion(job);

    const testing::TestReport& report = job.report();
    for (const testing::TestResult& result : report.results) {
        if (result.outcome != testing::Outcome::Failed && result.outcome != testing::Outcome::Error)
            continue;
        out << testing::outcomeName(result.outcome).toUpper() << ' ' << result.nodeId;
        if (!result.message.isEmpty())
            out << " — " << result.message.section(u'\n', 0, 0);
        out << '\n';
        for (const testing::SourceLink& link : result.links)
            out << "    " << link.file << ':' << link.line << '\n';
    }
    out << Text::tr("%1 passed, %2 failed, %3 errors, %4 skipped")
               .arg(report.count(testing::Outcome::Passed))
               .arg(report.count(testing::Outcome::Failed))
               .arg(report.count(testing::Outcome::Error))
               .arg(report.count(testing::Outcome::Skipped))
        << (request.installed ? Text::tr(" (installed package)") : QString()) << '\n';
    if (report.coverage) {
        out << Text::tr("coverage %1%").arg(report.coverage->rate * 100, 0, 'f', 1);
        if (report.coverage->failUnder)
            out << (report.coverage->passes() ? Text::tr(" (fail_under %1: passes)")
                                              : Text::tr(" (fail_under %1: FAILS)"))
                       .arg(*report.coverage->failUnder);
        out << '\n';
        for (const testing::FileCoverage& file : report.coverage->files)
            out << "  " << file.file << ' ' << QString::number(file.rate * 100, 'f', 0) << "%\n";
    }
    out.flush();
    for (const Error& problem : report.problems)
        err << "slipway: " << problem.toString() << '\n';
    err.flush();
    if (report.canceled)
        return UsageError;
    const bool toolProblem = std::ranges::any_of(report.problems, [](const Error& e) {
        return e.message.contains(u"not installed"_s) || e.message.contains(u"could not be"_s);
    });
    if (toolProblem && report.results.isEmpty())
        return UsageError;
    return report.passed() ? Ok : ProblemsFound;
}

} // namespace slipway::cli
