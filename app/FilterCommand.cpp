#include "app/FilterCommand.h"

#include "services/git/Config.h"
#include "services/git/FilterProcess.h"
#include "services/git/Repository.h"
#include "services/project/NotebookCleaner.h"
#include "services/project/StripSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>

namespace slipway::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::Cli)
};

enum Exit
{
    Ok = 0,
    NotInstalled = 1,
    InputError = 2
};

const QStringList attributeLines{QStringLiteral("*.ipynb filter=nbstripout"),
                                 QStringLiteral("*.zpln filter=nbstripout"),
                                 QStringLiteral("*.ipynb diff=ipynb")};
// What nbstripout looks for before it adds (or when it removes) each line.
const QStringList attributePrefixes{QStringLiteral("*.ipynb filter"), QStringLiteral("*.zpln filter"),
                                    QStringLiteral("*.ipynb diff")};

// The command git runs, through a shell: this executable, single-quoted.
QString self()
{
    QString path = QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).canonicalFilePath();
    return u'\'' + path.replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

int failWith(QTextStream& err, const QString& what, const QString& why)
{
    err << "slipway: " << what << ": " << why << '\n';
    err.flush();
    return InputError;
}

// Where the attributes go: --attributes, else the level's own attributes file.
QString attributesFile(git::ConfigLevel level, const QString& option, const git::Repository* repository)
{
    if (!option.isEmpty())
        return QFileInfo(option).absoluteFilePath();
    if (level == git::ConfigLevel::Local)
        return repository->info().gitdir + u"info/attributes";
    if (level == git::ConfigLevel::System)
        return QStringLiteral("/etc/gitattributes");
    if (auto global = git::ConfigFile::open(git::ConfigLevel::Global))
        if (const auto configured = global->string(QStringLiteral("core.attributesfile")))
            return QDir::cleanPath(
                QString(*configured).replace(QRegularExpression(QStringLiteral("^~")), QDir::homePath()));
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/git/attributes";
}

Result<void> rewriteAttributes(const QString& path, bool install)
{
    QFile current(path);
    QString text = current.open(QIODevice::ReadOnly) ? QString::fromUtf8(current.readAll()) : QString();
    current.close();
    QString updated;
    if (install) {
        updated = text;
        QStringList missing;
        for (qsizetype i = 0; i < attributeLines.size(); ++i)
            if (!text.contains(attributePrefixes[i]))
                missing.append(attributeLines[i]);
        if (missing.isEmpty())
            return {};
        if (!updated.isEmpty() && !updated.endsWith(u'\n'))
            updated += u'\n';
        updated += missing.join(u'\n') + u'\n';
    } else {
        QStringList kept;
        for (const QString& line : text.split(u'\n'))
            if (!std::ranges::any_of(attributePrefixes, [&](const QString& p) { return line.startsWith(p); }))
                kept.append(line);
        updated = kept.join(u'\n');
        if (updated == text)
            return {};
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray bytes = updated.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Text::tr("write attributes"), path, file.errorString());
    return {};
}

int status(const git::Repository& repository, QTextStream& out)
{
    const auto config = [&](const char* key) { return repository.configString(QString::fromLatin1(key)); };
    const QString command =
        config("filter.nbstripout.process").value_or(config("filter.nbstripout.clean").value_or(QString()));
    const QString owner = command.contains(u"slipway")      ? QStringLiteral("Slipway")
                          : command.contains(u"nbstripout") ? QStringLiteral("nbstripout")
                          : command.isEmpty()               ? QString()
                                                            : QStringLiteral("another program");
    const QString filterAttribute =
        repository.attribute(QStringLiteral("notebook.ipynb"), QStringLiteral("filter"));
    const bool installed = !owner.isEmpty() && filterAttribute == u"nbstripout";
    out << Text::tr("Filter:     %1")
               .arg(owner.isEmpty() ? Text::tr("not configured") : owner + u" (" + command + u')')
        << '\n';
    out << Text::tr("Attributes: %1")
               .arg(filterAttribute.isEmpty() ? Text::tr("*.ipynb has no filter attribute")
                                              : u"*.ipynb filter=" + filterAttribute)
        << '\n';
    out << Text::tr("Required:   %1")
               .arg(config("filter.nbstripout.required").value_or(QStringLiteral("false")))
        << '\n';
    out << Text::tr("Diff:       %1").arg(config("diff.ipynb.textconv").value_or(Text::tr("no textconv")))
        << '\n';
    out << (installed ? Text::tr("Notebooks are stripped by %1 when they are staged.").arg(owner)
                      : Text::tr("Notebooks are NOT stripped when they are staged."))
        << '\n';
    out.flush();
    return installed ? Ok : NotInstalled;
}

} // namespace

