// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The module slipway-network.so: Http's transport on Qt Network (see HttpBackend.h).
#include "services/release/HttpBackend.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace slipway::release {

namespace {

class NetworkBackend final : public HttpBackend
{
public:
    Http::Response send(const QByteArray& method, const QUrl& url, const Http::Headers& headers,
                        const QByteArray& body, QIODevice* device, qint64 limit, const Http::Sink& sink,
                        const CancelCheck& cancel) override
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(60000);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setRawHeader("User-Agent", "Slipway/" + QCoreApplication::applicationVersion().toUtf8());
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply = device ? m_manager.sendCustomRequest(request, method, device)
                                      : m_manager.sendCustomRequest(request, method, body);
        return wait(reply, limit, sink, cancel);
    }

private:
    static Http::Response wait(QNetworkReply* reply, qint64 limit, const Http::Sink& sink,
                               const CancelCheck& cancel)
    {
        Http::Response response;
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

    QNetworkAccessManager m_manager;
};

} // namespace

} // namespace slipway::release

extern "C" Q_DECL_EXPORT slipway::release::HttpBackend* slipway_http_backend_create()
{
    return new slipway::release::NetworkBackend;
}
