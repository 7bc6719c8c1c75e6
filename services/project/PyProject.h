// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QMap>
#include <QStringList>

namespace slipway {

// What Slipway reads from pyproject.toml (PEP 621 [project], PEP 518 [build-system], tool tables).
struct PyProject
{
    QString name;
    QString version;             // static version; empty when dynamic or missing
    bool versionDynamic = false; // "version" listed in project.dynamic
    QString requiresPython;
    QStringList dependencies;
    QMap<QString, QStringList> optionalDependencies; // extra name → requirements
    QString buildBackend;
    QStringList buildRequires;
    bool usesSetuptoolsScm = false; // [tool.setuptools_scm] or setuptools-scm in build requirements
    // [tool.setuptools_scm], the keys Slipway honours (empty when unset).
    struct Scm
    {
        QString root; // relative to pyproject.toml's folder
        QString tagRegex;
        QString versionScheme;
        QString localScheme;
        QString fallbackVersion;
        bool customDescribeCommand = false; // git_describe_command is set (Slipway cannot honour it)
        bool present = false;               // the table exists
    } scm;
    QMap<QString, QString> scripts; // [project.scripts]: command name → "module:function"
    QString readme;                 // [project].readme as a file name; empty when inline or missing
    QStringList testPaths;          // [tool.pytest.ini_options] testpaths
};

// Parses pyproject.toml text. `path` names the file in errors, which carry line and column.
// Problems that do not stop the reading (a key of the wrong type) are appended to `warnings`.
Result<PyProject> parsePyProject(const QByteArray& text, const QString& path,
                                 QList<Error>* warnings = nullptr);

} // namespace slipway