int filter(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("install, uninstall or status"));
    parser.addOptions(
        {{QStringLiteral("local"), Text::tr("This repository's configuration (the default).")},
         {QStringLiteral("global"), Text::tr("Your user configuration.")},
         {QStringLiteral("system"), Text::tr("The machine's configuration.")},
         {QStringLiteral("attributes"), Text::tr("The attributes file to write."), QStringLiteral("file")}});
    if (!parser.parse(arguments))
        return failWith(err, QStringLiteral("filter"), parser.errorText());
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != u"install" && action != u"uninstall" && action != u"status"))
        return failWith(err, QStringLiteral("filter"), Text::tr("expects install, uninstall or status"));
    const git::ConfigLevel level = parser.isSet(QStringLiteral("system"))   ? git::ConfigLevel::System
                                   : parser.isSet(QStringLiteral("global")) ? git::ConfigLevel::Global
                                                                            : git::ConfigLevel::Local;
    auto repository = git::Repository::open(QDir::currentPath());
    if (!repository && (level == git::ConfigLevel::Local || action == u"status"))
        return failWith(err, QDir::currentPath(), Text::tr("not inside a git repository"));
    if (action == u"status")
        return status(*repository, out);

    auto config = git::ConfigFile::open(level, QDir::currentPath());
    if (!config)
        return failWith(err, config.error().path, config.error().message);
    const QString attributes = attributesFile(level, parser.value(QStringLiteral("attributes")),
                                              repository ? &*repository : nullptr);
    const bool install = action == u"install";
    if (install) {
        const QString exe = self();
        const QList<std::pair<QString, QString>> settings{
            {QStringLiteral("filter.nbstripout.clean"), exe + u" strip -"},
            {QStringLiteral("filter.nbstripout.process"), exe + u" filter-process"},
            {QStringLiteral("filter.nbstripout.smudge"), QStringLiteral("cat")},
            {QStringLiteral("filter.nbstripout.required"), QStringLiteral("true")},
            {QStringLiteral("diff.ipynb.textconv"), exe + u" strip -t"}};
        for (const auto& [key, value] : settings)
            if (auto set = config->setString(key, value); !set)
                return failWith(err, config->path(), set.error().message);
    } else {
        for (const char* key : {"filter.nbstripout.clean", "filter.nbstripout.process",
                                "filter.nbstripout.smudge", "filter.nbstripout.required"})
            if (auto removed = config->remove(QString::fromLatin1(key)); !removed)
                return failWith(err, config->path(), removed.error().message);
        if (auto removed = config->removeSection(QStringLiteral("diff.ipynb")); !removed)
            return failWith(err, config->path(), removed.error().message);
    }
    if (auto written = rewriteAttributes(attributes, install); !written)
        return failWith(err, written.error().path, written.error().message);
    out << (install ? Text::tr("Installed Slipway as the notebook filter in %1; attributes in %2")
                    : Text::tr("Removed the notebook filter from %1 and %2"))
               .arg(config->path(), attributes)
        << '\n';
    out.flush();
    return Ok;
}

int filterProcess(QTextStream& err)
{
    QFile in;
    QFile out;
    if (!in.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered) ||
        !out.open(1, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failWith(err, QStringLiteral("filter-process"),
                        Text::tr("cannot use standard input and output"));
    // git runs the filter at the top of the work tree: the settings of this repository apply to every file.
    const auto options = stripOptionsFor(QDir::currentPath());
    if (!options)
        return failWith(err, options.error().toString(), QString());
    const auto handler = [&](const git::FilterRequest& request) {
        return cleanNotebook(*options, request.pathname, request.content);
    };
    const bool ok = git::serveFilterProcess(in, out, handler, [&](const QString& message) {
        err << "slipway: " << message << '\n';
        err.flush();
    });
    return ok ? Ok : InputError;
}

} // namespace slipway::Cli
