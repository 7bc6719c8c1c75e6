// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ReleaseCommands.h"

#include "app/cli/CliCommon.h"
#include "services/project/TrustStore.h"
#include "services/release/ChannelConfig.h"
#include "services/release/ReleaseJobs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace slipway::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::cli)
};

// The project folder from the positional arguments (default: here); empty when it does not exist.
QString projectRoot(const QString& given)
{
    return QDir(QDir::current().absoluteFilePath(given.isEmpty() ? u"."_s : given)).canonicalPath();
}

bool isTrusted(const QString& root, bool trustFlag)
{
    return trustFlag || TrustStore(TrustStore::defaultStorePath()).isTrusted(root);
}

// Bad configuration and usage are 2; refusals (a gate, a file with other bytes, a server error) 1.
int failure(QTextStream& err, const Error& error)
{
    err << "slipway: " << error.toString() << '\n';
    err.flush();
    return error.code == u"bad-config" || error.operation == u"read slipway.yaml" ? UsageError
                                                                                  : ProblemsFound;
}

void logTo(Job& job, QTextStream& err)
{
    QObject::connect(&job, &Job::logLine, &job, [&err](const QString& line) {
        err << line << '\n';
        err.flush();
    });
}

QJsonObject fileJson(const release::IndexFile& f)
{
    QJsonObject o{{u"filename"_s, f.filename},
                  {u"sha256"_s, f.sha256},
                  {u"size"_s, f.size},
                  {u"yanked"_s, bool(f.yanked)}};
    if (f.yanked && !f.yanked->isEmpty())
        o.insert(u"yankedReason"_s, *f.yanked);
    if (!f.uploadTime.isEmpty())
        o.insert(u"uploadTime"_s, f.uploadTime);
    return o;
}

} // namespace

