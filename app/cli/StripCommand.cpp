// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/StripCommand.h"

#include "app/cli/Cli.h"
#include "services/git/Repository.h"
#include "services/notebook/Notebook.h"
#include "services/notebook/Strip.h"
#include "services/project/ProjectScan.h"
#include "services/project/StripSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <cstdio>

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
    QCommandLineParser* parser = nullptr;
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

    void file(const QString& path, const QString& configPath);
    void standardInput();
    int exitCode() const
    {
        return m_failed ? UsageError : (m_flags.verify && m_changed) ? ProblemsFound : Ok;
    }
    void error(const Error& error)
    {
        m_err << "slipway: " << error.toString() << '\n';
        m_err.flush();
        m_failed = true;
    }

private:
    std::optional<notebook::StripOptions> optionsFor(const QString& configPath);
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
};

std::optional<notebook::StripOptions> Run::optionsFor(const QString& configPath)
{
    auto settings = stripOptionsFor(configPath);
    if (!settings) {
        error(settings.error());
        return std::nullopt;
    }
    notebook::StripOptions options = withFlags(*settings, *m_flags.parser);
    if (m_flags.parser->isSet(QStringLiteral("max-size"))) {
        const auto size =
            notebook::StripOptions::parseSize(m_flags.parser->value(QStringLiteral("max-size")));
        if (!size) {
            error(size.error());
            return std::nullopt;
        }
        options.maxSize = *size;
    }
    return options;
}

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

void Run::file(const QString& path, const QString& configPath)
{
    const auto options = optionsFor(configPath);
    if (!options)
        return;
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
    const auto result = process(bytes, read ? &*read : nullptr, path, *options, zeppelin);
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

void Run::standardInput()
{
    const auto options = optionsFor(QDir::currentPath());
    if (!options)
        return;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        error(Error{{}, QStringLiteral("<stdin>"), in.errorString()});
        return;
    }
    const QByteArray bytes = in.readAll();
    const auto result = process(bytes, &bytes, QStringLiteral("<stdin>"), *options, m_flags.zeppelin);
    if (!result)
        return;
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

int strip(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 Text::tr("Notebooks or folders, or - for standard input."));
    parser.addOptions({
        {{QStringLiteral("t"), QStringLiteral("stdout"), QStringLiteral("textconv")},
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
    });
    if (!parser.parse(arguments)) {
        err << "slipway: strip: " << parser.errorText() << '\n' << Text::tr("Try 'slipway --help'.") << '\n';
        err.flush();
        return UsageError;
    }
    Flags flags;
    flags.parser = &parser;
    flags.toStdout = parser.isSet(QStringLiteral("stdout"));
    flags.verify = parser.isSet(QStringLiteral("verify"));
    flags.dryRun = flags.verify || parser.isSet(QStringLiteral("dry-run"));
    flags.force = parser.isSet(QStringLiteral("force"));
    const QString mode = parser.value(QStringLiteral("mode"));
    if (!mode.isEmpty() && mode != u"jupyter" && mode != u"zeppelin") {
        err << "slipway: strip: --mode: " << Text::tr("expects jupyter or zeppelin") << '\n';
        err.flush();
        return UsageError;
    }
    flags.zeppelin = mode == u"zeppelin";
    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << "slipway: strip: " << Text::tr("expects notebooks, folders, or - for standard input") << '\n';
        err.flush();
        return UsageError;
    }

    Run run(flags, out, err);
    for (const QString& path : std::as_const(paths)) {
        if (path == u"-") {
            run.standardInput();
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
            run.file(path, path);
            continue;
        }
        // A folder: every notebook below it that git would not ignore.
        const QString root = info.canonicalFilePath();
        auto repository = git::Repository::open(root);
        const FileScan scan = scanProjectFiles(root, repository ? &*repository : nullptr, 1'000'000);
        for (const Error& problem : scan.problems)
            run.error(problem);
        for (const QString& file : scan.files)
            if (file.endsWith(u".ipynb", Qt::CaseInsensitive) || file.endsWith(u".zpln", Qt::CaseInsensitive))
                run.file(QDir(path).filePath(file), root);
    }
    return run.exitCode();
}

} // namespace slipway::cli
