// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/GitFilterSetup.h"

#include "services/core/SafeWrite.h"
#include "services/git/Repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace slipway {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::GitFilterSetup)
};

const QStringList attributeLines{QStringLiteral("*.ipynb filter=nbstripout"),
                                 QStringLiteral("*.zpln filter=nbstripout"),
                                 QStringLiteral("*.ipynb diff=ipynb")};
// What nbstripout looks for before it adds (or when it removes) each line.
const QStringList attributePrefixes{QStringLiteral("*.ipynb filter"), QStringLiteral("*.zpln filter"),
                                    QStringLiteral("*.ipynb diff")};

Result<QString> attributesPath(git::ConfigLevel level, const QString& option, const QString& repositoryPath)
{
    if (!option.isEmpty())
        return QFileInfo(option).absoluteFilePath();
    if (level == git::ConfigLevel::Local) {
        auto repository = git::Repository::open(repositoryPath);
        if (!repository)
            return std::unexpected(repository.error().toError());
        return repository->info().gitdir + u"info/attributes";
    }
    if (level == git::ConfigLevel::System)
        return QStringLiteral("/etc/gitattributes");
    if (auto global = git::ConfigFile::open(git::ConfigLevel::Global))
        if (const auto configured = global->string(QStringLiteral("core.attributesfile")))
            return QDir::cleanPath(configured->startsWith(u'~') ? QDir::homePath() + configured->mid(1)
                                                                : *configured);
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/git/attributes";
}

Result<void> rewriteAttributes(const QString& path, bool install)
{
    QFile current(path);
    const QString text = current.open(QIODevice::ReadOnly) ? QString::fromUtf8(current.readAll()) : QString();
    current.close();
    QString updated;
    if (install) {
        QStringList missing;
        for (qsizetype i = 0; i < attributeLines.size(); ++i)
            if (!text.contains(attributePrefixes[i]))
                missing.append(attributeLines[i]);
        if (missing.isEmpty())
            return {};
        updated = text;
        if (!updated.isEmpty() && !updated.endsWith(u'\n'))
            updated += u'\n';
        updated += missing.join(u'\n') + u'\n';
    } else {
        QStringList kept;
        const QStringList lines = text.split(u'\n');
        for (const QString& line : lines)
            if (!std::ranges::any_of(attributePrefixes, [&](const QString& p) { return line.startsWith(p); }))
                kept.append(line);
        updated = kept.join(u'\n');
        if (updated == text)
            return {};
    }
    return writeFileSafely(path, updated.toUtf8(), Text::tr("write attributes"));
}

// Single-quoted for the shell git runs filter commands with.
QString quoted(QString path)
{
    return u'\'' + path.replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

} // namespace

Result<GitFilterState> gitFilterState(const QString& repositoryPath)
{
    auto repository = git::Repository::open(repositoryPath);
    if (!repository)
        return std::unexpected(repository.error().toError());
    const auto config = [&](const char* key) { return repository->configString(QString::fromLatin1(key)); };
    GitFilterState state;
    state.command =
        config("filter.nbstripout.process").value_or(config("filter.nbstripout.clean").value_or(QString()));
    state.owner = state.command.contains(u"slipway")      ? GitFilterState::Owner::Slipway
                  : state.command.contains(u"nbstripout") ? GitFilterState::Owner::Nbstripout
                  : state.command.isEmpty()               ? GitFilterState::Owner::Nobody
                                                          : GitFilterState::Owner::Other;
    state.attribute = repository->attribute(QStringLiteral("notebook.ipynb"), QStringLiteral("filter"));
    state.required = config("filter.nbstripout.required").value_or(QString()) == u"true";
    state.textconv = config("diff.ipynb.textconv").value_or(QString());
    return state;
}

Result<QString> setUpGitFilter(const QString& repositoryPath, git::ConfigLevel level,
                               const QString& attributesFile, const QString& slipwayExecutable)
{
    auto config = git::ConfigFile::open(level, repositoryPath);
    if (!config)
        return std::unexpected(config.error().toError());
    const auto attributes = attributesPath(level, attributesFile, repositoryPath);
    if (!attributes)
        return std::unexpected(attributes.error());
    const QString exe = quoted(slipwayExecutable);
    const QList<std::pair<QString, QString>> settings{
        {QStringLiteral("filter.nbstripout.clean"), exe + u" strip -"},
        {QStringLiteral("filter.nbstripout.process"), exe + u" filter-process"},
        {QStringLiteral("filter.nbstripout.smudge"), QStringLiteral("cat")},
        {QStringLiteral("filter.nbstripout.required"), QStringLiteral("true")},
        {QStringLiteral("diff.ipynb.textconv"), exe + u" convert --to percent -o -"}};
    for (const auto& [key, value] : settings)
        if (auto set = config->setString(key, value); !set)
            return std::unexpected(set.error().toError());
    if (auto written = rewriteAttributes(*attributes, true); !written)
        return std::unexpected(written.error());
    return config->path() + u"; " + *attributes;
}

Result<QString> removeGitFilter(const QString& repositoryPath, git::ConfigLevel level,
                                const QString& attributesFile)
{
    auto config = git::ConfigFile::open(level, repositoryPath);
    if (!config)
        return std::unexpected(config.error().toError());
    const auto attributes = attributesPath(level, attributesFile, repositoryPath);
    if (!attributes)
        return std::unexpected(attributes.error());
    for (const char* key : {"filter.nbstripout.clean", "filter.nbstripout.process",
                            "filter.nbstripout.smudge", "filter.nbstripout.required"})
        if (auto removed = config->remove(QString::fromLatin1(key)); !removed)
            return std::unexpected(removed.error().toError());
    if (auto removed = config->removeSection(QStringLiteral("diff.ipynb")); !removed)
        return std::unexpected(removed.error().toError());
    if (auto written = rewriteAttributes(*attributes, false); !written)
        return std::unexpected(written.error());
    return config->path() + u"; " + *attributes;
}

} // namespace slipway
