// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/release/Http.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace slipway::release {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::release::Http)
};

} // namespace

struct Http::Private
{
    Credentials credentials;
    CancelCheck cancel;
    QNetworkAccessManager manager;

    Response wait(QNetworkReply* reply, qint64 limit, const Sink& sink)
    {
        Response response;
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(100);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancel && cancel()) {
                response.canceled = true;
                reply->abort();
            }
        });
        qint64 received = 0;
        QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
            const QByteArray chunk = reply->readAll();
            received += chunk.size();
            if (received > limit && !sink) {
                response.tooLarge = true;
                reply->abort();
                return;
            }
            if (sink)
                sink(chunk);
            else
                response.body += chunk;
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        poll.start();
        if (!reply->isFinished())
            loop.exec();
        const QByteArray rest = reply->readAll();
        if (sink)
            sink(rest);
        else if (!response.tooLarge)
            response.body += rest;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (response.status == 0)
            response.transportError = reply->errorString();
        reply->deleteLater();
        return response;
    }

    QNetworkRequest request(const QUrl& url, const Headers& headers) const
    {
        QNetworkRequest r(url);
        r.setTransferTimeout(60000);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        r.setRawHeader("User-Agent", "Slipway/" + QCoreApplication::applicationVersion().toUtf8());
        if (!credentials.isEmpty())
            r.setRawHeader("Authorization",
                           "Basic " + (credentials.user + u':' + credentials.password).toUtf8().toBase64());
        for (const auto& [name, value] : headers)
            r.setRawHeader(name, value);
        return r;
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
    if (d->cancel && d->cancel()) {
        Response canceled;
        canceled.canceled = true;
        return canceled;
    }
    QNetworkReply* reply = d->manager.sendCustomRequest(d->request(url, headers), method, body);
    return d->wait(reply, limit, sink);
}

Http::Response Http::sendDevice(const QByteArray& method, const QUrl& url, QIODevice* body,
                                const Headers& headers)
{
    if (d->cancel && d->cancel()) {
        Response canceled;
        canceled.canceled = true;
        return canceled;
    }
    QNetworkReply* reply = d->manager.sendCustomRequest(d->request(url, headers), method, body);
    return d->wait(reply, qint64(64) << 20, {});
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
