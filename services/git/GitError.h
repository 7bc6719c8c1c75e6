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

    QString toString() const;
    Error toError() const { return Error{operation, path, message}; }
};

template <typename T>
using GitResult = std::expected<T, GitError>;

// libgit2's version string, "1.9.0".
QString libgit2Version();

} // namespace slipway::git
