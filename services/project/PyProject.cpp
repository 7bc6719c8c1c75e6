// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/PyProject.h"

#include <QCoreApplication>

#include <toml++/toml.hpp>

namespace slipway {

namespace {

// This file's texts for translators, in the context "slipway::PyProject".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::PyProject)
};

struct Reader
{
    QString path;
    QList<Error>* warnings;

    void warn(const toml::node& node, const QString& key, const QString& expected) const
    {
        if (!warnings)
            return;
        const auto& where = node.source().begin;
        warnings->append(Error{Text::tr("read pyproject.toml"), path,
                               Text::tr("%1 should be %2").arg(key, expected), int(where.line),
                               int(where.column)});
    }

    QString string(const toml::node_view<const toml::node>& view, const QString& key) const
    {
        if (!view)
            return {};
        if (auto s = view.value<std::string>(); s && view.is_string())
            return QString::fromStdString(*s);
        warn(*view.node(), key, Text::tr("a string"));
        return {};
    }

    QStringList strings(const toml::node_view<const toml::node>& view, const QString& key) const
    {
        QStringList result;
        if (!view)
            return result;
        const toml::array* array = view.as_array();
        if (!array) {
            warn(*view.node(), key, Text::tr("an array of strings"));
            return result;
        }
        for (const toml::node& item : *array) {
            if (auto s = item.value<std::string>(); s && item.is_string())
                result.append(QString::fromStdString(*s));
            else
                warn(item, key, Text::tr("an array of strings"));
        }
        return result;
    }
};

} // namespace

Result<PyProject> parsePyProject(const QByteArray& text, const QString& path, QList<Error>* warnings)
{
    toml::table table;
    try {
        table = toml::parse(std::string_view(text.constData(), size_t(text.size())), path.toStdString());
    } catch (const toml::parse_error& e) {
        const auto& where = e.source().begin;
        return std::unexpected(Error{Text::tr("read pyproject.toml"), path,
                                     QString::fromUtf8(e.description()), int(where.line), int(where.column)});
    }

    const toml::table& root = table; // const views throughout
    const Reader read{path, warnings};
    PyProject project;
    const auto p = root[std::string_view("project")];
    if (p && !p.is_table())
        read.warn(*p.node(), QStringLiteral("[project]"), Text::tr("a table"));
    project.name = read.string(p["name"], QStringLiteral("project.name"));
    project.version = read.string(p["version"], QStringLiteral("project.version"));
    project.versionDynamic =
        read.strings(p["dynamic"], QStringLiteral("project.dynamic")).contains(u"version");
    project.requiresPython = read.string(p["requires-python"], QStringLiteral("project.requires-python"));
    project.dependencies = read.strings(p["dependencies"], QStringLiteral("project.dependencies"));
    if (const auto optional = p["optional-dependencies"]) {
        if (const toml::table* extras = optional.as_table()) {
            for (const auto& [extra, requirements] : *extras)
                project.optionalDependencies.insert(
                    QString::fromUtf8(extra.str()),
                    read.strings(toml::node_view<const toml::node>(requirements),
                                 QStringLiteral("project.optional-dependencies.") +
                                     QString::fromUtf8(extra.str())));
        } else {
            read.warn(*optional.node(), QStringLiteral("project.optional-dependencies"), Text::tr("a table"));
        }
    }

    const auto build = root[std::string_view("build-system")];
    project.buildBackend = read.string(build["build-backend"], QStringLiteral("build-system.build-backend"));
    project.buildRequires = read.strings(build["requires"], QStringLiteral("build-system.requires"));

    const auto tool = root[std::string_view("tool")];
    const auto scm = tool["setuptools_scm"];
    project.usesSetuptoolsScm = bool(scm);
    project.scm.present = bool(scm);
    project.scm.root = read.string(scm["root"], QStringLiteral("tool.setuptools_scm.root"));
    project.scm.tagRegex = read.string(scm["tag_regex"], QStringLiteral("tool.setuptools_scm.tag_regex"));
    project.scm.versionScheme =
        read.string(scm["version_scheme"], QStringLiteral("tool.setuptools_scm.version_scheme"));
    project.scm.localScheme =
        read.string(scm["local_scheme"], QStringLiteral("tool.setuptools_scm.local_scheme"));
    project.scm.fallbackVersion =
        read.string(scm["fallback_version"], QStringLiteral("tool.setuptools_scm.fallback_version"));
    project.scm.customDescribeCommand = bool(scm["git_describe_command"]);
    if (const auto scripts = p["scripts"]) {
        if (const toml::table* entries = scripts.as_table()) {
            for (const auto& [name, target] : *entries) {
                const QString key = QStringLiteral("project.scripts.") + QString::fromUtf8(name.str());
                project.scripts.insert(QString::fromUtf8(name.str()),
                                       read.string(toml::node_view<const toml::node>(target), key));
            }
        } else {
            read.warn(*scripts.node(), QStringLiteral("project.scripts"), Text::tr("a table"));
        }
    }
    if (p["readme"].is_string())
        project.readme = read.string(p["readme"], QStringLiteral("project.readme"));
    else if (p["readme"]["file"])
        project.readme = read.string(p["readme"]["file"], QStringLiteral("project.readme.file"));
    for (const QString& requirement : std::as_const(project.buildRequires)) {
        const QString normalized = requirement.toLower().replace(u'_', u'-');
        if (normalized.startsWith(u"setuptools-scm"))
            project.usesSetuptoolsScm = true;
    }
    project.testPaths = read.strings(tool["pytest"]["ini_options"]["testpaths"],
                                     QStringLiteral("tool.pytest.ini_options.testpaths"));
    return project;
}

} // namespace slipway
