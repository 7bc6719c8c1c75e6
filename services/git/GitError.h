// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QString>

#include <expected>

namespace slipway::git {

// A libgit2 failure, captured right at the failing call (git_error_last() is per thread and is overwritten
// by the next call).
struct GitError
{
    QString operation; // "open repository", "create commit"…
    QString path;      // repository or file concerned
    int code = 0;      // git_error_code
    int category = 0;  // git_error_t
    QString message;
    QString reason = {}; // Slipway's stable code where callers tell failures apart ("branch-not-merged")

    QString toString() const;
    Error toError() const
    {
        Error error{operation, path, message};
        error.code = reason;
        return error;
    }
};

template <typename T>
using GitResult = std::expected<T, GitError>;

// The outcome of a call as a Result<void>: nothing, or its error as the user reads it.
template <typename T>
Result<void> toResult(const GitResult<T>& result)
{
    if (!result)
        return std::unexpected(result.error().toError());
    return {};
}
template <typename T>
Result<void> toResult(const Result<T>& result)
{
    if (!result)
        return std::unexpected(result.error());
    return {};
}

// libgit2's version string, "1.9.0".
QString libgit2Version();

} // namespace slipway::git
