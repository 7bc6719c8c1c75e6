// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace slipway::release {

struct GateResult
{
    QString gate; // installed-tests, final-version, signed-tag, same-commit, no-drift
    bool passed = false;
    QString detail; // one sentence: why it passed or failed
};

struct JournalFile
{
    QString filename;
    QString sha256;
    qint64 size = 0;
};

// One publish, promotion or yank: appended to the channel's journal (.slipway/journal.jsonl in a static
// channel, written under its lock) and to the git note on the released commit.
struct JournalEntry
{
    QString action; // publish, promote, yank, unyank
    QString when;   // ISO 8601 UTC
    QString who;    // git identity: "Name <email>"
    QString host;
    QString channel; // where the files went (or were yanked)
    QString from;    // promotion: the source channel
    QString project;
    QString version;
    QList<JournalFile> files;
    QString commit;
    QString tag;
    QList<GateResult> gates;
    QString reason; // yank

    QJsonObject toJson() const;
    static JournalEntry fromJson(const QJsonObject& o);
    QString summary() const; // one line for the git note and the log
};

} // namespace slipway::release
