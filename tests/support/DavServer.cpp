// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/DavServer.h"

#include "tests/support/Nginx.h"

#include <QDir>
#include <QFile>

namespace slipway::test {

DavServer::DavServer() = default;

DavServer::~DavServer()
{
    stop();
}

QString DavServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_port);
}

QString DavServer::folder() const
{
    return m_dir.filePath(QStringLiteral("srv"));
}

bool DavServer::isRunning() const
{
    return m_nginx && m_nginx->state() == QProcess::Running;
}

bool DavServer::start(QString* error)
{
    const QDir dir(m_dir.path());
    dir.mkpath(QStringLiteral("srv"));
    if (!QFile::exists(dir.filePath(QStringLiteral("htpasswd")))) {
        const QByteArray line = nginx::htpasswdLine(user(), password(), error);
        if (line.isEmpty())
            return false;
        nginx::writeText(dir.filePath(QStringLiteral("htpasswd")), line);
    }
    if (m_port == 0)
        m_port = nginx::freePort(); // kept across restarts: the channels' URLs stay the same
    const QByteArray root = dir.path().toUtf8();
    // The channel part is the same text as docs/nginx-channel.conf (read from the source tree), so the
    // tests check the snippet users are given.
    QFile snippet(QStringLiteral(SLIPWAY_SOURCE_DIR "/docs/nginx-channel.conf"));
    if (!snippet.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read docs/nginx-channel.conf");
        return false;
    }
    QByteArray channel = snippet.readAll();
    channel.replace("/srv/channels", QByteArray(root + "/srv"))
        .replace("/etc/nginx/slipway.htpasswd", QByteArray(root + "/htpasswd"));
    channel.replace("listen 443 ssl;", QByteArray("listen 127.0.0.1:" + QByteArray::number(m_port) + ";"));
    channel.replace("server_name pkgs.example.com;", "");
    // No TLS in the test: the certificate lines go.
    QByteArray kept;
    const QList<QByteArray> lines = channel.split('\n');
    for (const QByteArray& line : lines)
        if (!line.trimmed().startsWith("ssl_"))
            kept += line + '\n';
    const QByteArray conf = nginx::commonHead(root, true) + kept + "}\n";
    return nginx::start(m_nginx, dir.path(), conf, m_port, error);
}

void DavServer::stop()
{
    nginx::stop(m_nginx.get());
}

} // namespace slipway::test
