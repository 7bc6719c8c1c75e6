// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/release/Credentials.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace slipway::release {

namespace {

QByteArray readSmall(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(qint64(1) << 20);
}

// ~/.netrc: "machine HOST login USER password PASS" tokens, `default` as the fallback.
Credentials fromNetrc(const QString& home, const QString& host)
{
    const QStringList tokens = QString::fromUtf8(readSmall(QDir(home).filePath(u".netrc"_s)))
                                   .split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    Credentials found;
    Credentials fallback;
    Credentials* current = nullptr;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString& t = tokens[i];
        if (t == u"machine") {
            current = tokens.value(i + 1) == host && found.isEmpty() ? &found : nullptr;
            ++i;
        } else if (t == u"default") {
            current = &fallback;
        } else if (current && t == u"login") {
            current->user = tokens.value(++i);
        } else if (current && t == u"password") {
            current->password = tokens.value(++i);
        }
    }
    return found.isEmpty() ? fallback : found;
}

// ~/.pypirc: the section whose repository is the channel's URL.
Credentials fromPypirc(const QString& home, const QUrl& url)
{
    const QStringList lines = QString::fromUtf8(readSmall(QDir(home).filePath(u".pypirc"_s))).split(u'\n');
    QMap<QString, QMap<QString, QString>> sections;
    QString section;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(u'[') && line.endsWith(u']'))
            section = line.mid(1, line.size() - 2).trimmed();
        else if (const qsizetype eq = line.indexOf(u'='); eq > 0 && !section.isEmpty())
            sections[section].insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    const auto same = [](QString a, QString b) {
        if (!a.endsWith(u'/'))
            a += u'/';
        if (!b.endsWith(u'/'))
            b += u'/';
        return a == b;
    };
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        if (same(it->value(u"repository"_s), url.toString()))
            return {it->value(u"username"_s), it->value(u"password"_s)};
    return {};
}

QString homeOr(const QString& home)
{
    return home.isEmpty() ? QDir::homePath() : home;
}

} // namespace

Credentials credentialsFor(const Channel& channel, const QProcessEnvironment& environment,
                           const QString& home)
{
    const QString prefix = channel.environmentPrefix();
    Credentials c{environment.value(prefix + u"_USERNAME"_s), environment.value(prefix + u"_PASSWORD"_s)};
    if (!c.isEmpty())
        return c;
    if (channel.upload == UploadKind::Folder)
        return {};
    c = fromNetrc(homeOr(home), channel.url.host());
    if (!c.isEmpty())
        return c;
    return fromPypirc(homeOr(home), channel.url);
}

QString credentialsSource(const Channel& channel, const QProcessEnvironment& environment, const QString& home)
{
    const QString prefix = channel.environmentPrefix();
    if (environment.contains(prefix + u"_USERNAME"_s) || environment.contains(prefix + u"_PASSWORD"_s))
        return prefix + u"_USERNAME / "_s + prefix + u"_PASSWORD"_s;
    if (channel.upload == UploadKind::Folder)
        return {};
    if (!fromNetrc(homeOr(home), channel.url.host()).isEmpty())
        return u"~/.netrc"_s;
    if (!fromPypirc(homeOr(home), channel.url).isEmpty())
        return u"~/.pypirc"_s;
    return {};
}

} // namespace slipway::release
