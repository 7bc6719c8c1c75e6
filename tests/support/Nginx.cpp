// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/Nginx.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace slipway::test::nginx {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

QByteArray htpasswdLine(const QString& user, const QString& password, QString* error)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-apr1"), password});
    openssl.waitForFinished(10000);
    const QByteArray hash = openssl.readAllStandardOutput().trimmed();
    if (hash.isEmpty()) {
        *error =
            QStringLiteral("openssl passwd failed: ") + QString::fromUtf8(openssl.readAllStandardError());
        return {};
    }
    return user.toUtf8() + ':' + hash + '\n';
}

QByteArray commonHead(const QByteArray& root, bool loadDavExt)
{
    QByteArray head;
    if (loadDavExt)
        head += "load_module /usr/lib/nginx/modules/ngx_http_dav_ext_module.so;\n";
    head += "worker_processes 1;\ndaemon off;\npid " + root + "/nginx.pid;\nerror_log " + root +
            "/logs/error.log;\nevents { worker_connections 64; }\nhttp {\n  access_log off;\n"
            "  client_body_temp_path " +
            root + "/tmp/body;\n  fastcgi_temp_path " + root + "/tmp/fastcgi;\n  proxy_temp_path " + root +
            "/tmp/proxy;\n  uwsgi_temp_path " + root + "/tmp/uwsgi;\n  scgi_temp_path " + root +
            "/tmp/scgi;\n";
    return head;
}

bool start(std::unique_ptr<QProcess>& process, const QString& root, const QByteArray& configuration,
           quint16 port, QString* error)
{
    const QDir dir(root);
    for (const char* sub : {"tmp", "logs"})
        dir.mkpath(QString::fromLatin1(sub));
    writeText(dir.filePath(QStringLiteral("nginx.conf")), configuration);
    process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    process->start(QStringLiteral("/usr/sbin/nginx"),
                   {QStringLiteral("-c"), dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-p"),
                    root, QStringLiteral("-e"), dir.filePath(QStringLiteral("logs/error.log"))});
    if (!process->waitForStarted(10000)) {
        *error = QStringLiteral("nginx does not start: ") + process->errorString();
        return false;
    }
    for (int i = 0; i < 200; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(50))
            return true;
        if (process->state() != QProcess::Running)
            break;
        QThread::msleep(25);
    }
    QFile log(dir.filePath(QStringLiteral("logs/error.log")));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("nginx does not listen: ") + QString::fromUtf8(log.readAll());
    return false;
}

void stop(QProcess* process)
{
    if (process && process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
}

} // namespace slipway::test::nginx
