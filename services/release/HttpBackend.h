// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Between Http (in every executable) and its transport, Qt Network, which lives in a module of its own
// (slipway-network.so, HttpNetwork.cpp) loaded on the first request: Qt Network brings some forty shared
// libraries (libproxy and what it loads, Kerberos, GnuTLS), and loading them at start cost every command
// of slipway-cli several milliseconds, although only the channel commands go on the network.
#pragma once

#include "services/release/Http.h"

namespace slipway::release {

class HttpBackend
{
public:
    virtual ~HttpBackend() = default;
    // Sends a request with `body` (or the bytes of `device`, when not null) and waits for the answer, as
    // Http::send describes. `authorization` is the Authorization header's value, when there is one.
    virtual Http::Response send(const QByteArray& method, const QUrl& url, const Http::Headers& headers,
                                const QByteArray& body, QIODevice* device, qint64 limit,
                                const Http::Sink& sink, const CancelCheck& cancel) = 0;
};

} // namespace slipway::release

// The module's one entry point: a new backend for the calling thread.
extern "C" slipway::release::HttpBackend* slipway_http_backend_create();
