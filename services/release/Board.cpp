// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/release/Board.h"

#include "services/core/SafeRead.h"
#include "services/core/SafeWrite.h"
#include "services/version/Pep440.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace slipway::release {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::release::Board)
};

BoardCell cellFor(const QList<IndexFile>& files, const QSet<QString>& everywhere)
{
    BoardCell cell;
    cell.files = files;
    if (files.isEmpty())
        return cell;
    const bool yanked =
        std::any_of(files.cbegin(), files.cend(), [](const IndexFile& f) { return bool(f.yanked); });
    cell.state = yanked                             ? CellState::Yanked
                 : files.size() < everywhere.size() ? CellState::Partial
                                                    : CellState::Present;
    return cell;
}

QStringList sortedVersionsDescending(const QSet<QString>& versions)
{
    QStringList list(versions.cbegin(), versions.cend());
    std::sort(list.begin(), list.end(), [](const QString& a, const QString& b) {
        auto va = version::Version::parse(a);
        auto vb = version::Version::parse(b);
        if (va && vb)
            return *vb < *va;
        return b < a;
    });
    return list;
}

QJsonObject pageJson(const ProjectPage& page)
{
    return QJsonDocument::fromJson(renderProjectJson(page)).object();
}

} // namespace

QString cellStateName(CellState state)
{
    switch (state) {
    case CellState::Missing:
        return u"missing"_s;
    case CellState::Present:
        return u"present"_s;
    case CellState::Partial:
        return u"partial"_s;
    case CellState::Yanked:
        return u"yanked"_s;
    case CellState::Drift:
        return u"drift"_s;
    }
    return {};
}

BoardAnalysis analyzeBoard(const BoardState& board, const QList<PromotionRule>& promotions)
{
    BoardAnalysis a;
    a.project = board.project;
    a.readAt = board.readAt;
    QSet<QString> versions;
    for (const ChannelState& c : board.channels) {
        a.channels << c.channel.name;
        a.errors << c.error;
        a.picks << pipWouldPick(c.page, false);
        a.picksPre << pipWouldPick(c.page, true);
        for (const IndexFile& f : c.page.files)
            if (!f.version().isEmpty())
                versions.insert(f.version());
    }
    const QStringList sorted = sortedVersionsDescending(versions);
    for (const QString& v : sorted) {
        BoardRow row;
        row.version = v;
        QSet<QString> everywhere;
        QList<QList<IndexFile>> perChannel;
        for (const ChannelState& c : board.channels) {
            QList<IndexFile> files;
            for (const IndexFile& f : c.page.files)
                if (f.version() == v) {
                    files << f;
                    everywhere.insert(f.filename);
                }
            perChannel << files;
        }
        for (const auto& files : std::as_const(perChannel))
            row.cells << cellFor(files, everywhere);
        // Drift: one file name, two hashes.
        for (qsizetype i = 0; i < perChannel.size(); ++i)
            for (qsizetype j = i + 1; j < perChannel.size(); ++j)
                for (const IndexFile& f : std::as_const(perChannel[i]))
                    for (const IndexFile& g : std::as_const(perChannel[j]))
                        if (f.filename == g.filename && !f.sha256.isEmpty() && !g.sha256.isEmpty() &&
                            f.sha256 != g.sha256) {
                            row.cells[i].state = row.cells[j].state = CellState::Drift;
                            row.warnings << Text::tr("%1 has other bytes in %2 (sha256 %3…) than in %4 (%5…)")
                                                .arg(f.filename, a.channels[i], f.sha256.left(12),
                                                     a.channels[j], g.sha256.left(12));
                        }
        for (const PromotionRule& rule : promotions) {
            const qsizetype from = a.channels.indexOf(rule.from);
            const qsizetype to = a.channels.indexOf(rule.to);
            if (from >= 0 && to >= 0 && row.cells[to].state != CellState::Missing &&
                row.cells[from].state == CellState::Missing && a.errors[from].isEmpty())
                row.warnings << Text::tr("in %1 without having been in %2").arg(rule.to, rule.from);
        }
        for (const ChannelState& c : board.channels)
            for (const JournalEntry& e : c.journal)
                if (e.version == v && e.project == board.project) {
                    if (!e.commit.isEmpty())
                        row.commit = e.commit;
                    if (!e.tag.isEmpty())
                        row.tag = e.tag;
                    row.history << e.when.left(19).replace(u'T', u' ') + u"  "_s + e.summary();
                }
        row.history.sort(); // the ISO timestamps first: oldest first across channels
        row.history.removeDuplicates();
        a.rows << row;
    }
    return a;
}

Result<QString> projectStateFolder(const QString& projectRoot)
{
    QString folder = QDir(projectRoot).filePath(u".slipway"_s);
    const QString ignore = folder + u"/.gitignore"_s;
    if (!QFileInfo::exists(ignore))
        if (auto written = writeFileSafely(ignore, "*\n", Text::tr("create .slipway/"), projectRoot);
            !written)
            return std::unexpected(written.error());
    return folder;
}

Result<void> saveBoardCache(const QString& projectRoot, const BoardState& board)
{
    auto folder = projectStateFolder(projectRoot);
    if (!folder)
        return std::unexpected(folder.error());
    QJsonArray channels;
    for (const ChannelState& c : board.channels) {
        QJsonArray journal;
        for (const JournalEntry& e : c.journal)
            journal.append(e.toJson());
        channels.append(
            QJsonObject{{u"name"_s, c.channel.name}, {u"page"_s, pageJson(c.page)}, {u"journal"_s, journal}});
    }
    const QJsonObject doc{{u"project"_s, board.project},
                          {u"readAt"_s, board.readAt.toString(Qt::ISODate)},
                          {u"channels"_s, channels}};
    return writeFileSafely(*folder + u"/channels.json"_s, QJsonDocument(doc).toJson(QJsonDocument::Compact),
                           Text::tr("save the channels' state"), projectRoot);
}

std::optional<BoardState> loadBoardCache(const QString& projectRoot)
{
    const QString path = QDir(projectRoot).filePath(u".slipway/channels.json"_s);
    const auto bytes = readStateFile(path, qint64(256) << 20);
    if (!bytes)
        return std::nullopt;
    const QJsonObject doc = QJsonDocument::fromJson(*bytes).object();
    auto config = loadReleaseConfig(projectRoot);
    if (!config || doc.isEmpty())
        return std::nullopt;
    BoardState board;
    board.project = doc.value(u"project"_s).toString();
    board.readAt = QDateTime::fromString(doc.value(u"readAt"_s).toString(), Qt::ISODate);
    const QJsonArray channels = doc.value(u"channels"_s).toArray();
    for (const Channel& channel : std::as_const(config->channels)) {
        ChannelState state;
        state.channel = channel;
        for (const auto& v : channels) {
            const QJsonObject o = v.toObject();
            if (o.value(u"name"_s).toString() != channel.name)
                continue;
            if (auto page =
                    parseProjectPage(QJsonDocument(o.value(u"page"_s).toObject()).toJson(), u"json"_s, path))
                state.page = *page;
            const QJsonArray journal = o.value(u"journal"_s).toArray();
            for (const auto& e : journal)
                state.journal << JournalEntry::fromJson(e.toObject());
        }
        board.channels << state;
    }
    return board;
}

} // namespace slipway::release
