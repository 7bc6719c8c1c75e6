// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/Config.h"

#include "services/git/Handles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace slipway::git {

using namespace detail;

struct ConfigFile::Private
{
    ConfigPtr config;
    QString path;
};

ConfigFile::ConfigFile(std::unique_ptr<Private> impl)
    : d(std::move(impl))
{}
ConfigFile::ConfigFile(ConfigFile&&) noexcept = default;
ConfigFile& ConfigFile::operator=(ConfigFile&&) noexcept = default;
ConfigFile::~ConfigFile() = default;

GitResult<ConfigFile> ConfigFile::open(ConfigLevel level, const QString& repositoryPath)
{
    ensureInitialized();
    QString path;
    if (level == ConfigLevel::Local) {
        git_repository* raw = nullptr;
        if (int rc = git_repository_open_ext(&raw, QFile::encodeName(repositoryPath).constData(), 0, nullptr);
            rc < 0)
            return std::unexpected(lastError(rc, QStringLiteral("open repository"), repositoryPath));
        RepositoryPtr repository(raw);
        path = QFile::decodeName(git_repository_path(repository.get())) + u"config";
    } else {
        Buf found;
        const int rc = level == ConfigLevel::Global ? git_config_find_global(&found.buf)
                                                    : git_config_find_system(&found.buf);
        git_error_clear();
        if (rc == 0)
            path = found.toString();
        else if (level == ConfigLevel::Global)
            path = QDir::homePath() + u"/.gitconfig"; // created on the first write, as git does
        else
            path = QStringLiteral("/etc/gitconfig");
    }
    git_config* raw = nullptr;
    if (int rc = git_config_open_ondisk(&raw, QFile::encodeName(path).constData()); rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("open git configuration"), path));
    auto d = std::make_unique<Private>();
    d->config.reset(raw);
    d->path = path;
    return ConfigFile(std::move(d));
}

QString ConfigFile::path() const
{
    return d->path;
}

std::optional<QString> ConfigFile::string(const QString& key) const
{
    Buf value;
    if (git_config_get_string_buf(&value.buf, d->config.get(), key.toUtf8().constData()) < 0) {
        git_error_clear();
        return std::nullopt;
    }
    return value.toString();
}

GitResult<void> ConfigFile::setString(const QString& key, const QString& value)
{
    if (int rc = git_config_set_string(d->config.get(), key.toUtf8().constData(), value.toUtf8().constData());
        rc < 0)
        return std::unexpected(lastError(rc, QStringLiteral("set %1").arg(key), d->path));
    return {};
}

GitResult<void> ConfigFile::remove(const QString& key)
{
    const int rc = git_config_delete_entry(d->config.get(), key.toUtf8().constData());
    if (rc < 0 && rc != GIT_ENOTFOUND)
        return std::unexpected(lastError(rc, QStringLiteral("unset %1").arg(key), d->path));
    git_error_clear();
    return {};
}

GitResult<void> ConfigFile::removeSection(const QString& section)
{
    std::vector<QString> keys;
    git_config_iterator* rawIterator = nullptr;
    const QByteArray pattern = QByteArray("^") + QRegularExpression::escape(section).toUtf8() + "\\.";
    if (git_config_iterator_glob_new(&rawIterator, d->config.get(), pattern.constData()) == 0) {
        git_config_entry* entry = nullptr;
        while (git_config_next(&entry, rawIterator) == 0)
            keys.push_back(QString::fromUtf8(entry->name));
        git_config_iterator_free(rawIterator);
    }
    git_error_clear();
    for (const QString& key : keys)
        if (auto removed = remove(key); !removed)
            return removed;
    return {};
}

bool runsAProgram(const QString& key)
{
    // Keys as libgit2 reports them: section and variable in lower case, the subsection as written.
    static const QRegularExpression programKey(QStringLiteral(
        R"(^(core\.(fsmonitor|sshcommand|askpass|hookspath|pager|editor|gitproxy|alternaterefscommand)|)"
        R"(sequence\.editor|diff\.external|gpg\.program|gpg\..+\.program|gpg\.ssh\.defaultkeycommand|)"
        R"(credential\.helper|credential\..+\.helper|filter\..+\.(clean|smudge|process)|)"
        R"(diff\..+\.(textconv|command)|merge\..+\.driver|(diff|merge)tool\..+\.cmd|pager\..+|)"
        R"(remote\..+\.(uploadpack|receivepack)|uploadpack\.packobjectshook)$)"));
    return programKey.match(key).hasMatch();
}

QStringList protectiveOptions(const QString& repositoryPath)
{
    ensureInitialized();
    QStringList options{QStringLiteral("-c"), QStringLiteral("core.hooksPath=/dev/null"),
                        QStringLiteral("-c"), QStringLiteral("core.fsmonitor=false")};
    git_repository* rawRepository = nullptr;
    if (git_repository_open_ext(&rawRepository, QFile::encodeName(repositoryPath).constData(), 0, nullptr) <
        0) {
        git_error_clear();
        return options;
    }
    RepositoryPtr repository(rawRepository);
    git_config* rawConfig = nullptr;
    if (git_repository_config_snapshot(&rawConfig, repository.get()) < 0) {
        git_error_clear();
        return options;
    }
    ConfigPtr config(rawConfig);
    // The user's own values: global, XDG and system files, without the repository's.
    git_config* rawUser = nullptr;
    ConfigPtr user(git_config_open_default(&rawUser) == 0 ? rawUser : nullptr);
    git_error_clear();

    std::vector<QString> keys;
    git_config_iterator* rawIterator = nullptr;
    if (git_config_iterator_new(&rawIterator, config.get()) == 0) {
        git_config_entry* entry = nullptr;
        while (git_config_next(&entry, rawIterator) == 0) {
            const QString name = QString::fromUtf8(entry->name);
            const bool repositoryLevel =
                entry->level == GIT_CONFIG_LEVEL_LOCAL || entry->level == GIT_CONFIG_LEVEL_WORKTREE;
            if (repositoryLevel && runsAProgram(name) && std::ranges::find(keys, name) == keys.end())
                keys.push_back(name);
        }
        git_config_iterator_free(rawIterator);
    }
    git_error_clear();
    for (const QString& key : keys) {
        if (key == u"core.hookspath" || key == u"core.fsmonitor")
            continue;
        // An empty value first: for a list (credential helpers) it clears what came before.
        options << QStringLiteral("-c") << key + u'=';
        if (!user)
            continue;
        git_config_iterator* values = nullptr;
        if (git_config_multivar_iterator_new(&values, user.get(), key.toUtf8().constData(), nullptr) == 0) {
            git_config_entry* entry = nullptr;
            while (git_config_next(&entry, values) == 0)
                options << QStringLiteral("-c") << key + u'=' + QString::fromUtf8(entry->value);
            git_config_iterator_free(values);
        }
        git_error_clear();
    }
    return options;
}

} // namespace slipway::git
