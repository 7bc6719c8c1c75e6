// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PipelineCommand.h"

#include "app/cli/CliCommon.h"
#include "services/core/SafeWrite.h"
#include "services/pipeline/Export.h"
#include "services/pipeline/PipelineGraph.h"
#include "services/pipeline/PipelineJob.h"
#include "services/project/TrustStore.h"
#include "services/release/ChannelConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace slipway::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::cli)
};

// Bad configuration is 2 (as an untrusted project); anything else that stops the command, 1.
int configError(QTextStream& err, const Error& error)
{
    err << "slipway: " << error.toString() << '\n';
    err.flush();
    return error.code == u"bad-config" || error.code == u"untrusted" ? UsageError : ProblemsFound;
}

QString rootOf(const QString& given)
{
    return QDir(QDir::current().absoluteFilePath(given.isEmpty() ? u"."_s : given)).canonicalPath();
}

QString symbol(pipeline::StepState state)
{
    switch (state) {
    case pipeline::StepState::Succeeded:
        return u"✓"_s;
    case pipeline::StepState::Cached:
        return u"="_s;
    case pipeline::StepState::Failed:
        return u"✗"_s;
    case pipeline::StepState::WouldRun:
        return u"→"_s;
    case pipeline::StepState::Skipped:
    case pipeline::StepState::Cancelled:
        return u"-"_s;
    case pipeline::StepState::Idle:
    case pipeline::StepState::Running:
        break;
    }
    return u" "_s;
}

int runCommand(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"steps"_s, Text::tr("Steps to run (and what they need); then the project "
                                                      "folder (default: here)."));
    parser.addOption({u"force"_s, Text::tr("Run the selected steps even when they are cached.")});
    parser.addOption({u"dry-run"_s, Text::tr("Say what would run and why; run nothing.")});
    parser.addOption(
        {u"only"_s, Text::tr("Run just the named steps; take what they need as it last succeeded.")});
    parser.addOption({u"from"_s, Text::tr("Run the named steps and everything that needs them.")});
    parser.addOption({u"json"_s, Text::tr("Print the run as JSON.")});
    parser.addOption({u"trust"_s, Text::tr("Trust the project for this run (its steps run its code).")});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    QStringList steps = parser.positionalArguments();
    QString rootArgument;
    if (!steps.isEmpty() && QFileInfo(steps.last()).isDir())
        rootArgument = steps.takeLast();
    const QString root = rootOf(rootArgument);
    if (root.isEmpty())
        return inputError(err, Error{u"pipeline run"_s, rootArgument, Text::tr("no such folder")});
    pipeline::PipelineRequest request;
    request.projectRoot = root;
    request.steps = steps;
    request.selection = parser.isSet(u"only"_s)   ? pipeline::Selection::Only
                        : parser.isSet(u"from"_s) ? pipeline::Selection::From
                                                  : pipeline::Selection::UpTo;
    request.force = parser.isSet(u"force"_s);
    request.dryRun = parser.isSet(u"dry-run"_s);
    request.trusted =
        trustFlag || parser.isSet(u"trust"_s) || TrustStore(TrustStore::defaultStorePath()).isTrusted(root);
    request.ownProcessGroup = false; // Ctrl+C in the terminal reaches the steps' processes
    pipeline::PipelineJob job(request);
    QObject::connect(&job, &Job::logLine, &job, [&err](const QString& line) {
        err << line << '\n';
        err.flush();
    });
    runToCompletion(job);
    if (!job.result())
        return configError(err, job.error().value_or(Error{u"pipeline run"_s, root, Text::tr("canceled")}));
    if (!*job.result())
        return configError(err, job.result()->error());
    const pipeline::PipelineRun& run = **job.result();
    if (parser.isSet(u"json"_s)) {
        out << QJsonDocument(run.toJson()).toJson(QJsonDocument::Indented);
    } else {
        for (const pipeline::StepStatus& s : run.steps) {
            out << symbol(s.state) << ' ' << s.name << "  " << pipeline::stateName(s.state);
            if (s.state == pipeline::StepState::Succeeded || s.state == pipeline::StepState::Failed)
                out << " (" << QString::number(s.seconds, 'f', 1) << " s)";
            if (!s.reason.isEmpty())
                out << " — " << s.reason;
            if (!s.summary.isEmpty() && s.state != pipeline::StepState::Cached)
                out << " — " << s.summary;
            out << '\n';
        }
    }
    out.flush();
    return run.ok() ? Ok : ProblemsFound;
}

