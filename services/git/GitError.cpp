// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/GitError.h"

#include "services/git/Handles.h"

#include <mutex>

namespace slipway::git {

QString GitError::toString() const
{
    return toError().toString();
}

QString libgit2Version()
{
    int major = 0, minor = 0, revision = 0;
    git_libgit2_version(&major, &minor, &revision);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(revision);
}

namespace detail {

void ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { git_libgit2_init(); });
}

GitError lastError(int code, const QString& operation, const QString& path)
{
    GitError error{operation, path, code, 0, {}};
    if (const git_error* last = git_error_last(); last && last->message) {
        error.category = last->klass;
        error.message = QString::fromUtf8(last->message);
    } else {
        error.message = QStringLiteral("libgit2 error %1").arg(code);
    }
    return error;
}

} // namespace detail
} // namespace slipway::git
