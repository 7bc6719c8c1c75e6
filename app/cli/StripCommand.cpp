// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/StripCommand.h"

#include "app/cli/CliCommon.h"
#include "services/git/FilterProcess.h"
#include "services/notebook/Notebook.h"
#include "services/notebook/Strip.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <cstdio>
#include <map>

namespace slipway::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::cli)
};

struct Flags
{
    bool toStdout = false;
    bool dryRun = false;
    bool verify = false;
    bool force = false;
    bool zeppelin = false; // --mode zeppelin (files ending in .zpln are Zeppelin notes anyway)
};

// The command line's flags on top of the settings that apply to `path`.
notebook::StripOptions withFlags(notebook::StripOptions options, const QCommandLineParser& parser)
{
    const auto set = [&](const char* name) { return parser.isSet(QString::fromLatin1(name)); };
    const auto words = [&](const char* name) {
        return parser.value(QString::fromLatin1(name)).split(u' ', Qt::SkipEmptyParts);
    };
    options.keepOutput |= set("keep-output");
    options.keepCount |= set("keep-count");
    options.keepId |= set("keep-id");
    options.dropEmptyCells |= set("drop-empty-cells");
    options.stripInitCells |= set("strip-init-cells");
    options.extraKeys += words("extra-keys");
    options.keepMetadataKeys += words("keep-metadata-keys");
    options.dropTaggedCells += words("drop-tagged-cells");
    options.keepOutputTypes += words("keep-output-type");
    options.dropOutputTypes += words("drop-output-type");
    return options;
}

class Run
{
public:
    Run(const Flags& flags, QTextStream& out, QTextStream& err)
        : m_flags(flags)
        , m_out(out)
        , m_err(err)
    {}

    void file(const QString& path, const notebook::StripOptions& options);
    void standardInput(const notebook::StripOptions& options);
    // nbstripout's: 1 when a notebook could not be stripped, or --verify found one to strip; settings that
    // could not be read are a usage error (2).
    int exitCode() const
    {
        return m_misconfigured ? UsageError : m_failed || (m_flags.verify && m_changed) ? ProblemsFound : Ok;
    }
    void settingsError(const Error& problem)
    {
        error(problem);
        m_misconfigured = true;
    }
    void error(const Error& error)
    {
        m_err << "slipway: " << error.toString() << '\n';
        m_err.flush();
        m_failed = true;
    }

private:
    // Strips `bytes`; returns the stripped bytes and whether anything changed, or nothing after an error.
    // `padded`: bytes read into a padded buffer; else `bytes` are a mapping that outlives the call's results.
    std::optional<std::pair<QByteArray, bool>> process(QByteArrayView bytes, const QByteArray* padded,
                                                       const QString& name,
                                                       const notebook::StripOptions& options, bool zeppelin);

    const Flags& m_flags;
    QTextStream& m_out;
    QTextStream& m_err;
    QSet<QString> m_warned;
    bool m_changed = false;
    bool m_failed = false;
    bool m_misconfigured = false;
};

std::optional<std::pair<QByteArray, bool>> Run::process(QByteArrayView bytes, const QByteArray* padded,
                                                        const QString& name,
                                                        const notebook::StripOptions& options, bool zeppelin)
{
    if (zeppelin) {
        auto note = notebook::stripZeppelin(bytes.toByteArray(), name);
        if (!note) {
            error(note.error());
            return std::nullopt;
        }
        m_changed |= note->changed;
        return std::pair{note->bytes, note->changed};
    }
    auto parsed =
        padded ? notebook::parseNotebook(*padded, name) : notebook::parseNotebookInPlace(bytes, name);
    if (!parsed) {
        error(parsed.error());
        return std::nullopt;
    }
    const auto report = notebook::strip(*parsed, options);
    if (!report) {
        error(report.error());
        return std::nullopt;
    }
    for (const QString& warning : report->warnings) {
        if (m_warned.contains(warning))
            continue;
        m_warned.insert(warning);
        m_err << "slipway: warning: " << warning << '\n';
        m_err.flush();
    }
    m_changed |= report->changed;
    auto stripped = notebook::serializeNotebook(*parsed);
    if (!stripped) {
        error(stripped.error());
        return std::nullopt;
    }
    return std::pair{*stripped, report->changed};
}

