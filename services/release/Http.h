// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/release/ChannelStore.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>
#include <memory>

class QIODevice;

namespace slipway::release {

// Blocking HTTP for code running on a worker thread (each Http lives and is used on one thread): every
// request waits in a local event loop, polls the cancel check, gives up after a minute without progress.
// Credentials go out as basic auth and never into a message.
class Http
{
public:
    struct Response
    {
        int status = 0; // 0: no HTTP answer (connection refused, timeout, canceled)
        QByteArray body;
        QByteArray contentType;
        QString transportError; // why there was no answer
        bool canceled = false;
        bool tooLarge = false; // the body passed `limit`
        bool ok() const { return status >= 200 && status < 300; }
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // Receives the body as it arrives (instead of Response::body).
    using Sink = std::function<void(const QByteArray&)>;

    Http(Credentials credentials, CancelCheck cancel);
    ~Http();

    Response send(const QByteArray& method, const QUrl& url, const Headers& headers = {},
                  const QByteArray& body = {}, qint64 limit = qint64(64) << 20, const Sink& sink = {});
    Response sendDevice(const QByteArray& method, const QUrl& url, QIODevice* body,
                        const Headers& headers = {});

    // "HTTP 401 from URL: the server refused the credentials…": one sentence for an error.
    static QString describe(const Response& response, const QUrl& url);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace slipway::release
