// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QFuture>
#include <QProcessEnvironment>
#include <QStringList>

template <typename T>
class QPromise;

namespace slipway::git {

// One fetch, pull or push. Credentials come from git's own credential helpers (`git credential fill`,
// approved or rejected afterwards as git does) and, for SSH, the agent; nothing is ever prompted for.
struct TransferRequest
{
    QString root; // the work tree
    QString remote = QStringLiteral("origin");
    QStringList refspecs; // push: empty pushes the current branch to the same name
    bool tags = false;    // push: also every tag
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(); // for the credential helper
    // Untrusted, `git credential` runs outside the repository: only the user's global and system helpers
    // answer, never a credential.helper or core.askPass the repository's own configuration names.
    bool trusted = false;
};

struct TransferResult
{
    QStringList updated; // refs that moved, e.g. "refs/heads/main"
    QString summary;     // one line for the user
};

using TransferPromise = QPromise<Result<TransferResult>>;

// Fetches from the remote (its configured refspecs), updating remote-tracking branches and tags.
Result<TransferResult> fetch(const TransferRequest& request, TransferPromise* promise = nullptr);
// Fetches, then fast-forwards the current branch to its upstream; refuses (changing nothing) when they
// diverged or when local changes would be overwritten.
Result<TransferResult> pullFastForward(const TransferRequest& request, TransferPromise* promise = nullptr);
// Pushes; a rejection (non-fast-forward, hook, protected branch), an authentication failure or a lost
// connection is an error that says which, and local refs stay as they were.
Result<TransferResult> push(const TransferRequest& request, TransferPromise* promise = nullptr);

// The same on the thread pool, with progress (objects) and cancel.
QFuture<Result<TransferResult>> fetchAsync(const TransferRequest& request);
QFuture<Result<TransferResult>> pullAsync(const TransferRequest& request);
QFuture<Result<TransferResult>> pushAsync(const TransferRequest& request);

// "https://user:token@host/x" → "https://user:***@host/x": for logs and messages.
QString redactUrl(const QString& text);

} // namespace slipway::git
