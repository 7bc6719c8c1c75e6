// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/release/Journal.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace slipway::release {

QJsonObject JournalEntry::toJson() const
{
    QJsonArray fileList;
    for (const JournalFile& f : files)
        fileList.append(
            QJsonObject{{u"filename"_s, f.filename}, {u"sha256"_s, f.sha256}, {u"size"_s, f.size}});
    QJsonArray gateList;
    for (const GateResult& g : gates)
        gateList.append(QJsonObject{{u"gate"_s, g.gate}, {u"passed"_s, g.passed}, {u"detail"_s, g.detail}});
    QJsonObject o{{u"action"_s, action},   {u"when"_s, when},       {u"who"_s, who},
                  {u"host"_s, host},       {u"channel"_s, channel}, {u"project"_s, project},
                  {u"version"_s, version}, {u"files"_s, fileList},  {u"commit"_s, commit},
                  {u"tag"_s, tag}};
    if (!from.isEmpty())
        o.insert(u"from"_s, from);
    if (!gateList.isEmpty())
        o.insert(u"gates"_s, gateList);
    if (!reason.isEmpty())
        o.insert(u"reason"_s, reason);
    return o;
}

JournalEntry JournalEntry::fromJson(const QJsonObject& o)
{
    JournalEntry e;
    e.action = o.value(u"action"_s).toString();
    e.when = o.value(u"when"_s).toString();
    e.who = o.value(u"who"_s).toString();
    e.host = o.value(u"host"_s).toString();
    e.channel = o.value(u"channel"_s).toString();
    e.from = o.value(u"from"_s).toString();
    e.project = o.value(u"project"_s).toString();
    e.version = o.value(u"version"_s).toString();
    e.commit = o.value(u"commit"_s).toString();
    e.tag = o.value(u"tag"_s).toString();
    e.reason = o.value(u"reason"_s).toString();
    const QJsonArray fileList = o.value(u"files"_s).toArray();
    for (const auto& v : fileList) {
        const QJsonObject f = v.toObject();
        e.files << JournalFile{f.value(u"filename"_s).toString(), f.value(u"sha256"_s).toString(),
                               qint64(f.value(u"size"_s).toDouble())};
    }
    const QJsonArray gateList = o.value(u"gates"_s).toArray();
    for (const auto& v : gateList) {
        const QJsonObject g = v.toObject();
        e.gates << GateResult{g.value(u"gate"_s).toString(), g.value(u"passed"_s).toBool(),
                              g.value(u"detail"_s).toString()};
    }
    return e;
}

QString JournalEntry::summary() const
{
    QString text = action + u' ' + project + u' ' + version;
    if (!from.isEmpty())
        text += u" from "_s + from;
    text += u" to "_s + channel;
    text += u" by "_s + (who.isEmpty() ? u"?"_s : who) + u" on "_s + host;
    if (!tag.isEmpty())
        text += u" (tag "_s + tag + u')';
    if (!reason.isEmpty())
        text += u": "_s + reason;
    return text;
}

} // namespace slipway::release