void Run::file(const QString& path, const notebook::StripOptions& options)
{
    // Mapped when possible (no copy of a large notebook), read otherwise; either stays until we are done.
    std::unique_ptr<notebook::MappedFile> mapped;
    std::optional<QByteArray> read;
    if (auto mapping = notebook::MappedFile::open(path);
        mapping && (*mapping)->bytes().size() < (qsizetype(1) << 31)) {
        mapped = std::move(*mapping);
    } else {
        auto bytes = notebook::readNotebookBytes(path);
        if (!bytes) {
            error(Error{{}, path, bytes.error().message});
            return;
        }
        read = std::move(*bytes);
    }
    const QByteArrayView bytes = mapped ? mapped->bytes() : QByteArrayView(*read);
    const bool zeppelin = m_flags.zeppelin || path.endsWith(u".zpln", Qt::CaseInsensitive);
    const auto result = process(bytes, read ? &*read : nullptr, path, options, zeppelin);
    if (!result)
        return;
    if (mapped && mapped->changedWhileRead()) {
        error(Error{{}, path, Text::tr("the file was truncated while it was read; nothing written")});
        return;
    }
    if (m_flags.dryRun) {
        if (result->second)
            m_out << "Dry run: would have stripped " << path << '\n';
        m_out.flush();
        return;
    }
    if (m_flags.toStdout) {
        m_out.flush();
        std::fwrite(result->first.constData(), 1, size_t(result->first.size()), stdout);
        std::fflush(stdout);
        return;
    }
    if (const auto written = notebook::writeFileIfChanged(path, result->first, bytes); !written)
        error(written.error());
}

void Run::standardInput(const notebook::StripOptions& options)
{
    // A file given as standard input is mapped like a named one; a pipe is read once, into the buffer
    // the parser reads in place.
    std::unique_ptr<notebook::MappedFile> mapped;
    std::optional<QByteArray> read;
    if (auto mapping = notebook::MappedFile::openStandardInput();
        mapping && (*mapping)->bytes().size() < (qsizetype(1) << 31)) {
        mapped = std::move(*mapping);
    } else {
        auto bytes = notebook::readStandardInput();
        if (!bytes) {
            error(bytes.error());
            return;
        }
        read = std::move(*bytes);
    }
    const QByteArrayView bytes = mapped ? mapped->bytes() : QByteArrayView(*read);
    const QString name = QStringLiteral("<stdin>");
    const auto result = process(bytes, read ? &*read : nullptr, name, options, m_flags.zeppelin);
    if (!result)
        return;
    if (mapped && mapped->changedWhileRead()) {
        error(Error{{}, name, Text::tr("the file was truncated while it was read")});
        return;
    }
    if (m_flags.dryRun) {
        if (result->second)
            m_out << "Dry run: would have stripped input from stdin\n";
        m_out.flush();
        return;
    }
    m_out.flush();
    std::fwrite(result->first.constData(), 1, size_t(result->first.size()), stdout);
    std::fflush(stdout);
}

} // namespace

