// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace slipway {

// Calls `handler(future)` on `context`'s thread once `future` finished (canceled or not); not at all when
// `context` is destroyed first. The one way to continue on the GUI thread after pool work.
template <typename T, typename F>
void whenFinished(const QFuture<T>& future, QObject* context, F&& handler)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::forward<F>(handler)]() mutable {
                         watcher->deleteLater();
                         handler(watcher->future());
                     });
    watcher->setFuture(future);
}

// Calls `handler(result)` on `context`'s thread once `future` has its result; not when it was canceled
// without one, nor when `context` is destroyed first.
template <typename T, typename F>
void whenResult(const QFuture<T>& future, QObject* context, F&& handler)
{
    whenFinished(future, context, [handler = std::forward<F>(handler)](const QFuture<T>& done) mutable {
        if (!done.isCanceled() && done.resultCount() > 0)
            handler(done.result());
    });
}

} // namespace slipway
