// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace slipway::test {

// A real package-channel server for the tests: nginx with its WebDAV module (PUT, DELETE, MKCOL, COPY,
// MOVE) and dav-ext (PROPFIND), basic auth for every method but GET and HEAD (user "alice", password
// "s3cret"), and the content negotiation docs/nginx-channel.conf ships: /…/simple/<project>/ answers PEP
// 691 JSON to a client that asks for it, PEP 503 HTML otherwise. Serves <root>/srv on 127.0.0.1.
class DavServer
{
public:
    DavServer();
    ~DavServer();

    bool start(QString* error);
    void stop();
    bool isRunning() const;

    QString url() const;    // http://127.0.0.1:PORT/ (its root holds the channels, e.g. url() + "unstable/")
    QString folder() const; // the served folder
    static QString user() { return QStringLiteral("alice"); }
    static QString password() { return QStringLiteral("s3cret"); }

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_nginx;
};

} // namespace slipway::test
