// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/GitHttpServer.h"

#include "tests/support/Nginx.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace slipway::test {

using nginx::freePort;
using nginx::writeText;

GitHttpServer::GitHttpServer() = default;

GitHttpServer::~GitHttpServer()
{
    stop();
}

QString GitHttpServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/project.git").arg(m_port);
}

QString GitHttpServer::bareRepository() const
{
    return m_dir.filePath(QStringLiteral("srv/project.git"));
}

bool GitHttpServer::isRunning() const
{
    return m_nginx && m_nginx->state() == QProcess::Running;
}

bool GitHttpServer::start(QString* error)
{
    const QDir dir(m_dir.path());
    for (const char* sub : {"srv", "tmp", "logs"})
        dir.mkpath(QString::fromLatin1(sub));
    bool ok = false;
    git(dir.path(),
        {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
         QStringLiteral("main"), bareRepository()},
        &ok);
    git(bareRepository(),
        {QStringLiteral("config"), QStringLiteral("http.receivepack"), QStringLiteral("true")}, &ok);
    if (!ok) {
        *error = QStringLiteral("cannot create the bare repository");
        return false;
    }

    const QByteArray line = nginx::htpasswdLine(user(), password(), error);
    if (line.isEmpty())
        return false;
    writeText(dir.filePath(QStringLiteral("htpasswd")), line);

    const QString socket = dir.filePath(QStringLiteral("fcgiwrap.sock"));
    m_fcgiwrap = std::make_unique<QProcess>();
    m_fcgiwrap->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_fcgiwrap->start(QStringLiteral("/usr/sbin/fcgiwrap"),
                      {QStringLiteral("-s"), QStringLiteral("unix:") + socket});
    if (!m_fcgiwrap->waitForStarted(10000)) {
        *error = QStringLiteral("fcgiwrap does not start: ") + m_fcgiwrap->errorString();
        return false;
    }
    for (int i = 0; i < 100 && !QFileInfo::exists(socket); ++i)
        QThread::msleep(20);

    m_port = freePort();
    const QByteArray root = dir.path().toUtf8();
    const QByteArray conf =
        nginx::commonHead(root, false) + "  server {\n    listen 127.0.0.1:" + QByteArray::number(m_port) +
        ";\n    client_max_body_size 0;\n"
        "    location / {\n      auth_basic \"git\";\n      auth_basic_user_file " +
        root +
        "/htpasswd;\n"
        "      fastcgi_pass unix:" +
        socket.toUtf8() +
        ";\n"
        "      fastcgi_param SCRIPT_FILENAME /usr/lib/git-core/git-http-backend;\n"
        "      fastcgi_param GIT_PROJECT_ROOT " +
        root +
        "/srv;\n"
        "      fastcgi_param GIT_HTTP_EXPORT_ALL \"\";\n"
        "      fastcgi_param GIT_CONFIG_NOSYSTEM 1;\n"
        "      fastcgi_param HOME " +
        root +
        ";\n"
        "      fastcgi_param PATH_INFO $uri;\n      fastcgi_param REMOTE_USER $remote_user;\n"
        "      fastcgi_param QUERY_STRING $query_string;\n      fastcgi_param REQUEST_METHOD "
        "$request_method;\n"
        "      fastcgi_param CONTENT_TYPE $content_type;\n      fastcgi_param CONTENT_LENGTH "
        "$content_length;\n"
        "      fastcgi_param HTTP_CONTENT_ENCODING $http_content_encoding;\n"
        "      fastcgi_param GIT_PROTOCOL $http_git_protocol;\n"
        "    }\n  }\n}\n";
    return nginx::start(m_nginx, dir.path(), conf, m_port, error);
}

void GitHttpServer::stop()
{
    nginx::stop(m_nginx.get());
    nginx::stop(m_fcgiwrap.get());
}

} // namespace slipway::test
