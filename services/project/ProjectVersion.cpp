// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/ProjectVersion.h"

#include <QDir>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace slipway {

version::ScmSettings scmSettings(const PyProject& pyproject, const version::ScmSettings& overrides)
{
    version::ScmSettings settings;
    const auto pick = [](const QString& override, const QString& fromFile, const QString& fallback) {
        return !override.isEmpty() ? override : !fromFile.isEmpty() ? fromFile : fallback;
    };
    settings.tagRegex = pick(overrides.tagRegex, pyproject.scm.tagRegex, {});
    settings.versionScheme = pick(overrides.versionScheme, pyproject.scm.versionScheme, {});
    settings.localScheme = pick(overrides.localScheme, pyproject.scm.localScheme, {});
    settings.fallbackVersion = pick(overrides.fallbackVersion, pyproject.scm.fallbackVersion, {});
    // setuptools_scm reads the distribution name only along with its own table.
    settings.distName = pyproject.scm.present ? pyproject.name : QString();
    settings.committedOnly = overrides.committedOnly;
    return settings;
}

Result<version::ScmVersion> projectVersion(const QString& projectRoot, const version::ScmSettings& overrides,
                                           const QProcessEnvironment& env)
{
    const QDir dir(projectRoot);
    PyProject pyproject;
    QFile file(dir.filePath(QStringLiteral("pyproject.toml")));
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("read pyproject.toml"), file.fileName(), file.errorString());
        auto parsed = parsePyProject(file.readAll(), file.fileName());
        if (!parsed)
            return std::unexpected(parsed.error());
        pyproject = std::move(*parsed);
    }
    const QString root = pyproject.scm.root.isEmpty()
                             ? dir.absolutePath()
                             : QDir::cleanPath(dir.absoluteFilePath(pyproject.scm.root));
    auto result = version::computeVersion(root, scmSettings(pyproject, overrides), env);
    if (result && pyproject.scm.customDescribeCommand)
        result->warnings.append(
            QStringLiteral("tool.setuptools_scm.git_describe_command is set; Slipway computes "
                           "the version with the default describe"));
    return result;
}

QFuture<Result<version::ScmVersion>> projectVersionAsync(const QString& projectRoot,
                                                         const version::ScmSettings& overrides)
{
    return QtConcurrent::run([projectRoot, overrides] { return projectVersion(projectRoot, overrides); });
}

} // namespace slipway
