// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the tests' real servers (git http-backend, WebDAV channels) share: a free port, an htpasswd file,
// nginx started in the foreground from a configuration in a temporary folder.

#include <QByteArray>
#include <QProcess>
#include <QString>

#include <memory>

namespace slipway::test::nginx {

quint16 freePort();
bool writeText(const QString& path, const QByteArray& text);
// "user:$apr1$…" for nginx's auth_basic_user_file; empty (and `error` set) when openssl fails.
QByteArray htpasswdLine(const QString& user, const QString& password, QString* error);
// The temp-path directives and the head of the http block for a server rooted at `root`.
QByteArray commonHead(const QByteArray& root, bool loadDavExt);
// Starts nginx with `configuration` (written to <root>/nginx.conf) and waits until it listens on `port`.
bool start(std::unique_ptr<QProcess>& process, const QString& root, const QByteArray& configuration,
           quint16 port, QString* error);
void stop(QProcess* process);

} // namespace slipway::test::nginx
