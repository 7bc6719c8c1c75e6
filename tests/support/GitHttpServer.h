// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace slipway::test {

// A real git server for the tests: git http-backend behind nginx (through fcgiwrap) on 127.0.0.1, with HTTP
// basic auth (user "alice", password "s3cret"), serving one bare repository that accepts pushes. Started and
// stopped by the test; everything lives in a temporary folder.
class GitHttpServer
{
public:
    GitHttpServer();
    ~GitHttpServer();

    // Starts fcgiwrap and nginx; false (and `error` says why) when either will not run.
    bool start(QString* error);
    void stop();
    bool isRunning() const;

    QString url() const; // http://127.0.0.1:PORT/project.git
    QString bareRepository() const;
    static QString user() { return QStringLiteral("alice"); }
    static QString password() { return QStringLiteral("s3cret"); }

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_fcgiwrap;
    std::unique_ptr<QProcess> m_nginx;
};

} // namespace slipway::test
