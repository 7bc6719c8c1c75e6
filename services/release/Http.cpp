// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/release/Http.h"

#include "services/core/Modules.h"
#include "services/release/HttpBackend.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace slipway::release {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::release::Http)
};

} // namespace

namespace {

using Create = HttpBackend* (*)();

Create backendFactory(QString& problem)
{
    return reinterpret_cast<Create>(
        moduleFunction("slipway-network", "slipway_http_backend_create", &problem));
}

} // namespace

struct Http::Private
{
    Credentials credentials;
    CancelCheck cancel;
    std::unique_ptr<HttpBackend> backend;
    QString problem;

    Response send(const QByteArray& method, const QUrl& url, Headers headers, const QByteArray& body,
                  QIODevice* device, qint64 limit, const Sink& sink)
    {
        Response response;
        if (cancel && cancel()) {
            response.canceled = true;
            return response;
        }
        if (!backend) {
            if (const Create create = backendFactory(problem))
                backend.reset(create());
        }
        if (!backend) {
            response.transportError = problem;
            return response;
        }
        if (!credentials.isEmpty())
            headers.prepend(
                {"Authorization",
                 "Basic " + (credentials.user + u':' + credentials.password).toUtf8().toBase64()});
        return backend->send(method, url, headers, body, device, limit, sink, cancel);
    }
};

Http::Http(Credentials credentials, CancelCheck cancel)
    : d(std::make_unique<Private>())
{
    d->credentials = std::move(credentials);
    d->cancel = std::move(cancel);
}

Http::~Http() = default;

Http::Response Http::send(const QByteArray& method, const QUrl& url, const Headers& headers,
                          const QByteArray& body, qint64 limit, const Sink& sink)
{
    return d->send(method, url, headers, body, nullptr, limit, sink);
}

Http::Response Http::sendDevice(const QByteArray& method, const QUrl& url, QIODevice* body,
                                const Headers& headers)
{
    return d->send(method, url, headers, {}, body, qint64(64) << 20, {});
}

QString Http::describe(const Response& response, const QUrl& url)
{
    const QString where = url.toString(QUrl::RemoveUserInfo);
    if (response.canceled)
        return Text::tr("canceled");
    if (response.tooLarge)
        return Text::tr("%1: the answer is too large").arg(where);
    if (response.status == 0)
        return Text::tr("%1: %2").arg(where, response.transportError);
    if (response.status == 401 || response.status == 403)
        return Text::tr("HTTP %1 from %2: the server refused the credentials (check the user name and "
                        "password or token for this channel)")
            .arg(response.status)
            .arg(where);
    return Text::tr("HTTP %1 from %2").arg(response.status).arg(where);
}

} // namespace slipway::release