int publish(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s,
                                 Text::tr("The project folder (default: here), then files to publish."));
    parser.addOption({u"channel"_s, Text::tr("The channel (slipway.yaml) to publish to."), u"name"_s});
    parser.addOption({u"trust"_s, Text::tr("Trust the project for this run (the build runs its backend).")});
    parser.addOption({u"json"_s, Text::tr("Print JSON.")});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    if (!parser.isSet(u"channel"_s))
        return usageError(err, u"publish"_s, Text::tr("--channel NAME is required"));
    QStringList positional = parser.positionalArguments();
    QString rootArgument;
    if (!positional.isEmpty() && QFileInfo(positional.first()).isDir())
        rootArgument = positional.takeFirst();
    const QString root = projectRoot(rootArgument);
    if (root.isEmpty())
        return inputError(err, Error{u"publish"_s, rootArgument, Text::tr("no such folder")});
    release::PublishRequest request;
    request.context.projectRoot = root;
    request.context.trusted = isTrusted(root, trustFlag || parser.isSet(u"trust"_s));
    request.channel = parser.value(u"channel"_s);
    for (const QString& file : std::as_const(positional))
        request.files << QFileInfo(file).absoluteFilePath();
    release::PublishJob job(request);
    logTo(job, err);
    runToCompletion(job);
    const auto result = job.result().value_or(slipway::fail(u"publish"_s, root, Text::tr("canceled")));
    if (!result)
        return failure(err, result.error());
    if (parser.isSet(u"json"_s)) {
        out << QJsonDocument(
                   QJsonObject{{u"channel"_s, result->channel},
                               {u"project"_s, result->project},
                               {u"version"_s, result->version},
                               {u"commit"_s, result->commit},
                               {u"added"_s, QJsonArray::fromStringList(result->change.added)},
                               {u"alreadyThere"_s, QJsonArray::fromStringList(result->change.alreadyThere)}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << Text::tr("%1 %2 in %3: %4 added, %5 there already")
                   .arg(result->project, result->version, result->channel)
                   .arg(result->change.added.size())
                   .arg(result->change.alreadyThere.size())
            << '\n';
    }
    out.flush();
    return Ok;
}

int promote(const QStringList& arguments, QTextStream& out, QTextStream& err, bool trustFlag)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"version"_s, Text::tr("The version to promote."));
    parser.addOption({u"from"_s, Text::tr("The source channel."), u"name"_s});
    parser.addOption({u"to"_s, Text::tr("The target channel."), u"name"_s});
    parser.addOption(
        {u"dry-run"_s, Text::tr("Check the gates that need no tests and show what would change.")});
    parser.addOption(
        {u"trust"_s, Text::tr("Trust the project for this run (the installed tests run its code).")});
    parser.addOption({u"json"_s, Text::tr("Print JSON.")});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2 || !parser.isSet(u"from"_s) || !parser.isSet(u"to"_s))
        return usageError(err, u"promote"_s, Text::tr("expects VERSION --from A --to B [PATH]"));
    const QString root = projectRoot(positional.value(1));
    if (root.isEmpty())
        return inputError(err, Error{u"promote"_s, positional.value(1), Text::tr("no such folder")});
    release::PromoteRequest request;
    request.context.projectRoot = root;
    request.context.trusted = isTrusted(root, trustFlag || parser.isSet(u"trust"_s));
    request.version = positional.first();
    request.from = parser.value(u"from"_s);
    request.to = parser.value(u"to"_s);
    request.dryRun = parser.isSet(u"dry-run"_s);
    release::PromoteJob job(request);
    logTo(job, err);
    runToCompletion(job);
    const auto result = job.result().value_or(slipway::fail(u"promote"_s, root, Text::tr("canceled")));
    const release::PromoteOutcome& outcome = result ? *result : job.outcome();
    if (parser.isSet(u"json"_s)) {
        QJsonArray gates;
        for (const auto& g : outcome.gates)
            gates.append(QJsonObject{{u"gate"_s, g.gate}, {u"passed"_s, g.passed}, {u"detail"_s, g.detail}});
        QJsonArray files;
        for (const auto& f : outcome.files)
            files.append(fileJson(f));
        QJsonObject json{{u"version"_s, outcome.version},
                         {u"from"_s, outcome.from},
                         {u"to"_s, outcome.to},
                         {u"dryRun"_s, outcome.dryRun},
                         {u"gates"_s, gates},
                         {u"files"_s, files},
                         {u"promoted"_s, bool(result)},
                         {u"added"_s, QJsonArray::fromStringList(outcome.change.added)},
                         {u"alreadyThere"_s, QJsonArray::fromStringList(outcome.change.alreadyThere)}};
        if (!result)
            json.insert(u"error"_s, result.error().toString());
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        out.flush();
    }
    if (!result)
        return failure(err, result.error());
    if (!parser.isSet(u"json"_s)) {
        out << (outcome.dryRun ? Text::tr("%1 %2 would go from %3 to %4: %5 added, %6 there already")
                               : Text::tr("%1 %2 promoted from %3 to %4: %5 added, %6 there already"))
                   .arg(outcome.project, outcome.version, outcome.from, outcome.to)
                   .arg(outcome.change.added.size())
                   .arg(outcome.change.alreadyThere.size())
            << '\n';
        out.flush();
    }
    return Ok;
}

