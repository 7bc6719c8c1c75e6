// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/StripSettingsFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdlib>
#include <toml++/toml.hpp>

namespace slipway {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::StripSettings)
};

Error problem(const QString& path, const toml::node& node, const QString& message)
{
    const auto& where = node.source().begin;
    return Error{Text::tr("read [tool.slipway.strip]"), path, message, int(where.line), int(where.column)};
}

// An array of strings, or one string of space-separated words.
Result<QStringList> words(const QString& path, const toml::node& node, const QString& key)
{
    if (const auto* text = node.as_string())
        return QString::fromStdString(text->get()).split(u' ', Qt::SkipEmptyParts);
    QStringList out;
    if (const auto* array = node.as_array()) {
        for (const toml::node& item : *array) {
            if (!item.is_string())
                return std::unexpected(problem(path, item, Text::tr("%1 should hold strings").arg(key)));
            out.append(QString::fromStdString(item.as_string()->get()));
        }
        return out;
    }
    return std::unexpected(
        problem(path, node, Text::tr("%1 should be a list of strings or a string").arg(key)));
}

} // namespace

Result<void> applyStripTable(const QString& file, notebook::StripOptions& options)
{
    // A project's file: read only when it is a regular file (also through a link), and at most 4 MiB of it —
    // a pyproject.toml that is a FIFO or a link to /dev/zero must not hang or fill the memory.
    constexpr qint64 maxBytes = qint64(4) << 20;
    const QFileInfo info(file);
    if (!info.exists())
        return {};
    QFile in(file);
    if (!info.isFile() || info.size() > maxBytes || !in.open(QIODevice::ReadOnly))
        return std::unexpected(
            Error{Text::tr("read pyproject.toml"), file, Text::tr("not a regular file of at most 4 MiB")});
    const QByteArray bytes = in.read(maxBytes);
    toml::table table;
    try {
        table = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())), file.toStdString());
    } catch (const toml::parse_error& e) {
        return std::unexpected(Error{Text::tr("read pyproject.toml"), file,
                                     QString::fromUtf8(e.description()), int(e.source().begin.line),
                                     int(e.source().begin.column)});
    }
    const toml::table* strip = table["tool"]["slipway"]["strip"].as_table();
    if (!strip)
        return {};
    for (const auto& [rawKey, node] : *strip) {
        const QString key = QString::fromUtf8(rawKey.str());
        const auto flag = [&](bool& target) -> Result<void> {
            if (!node.is_boolean())
                return std::unexpected(problem(file, node, Text::tr("%1 should be true or false").arg(key)));
            target = node.as_boolean()->get();
            return {};
        };
        const auto list = [&](QStringList& target) -> Result<void> {
            auto value = words(file, node, key);
            if (!value)
                return std::unexpected(value.error());
            target += *value;
            return {};
        };
        Result<void> applied;
        if (key == u"keep-output")
            applied = flag(options.keepOutput);
        else if (key == u"keep-count")
            applied = flag(options.keepCount);
        else if (key == u"keep-id")
            applied = flag(options.keepId);
        else if (key == u"drop-empty-cells")
            applied = flag(options.dropEmptyCells);
        else if (key == u"strip-init-cells")
            applied = flag(options.stripInitCells);
        else if (key == u"extra-keys")
            applied = list(options.extraKeys);
        else if (key == u"keep-metadata-keys")
            applied = list(options.keepMetadataKeys);
        else if (key == u"drop-tagged-cells")
            applied = list(options.dropTaggedCells);
        else if (key == u"keep-output-types")
            applied = list(options.keepOutputTypes);
        else if (key == u"drop-output-types")
            applied = list(options.dropOutputTypes);
        else if (key == u"max-size") {
            const QString text = node.is_integer()  ? QString::number(node.as_integer()->get())
                                 : node.is_string() ? QString::fromStdString(node.as_string()->get())
                                                    : QString();
            const auto size = notebook::StripOptions::parseSize(text);
            if (!size)
                return std::unexpected(
                    problem(file, node, Text::tr("max-size should be a number, or a string like \"10k\"")));
            options.maxSize = *size;
        } else {
            return std::unexpected(problem(file, node, Text::tr("unknown key %1").arg(key)));
        }
        if (!applied)
            return applied;
    }
    return {};
}

namespace {

// Whether a git configuration file may set what nbstripout reads, or send libgit2 elsewhere (an include, a
// work tree): a conservative look at its words, not a reading. Unreadable or huge files may.
bool mayMatter(const QString& file)
{
    const QFileInfo info(file);
    if (!info.exists() && !info.isSymLink())
        return false;
    QFile in(file);
    if (!info.isFile() || info.size() > (qint64(1) << 20) || !in.open(QIODevice::ReadOnly))
        return true;
    const QByteArray lower = in.read(qint64(1) << 20).toLower();
    for (const char* word : {"extrakeys", "keepmetadatakeys", "include", "worktree"})
        if (lower.contains(word))
            return true;
    return false;
}

// The folder holding the `.git` folder above `folder`, the git folder itself, or nothing outside git;
// nullopt when libgit2 must decide (a `.git` file of a worktree or submodule, anything odd).
std::optional<std::pair<QString, QString>> repositoryAbove(QString folder, bool& unsure)
{
    for (;;) {
        const QFileInfo dotGit(folder + u"/.git");
        if (dotGit.exists() || dotGit.isSymLink()) {
            if (dotGit.isDir() && !dotGit.isSymLink() && QFileInfo::exists(dotGit.filePath() + u"/HEAD"))
                return std::pair{folder, dotGit.filePath()};
            unsure = true;
            return std::nullopt;
        }
        const QString parent = QFileInfo(folder).path();
        if (parent == folder)
            return std::nullopt;
        folder = parent;
    }
}

} // namespace

std::optional<Result<notebook::StripOptions>> stripOptionsWithoutGit(const QString& path)
{
    for (const char* variable : {"GIT_DIR", "GIT_CONFIG", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM",
                                 "GIT_CONFIG_COUNT", "GIT_CONFIG_PARAMETERS", "GIT_CEILING_DIRECTORIES"})
        if (!qEnvironmentVariableIsEmpty(variable))
            return std::nullopt;
    const QFileInfo info(path);
    QString root = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    bool unsure = false;
    const auto repository = repositoryAbove(root, unsure);
    if (unsure)
        return std::nullopt;
    if (repository) {
        const QString home = qEnvironmentVariable("HOME");
        if (home.isEmpty())
            return std::nullopt;
        const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME", home + u"/.config");
        // XDG_CONFIG_HOME unset (the usual case) makes the two XDG places one: read it once.
        QStringList files{repository->second + u"/config", home + u"/.gitconfig", xdg + u"/git/config",
                          home + u"/.config/git/config", QStringLiteral("/etc/gitconfig")};
        files.removeDuplicates();
        for (const QString& file : std::as_const(files))
            if (mayMatter(file))
                return std::nullopt;
        root = repository->first;
    }
    notebook::StripOptions options;
    if (auto applied = applyStripTable(QDir(root).filePath(QStringLiteral("pyproject.toml")), options);
        !applied)
        return std::unexpected(applied.error());
    return options;
}

} // namespace slipway
