// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <expected>

namespace slipway {

// A failure as the user reads it: what was being done, on which file (and where in it), and why.
struct Error
{
    QString operation; // e.g. "open project", "read pyproject.toml"
    QString path;      // the file or folder concerned; may be empty
    QString message;   // the cause, one sentence
    int line = 0;      // 1-based position in `path`, 0 when unknown
    int column = 0;
    QString code =
        {}; // a stable code for callers that must tell failures apart ("branch-not-merged"); else empty

    // "path:line:column: message" when a path is known, else "operation: message".
    QString toString() const;
    bool operator==(const Error&) const = default;
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString operation, QString path, QString message)
{
    return std::unexpected(Error{std::move(operation), std::move(path), std::move(message)});
}

} // namespace slipway

Q_DECLARE_METATYPE(slipway::Error)
