// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/Versions.h"

#include "services/git/GitError.h"

#include <Qsci/qsciglobal.h>
#include <QtGlobal>

#include <ksyntaxhighlighting_version.h>

namespace slipway {

QString slipwayVersion()
{
    return QStringLiteral(SLIPWAY_VERSION);
}

QList<QPair<QString, QString>> libraryVersions()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("libgit2"), git::libgit2Version()},
        {QStringLiteral("KSyntaxHighlighting"), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)},
        {QStringLiteral("QScintilla"), QStringLiteral(QSCINTILLA_VERSION_STR)},
        {QStringLiteral("yaml-cpp"), QStringLiteral(SLIPWAY_YAML_CPP_VERSION)},
        {QStringLiteral("toml++"), QStringLiteral(SLIPWAY_TOMLPLUSPLUS_VERSION)},
        {QStringLiteral("QtKeychain"), QStringLiteral(SLIPWAY_QTKEYCHAIN_VERSION)},
    };
}

} // namespace slipway