namespace {

void addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("files"),
                                 Text::tr("Notebooks or folders; none or - reads standard input."),
                                 QStringLiteral("[FILE…|-]"));
    parser.addOptions({
        {{QStringLiteral("t"), QStringLiteral("textconv"), QStringLiteral("stdout")},
         Text::tr("Write the stripped notebooks to standard output; change no file.")},
        {QStringLiteral("dry-run"), Text::tr("Say which notebooks would be stripped; change nothing.")},
        {QStringLiteral("verify"), Text::tr("Like --dry-run, and exit with 1 when any would change.")},
        {{QStringLiteral("f"), QStringLiteral("force")},
         Text::tr("Also strip named files not ending in .ipynb.")},
        {QStringLiteral("keep-output"), Text::tr("Keep every output.")},
        {QStringLiteral("keep-count"), Text::tr("Keep execution counts.")},
        {QStringLiteral("keep-id"), Text::tr("Keep cell ids (else they become 0, 1, …).")},
        {QStringLiteral("extra-keys"), Text::tr("Also remove these keys (space-separated)."),
         QStringLiteral("keys")},
        {QStringLiteral("keep-metadata-keys"), Text::tr("Never remove these keys (space-separated)."),
         QStringLiteral("keys")},
        {QStringLiteral("drop-empty-cells"), Text::tr("Remove cells whose source is empty or blank.")},
        {QStringLiteral("drop-tagged-cells"),
         Text::tr("Remove cells with any of these tags (space-separated)."), QStringLiteral("tags")},
        {QStringLiteral("strip-init-cells"), Text::tr("Also strip the outputs of init cells.")},
        {{QStringLiteral("keep-output-type"), QStringLiteral("keep-output-types")},
         Text::tr("Keep outputs of these types (space-separated; type or type:name)."),
         QStringLiteral("types")},
        {{QStringLiteral("drop-output-type"), QStringLiteral("drop-output-types")},
         Text::tr("Remove outputs of these types (space-separated; type or type:name)."),
         QStringLiteral("types")},
        {QStringLiteral("max-size"), Text::tr("Keep outputs of at most this size (e.g. 50, 10k, 1M)."),
         QStringLiteral("size")},
        {{QStringLiteral("m"), QStringLiteral("mode")},
         Text::tr("jupyter (default) or zeppelin."),
         QStringLiteral("mode")},
        {QStringLiteral("install"), Text::tr("Set up the git filter (as slipway filter install).")},
        {QStringLiteral("uninstall"), Text::tr("Remove the git filter (as slipway filter uninstall).")},
        {QStringLiteral("is-installed"), Text::tr("Exit with 0 when the filter is set up, else 1.")},
        {QStringLiteral("status"), Text::tr("Describe the filter's set-up; exit with 0 when it is set up.")},
        {QStringLiteral("global"), Text::tr("With --install and the like: your user configuration.")},
        {QStringLiteral("system"), Text::tr("With --install and the like: the machine's configuration.")},
        {QStringLiteral("attributes"), Text::tr("With --install/--uninstall: the attributes file."),
         QStringLiteral("file")},
        {QStringLiteral("python"), Text::tr("Accepted for nbstripout's sake; Slipway needs no Python."),
         QStringLiteral("path")},
        {QStringLiteral("version"), Text::tr("Slipway's version.")},
    });
}

// A notebook to strip, or standard input (empty path), and the path its settings come from.
struct Target
{
    QString path;
    QString configPath;
};

// The targets named on the command line (folders expanded); nullopt when a folder needs the full
// command line. Reports skipped files and scan problems on `err` / through `run`.
std::optional<QList<Target>> targetsOf(const QStringList& paths, const Flags& flags,
                                       const StripServices& services, QTextStream& err, Run& run)
{
    if (!services.notebooksIn)
        for (const QString& path : paths)
            if (path != u"-" && QFileInfo(path).isDir())
                return std::nullopt;
    QList<Target> targets;
    for (const QString& path : paths) {
        if (path == u"-") {
            targets.append({QString(), QDir::currentPath()});
            continue;
        }
        const QFileInfo info(path);
        if (!info.isDir()) {
            if (info.exists() && !flags.force && !path.endsWith(u".ipynb", Qt::CaseInsensitive) &&
                !path.endsWith(u".zpln", Qt::CaseInsensitive)) {
                err << "slipway: " << path << ": "
                    << Text::tr("skipped: not a .ipynb file (--force strips it anyway)") << '\n';
                continue;
            }
            targets.append({path, path});
            continue;
        }
        // A folder: every notebook below it that git would not ignore.
        const QString root = info.canonicalFilePath();
        const auto [files, problems] = services.notebooksIn(root);
        for (const Error& problem : problems)
            run.error(problem);
        for (const QString& file : files)
            targets.append({QDir(path).filePath(file), root});
    }
    return targets;
}

} // namespace