int checkCommand(const QStringList& arguments, QTextStream& out, QTextStream& err, const QString& verb)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Text::tr("The project folder (default: here)."));
    if (verb == u"graph")
        parser.addOption({u"format"_s, Text::tr("dot (default), mermaid, json, or names (one step a line)."),
                          u"format"_s});
    if (verb == u"export")
        parser.addOption({u"to"_s, Text::tr("gitlab, github or jenkins."), u"platform"_s});
    if (verb != u"check")
        parser.addOption(
            {{u"o"_s, u"output"_s}, Text::tr("Write to FILE instead of standard output."), u"file"_s});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    const QString rootArgument = parser.positionalArguments().value(0);
    const QString root = rootOf(rootArgument);
    if (root.isEmpty())
        return inputError(err, Error{u"pipeline "_s + verb, rootArgument, Text::tr("no such folder")});
    auto definition = pipeline::loadPipeline(root);
    if (!definition)
        return configError(err, definition.error());
    QByteArray text;
    if (verb == u"check") {
        const pipeline::PipelineGraph graph(*definition);
        int depth = 0;
        for (qsizetype i = 0; i < definition->steps.size(); ++i)
            depth = std::max(depth, graph.layer(i) + 1);
        text = (definition->isDefault
                    ? Text::tr("the default pipeline: %n step(s), %1 deep", nullptr,
                               int(definition->steps.size()))
                    : Text::tr("%1: %n step(s), %2 deep, no problem", nullptr, int(definition->steps.size()))
                          .arg(QDir(root).relativeFilePath(definition->file)))
                   .arg(depth)
                   .toUtf8() +
               '\n';
    } else if (verb == u"graph") {
        const QString format = parser.value(u"format"_s).isEmpty() ? u"dot"_s : parser.value(u"format"_s);
        const pipeline::PipelineGraph graph(*definition);
        if (format == u"dot")
            text = graph.toDot();
        else if (format == u"mermaid")
            text = graph.toMermaid();
        else if (format == u"json")
            text = QJsonDocument(graph.toJson()).toJson(QJsonDocument::Indented);
        else if (format == u"names") // what the shells' completions offer
            for (const auto& step : std::as_const(definition->steps))
                text += step.name.toUtf8() + '\n';
        else
            return usageError(err, u"--format"_s, Text::tr("expects dot, mermaid, json or names"));
    } else {
        const auto target = pipeline::exportTargetFromName(parser.value(u"to"_s));
        if (!target)
            return usageError(err, u"pipeline export"_s, Text::tr("--to expects gitlab, github or jenkins"));
        auto channels = release::loadReleaseConfig(root);
        if (!channels)
            return configError(err, channels.error());
        text = pipeline::exportPipeline(*definition, *channels, *target);
    }
    if (verb != u"check" && parser.isSet(u"output"_s)) {
        const QString path = QDir::current().absoluteFilePath(parser.value(u"output"_s));
        if (auto written = writeFileSafely(path, text, Text::tr("write %1").arg(path)); !written)
            return inputError(err, written.error());
        err << Text::tr("wrote %1").arg(QDir::current().relativeFilePath(path)) << '\n';
        err.flush();
        return Ok;
    }
    out << QString::fromUtf8(text);
    out.flush();
    return Ok;
}

} // namespace

int pipeline(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag)
{
    // arguments[0] is "pipeline" (the parsers take it as the program's name).
    const QString verb = arguments.value(1);
    const QStringList rest = QStringList{u"pipeline "_s + verb} + arguments.mid(2);
    if (verb == u"run")
        return runCommand(rest, out, err, trustFlag);
    if (verb == u"check" || verb == u"graph" || verb == u"export")
        return checkCommand(rest, out, err, verb);
    if (verb == u"--help" || verb == u"-h") {
        out << Text::tr("Usage:") << '\n' << commandSynopsis(u"pipeline"_s) << '\n';
        out.flush();
        return Ok;
    }
    return usageError(err, u"pipeline"_s, Text::tr("expects run, check, graph or export"));
}

} // namespace slipway::cli
