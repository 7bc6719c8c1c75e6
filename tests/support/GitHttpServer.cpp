// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/GitHttpServer.h"

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace slipway::test {

namespace {

bool writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

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

    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-apr1"), password()});
    openssl.waitForFinished(10000);
    const QByteArray hash = openssl.readAllStandardOutput().trimmed();
    if (hash.isEmpty()) {
        *error =
            QStringLiteral("openssl passwd failed: ") + QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }
    writeText(dir.filePath(QStringLiteral("htpasswd")), user().toUtf8() + ':' + hash + '\n');

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
        "worker_processes 1;\ndaemon off;\npid " + root + "/nginx.pid;\nerror_log " + root +
        "/logs/error.log;\nevents { worker_connections 64; }\nhttp {\n  access_log off;\n"
        "  client_body_temp_path " +
        root + "/tmp/body;\n  fastcgi_temp_path " + root +
        "/tmp/fastcgi;\n"
        "  proxy_temp_path " +
        root + "/tmp/proxy;\n  uwsgi_temp_path " + root +
        "/tmp/uwsgi;\n"
        "  scgi_temp_path " +
        root +
        "/tmp/scgi;\n"
        "  server {\n    listen 127.0.0.1:" +
        QByteArray::number(m_port) +
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
    writeText(dir.filePath(QStringLiteral("nginx.conf")), conf);
    m_nginx = std::make_unique<QProcess>();
    m_nginx->setProcessChannelMode(QProcess::ForwardedChannels);
    m_nginx->start(QStringLiteral("/usr/sbin/nginx"),
                   {QStringLiteral("-c"), dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-p"),
                    dir.path(), QStringLiteral("-e"), dir.filePath(QStringLiteral("logs/error.log"))});
    if (!m_nginx->waitForStarted(10000)) {
        *error = QStringLiteral("nginx does not start: ") + m_nginx->errorString();
        return false;
    }
    for (int i = 0; i < 200; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(50))
            return true;
        if (m_nginx->state() != QProcess::Running)
            break;
        QThread::msleep(25);
    }
    QFile log(dir.filePath(QStringLiteral("logs/error.log")));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("nginx does not listen: ") + QString::fromUtf8(log.readAll());
    return false;
}

void GitHttpServer::stop()
{
    for (auto* process : {m_nginx.get(), m_fcgiwrap.get()}) {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000)) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
    }
}

} // namespace slipway::test
