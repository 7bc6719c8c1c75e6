// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/release/ReleaseJobs.h"

namespace slipway::release {

// What one version looks like in one channel.
enum class CellState
{
    Missing,
    Present, // every file the version has anywhere
    Partial, // some of them (e.g. a wheel without its sdist)
    Yanked,
    Drift, // a file here has other bytes than the file of the same name in another channel
};

struct BoardCell
{
    CellState state = CellState::Missing;
    QList<IndexFile> files;
};

struct BoardRow
{
    QString version;
    QList<BoardCell> cells; // one per channel, in slipway.yaml's order
    QString tag;            // from the journals: the tag and commit that built it
    QString commit;
    QStringList warnings; // drift, a channel skipped on the way
    QStringList history;  // the journal lines about this version, oldest first
};

struct BoardAnalysis
{
    QString project;
    QStringList channels;
    QStringList errors;   // per channel: why it could not be read ("" when it could)
    QList<BoardRow> rows; // newest version first
    QStringList picks;    // per channel: what `pip install <project>` gets
    QStringList picksPre; // … with --pre
    QDateTime readAt;
};

// Versions × channels with each cell's state, the warnings, what pip picks and where each version came
// from. Pure: the board's model and `slipway channels` show it.
BoardAnalysis analyzeBoard(const BoardState& board, const QList<PromotionRule>& promotions = {});

// The project's own state folder, .slipway/, made on first use with a .gitignore of "*" (as
// .pytest_cache does), so that it never shows in git status. Returns its path.
Result<QString> projectStateFolder(const QString& projectRoot);
// The last board read, kept in .slipway/channels.json for offline starts.
Result<void> saveBoardCache(const QString& projectRoot, const BoardState& board);
std::optional<BoardState> loadBoardCache(const QString& projectRoot);

QString cellStateName(CellState state);

} // namespace slipway::release