int strip(const QStringList& arguments, QTextStream& out, QTextStream& err, const StripServices& services)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (const auto done = parseCommandLine(parser, arguments, out, err))
        return *done;
    for (const char* task : {"install", "uninstall", "is-installed", "status", "version"})
        if (parser.isSet(QString::fromLatin1(task)))
            return services.filterTask ? services.filterTask(QString::fromLatin1(task), parser)
                                       : NeedsFullCommandLine;
    Flags flags;
    flags.toStdout = parser.isSet(QStringLiteral("stdout"));
    flags.verify = parser.isSet(QStringLiteral("verify"));
    flags.dryRun = flags.verify || parser.isSet(QStringLiteral("dry-run"));
    flags.force = parser.isSet(QStringLiteral("force"));
    const QString mode = parser.value(QStringLiteral("mode"));
    if (!mode.isEmpty() && mode != u"jupyter" && mode != u"zeppelin")
        return usageError(err, QStringLiteral("strip --mode"), Text::tr("expects jupyter or zeppelin"));
    flags.zeppelin = mode == u"zeppelin";
    std::optional<qint64> maxSize;
    if (parser.isSet(QStringLiteral("max-size"))) {
        const auto size = notebook::StripOptions::parseSize(parser.value(QStringLiteral("max-size")));
        if (!size)
            return inputError(err, size.error());
        maxSize = *size;
    }
    // As nbstripout: no file reads standard input.
    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        paths.append(QStringLiteral("-"));

    Run run(flags, out, err);
    const auto targets = targetsOf(paths, flags, services, err, run);
    if (!targets)
        return NeedsFullCommandLine;
    // Every target's settings before anything is read or written, so that this executable can still hand
    // the whole command over.
    std::map<QString, std::optional<Result<notebook::StripOptions>>> settings;
    for (const Target& target : *targets) {
        auto& found = settings[target.configPath];
        if (!found)
            found = services.optionsFor(target.configPath);
        if (!found)
            return NeedsFullCommandLine;
    }
    for (const Target& target : *targets) {
        const Result<notebook::StripOptions>& base = *settings[target.configPath];
        if (!base) {
            run.settingsError(base.error());
            continue;
        }
        notebook::StripOptions options = withFlags(*base, parser);
        if (maxSize)
            options.maxSize = *maxSize;
        if (target.path.isEmpty())
            run.standardInput(options);
        else
            run.file(target.path, options);
    }
    return run.exitCode();
}

int filterProcess(const QStringList& arguments, QTextStream& out, QTextStream& err,
                  const StripServices& services)
{
    if (arguments.size() > 1) {
        QCommandLineParser parser;
        if (const auto done = parseCommandLine(parser, arguments, out, err))
            return *done;
        return usageError(err, arguments.first(), Text::tr("takes no arguments"));
    }
    // git runs the filter at the top of the work tree: the settings of this repository apply to every file.
    const auto options = services.optionsFor(QDir::currentPath());
    if (!options)
        return NeedsFullCommandLine;
    if (!*options)
        return inputError(err, options->error());
    QFile in;
    QFile answers;
    if (!in.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered) ||
        !answers.open(1, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return usageError(err, QStringLiteral("filter-process"),
                          Text::tr("cannot use standard input and output"));
    const auto handler = [&](const git::FilterRequest& request) {
        return notebook::cleanNotebook(**options, request.pathname, request.content);
    };
    const bool ok = git::serveFilterProcess(in, answers, handler, [&](const QString& message) {
        err << "slipway: " << message << '\n';
        err.flush();
    });
    return ok ? Ok : UsageError;
}

} // namespace slipway::cli