int yank(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"version"_s, Text::tr("The version to yank."));
    parser.addOption({u"channel"_s, Text::tr("The channel."), u"name"_s});
    parser.addOption({u"reason"_s, Text::tr("Why (PEP 592: pip shows it)."), u"text"_s});
    parser.addOption({u"undo"_s, Text::tr("Unyank.")});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2 || !parser.isSet(u"channel"_s))
        return usageError(err, u"yank"_s, Text::tr("expects VERSION --channel NAME --reason TEXT [PATH]"));
    if (!parser.isSet(u"undo"_s) && parser.value(u"reason"_s).trimmed().isEmpty())
        return usageError(err, u"yank"_s, Text::tr("--reason TEXT is required (pip shows it to users)"));
    const QString root = projectRoot(positional.value(1));
    if (root.isEmpty())
        return inputError(err, Error{u"yank"_s, positional.value(1), Text::tr("no such folder")});
    release::YankRequest request;
    request.context.projectRoot = root;
    request.channel = parser.value(u"channel"_s);
    request.version = positional.first();
    request.reason = parser.value(u"reason"_s);
    request.undo = parser.isSet(u"undo"_s);
    release::YankJob job(request);
    logTo(job, err);
    runToCompletion(job);
    const auto result = job.result().value_or(slipway::fail(u"yank"_s, root, Text::tr("canceled")));
    if (!result)
        return failure(err, result.error());
    out << (request.undo ? Text::tr("Unyanked in %1: %2") : Text::tr("Yanked in %1: %2"))
               .arg(request.channel, result->join(u", "_s))
        << '\n';
    out.flush();
    return Ok;
}

int channels(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Text::tr("The project folder (default: here)."));
    parser.addOption({u"json"_s, Text::tr("Print JSON.")});
    parser.addOption({u"names"_s, Text::tr("Print the channels' names only, one a line (reads slipway.yaml, "
                                           "asks no server).")});
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(err, u"channels"_s, Text::tr("expects at most one project folder"));
    const QString root = projectRoot(positional.value(0));
    if (root.isEmpty())
        return inputError(err, Error{u"channels"_s, positional.value(0), Text::tr("no such folder")});
    if (parser.isSet(u"names"_s)) { // what the shells' completions offer
        const auto config = release::loadReleaseConfig(root);
        if (!config)
            return failure(err, config.error());
        for (const auto& channel : config->channels)
            out << channel.name << '\n';
        out.flush();
        return Ok;
    }
    release::ReleaseContext context;
    context.projectRoot = root;
    auto board = release::readBoard(context);
    if (!board)
        return failure(err, board.error());
    bool unreadable = false;
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const auto& c : std::as_const(board->channels)) {
            QJsonArray versions;
            const QStringList names = c.page.versions();
            for (const QString& v : names) {
                QJsonArray files;
                for (const auto& f : c.page.files)
                    if (f.version() == v)
                        files.append(fileJson(f));
                versions.append(QJsonObject{{u"version"_s, v}, {u"files"_s, files}});
            }
            QJsonObject o{{u"name"_s, c.channel.name},
                          {u"url"_s, c.channel.url.toString()},
                          {u"upload"_s, release::uploadKindName(c.channel.upload)},
                          {u"versions"_s, versions}};
            if (!c.error.isEmpty())
                o.insert(u"error"_s, c.error);
            unreadable = unreadable || !c.error.isEmpty();
            list.append(o);
        }
        out << QJsonDocument(QJsonObject{{u"project"_s, board->project}, {u"channels"_s, list}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const auto& c : std::as_const(board->channels)) {
            out << c.channel.name << "  " << c.channel.url.toString() << "  ("
                << release::uploadKindName(c.channel.upload) << ")\n";
            if (!c.error.isEmpty()) {
                out << "  " << Text::tr("unreadable: %1").arg(c.error) << '\n';
                unreadable = true;
                continue;
            }
            const QStringList versions = c.page.versions();
            if (versions.isEmpty())
                out << "  " << Text::tr("no versions of %1").arg(board->project) << '\n';
            for (const QString& v : versions) {
                out << "  " << v << '\n';
                for (const auto& f : c.page.files)
                    if (f.version() == v)
                        out << "    " << f.filename << "  " << f.size << "  sha256:" << f.sha256.left(16)
                            << (f.yanked ? Text::tr("  yanked: %1").arg(*f.yanked) : QString()) << '\n';
            }
            out << "  "
                << Text::tr("pip install picks: %1 (with --pre: %2)")
                       .arg(release::pipWouldPick(c.page, false), release::pipWouldPick(c.page, true))
                << '\n';
        }
    }
    out.flush();
    return unreadable ? ProblemsFound : Ok;
}

} // namespace slipway::cli
