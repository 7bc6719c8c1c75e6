// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QStringList>

#include <optional>

namespace slipway {

// What stripping one notebook would do, before it is done: per cell, and for the whole file.
struct StripPlan
{
    struct CellChange
    {
        int cell = 0; // 1-based, as a user counts
        int outputsRemoved = 0;
        qint64 outputBytes = 0; // JSON text of the removed outputs
        bool countCleared = false;
        bool removed = false; // the whole cell goes (--drop-empty-cells, --drop-tagged-cells)
        QStringList metadataKeysRemoved;
    };
    QString path;
    QList<CellChange> changes; // only cells that change
    QStringList notebookMetadataKeysRemoved;
    QByteArray original; // the file as it is
    QByteArray stripped; // the file as it will be
    bool changed() const { return original != stripped; }
};

// Plans stripping the notebook at `path` with the project's settings (blocking: reads the file, unless
// `content` gives its bytes, e.g. as git's index holds them).
Result<StripPlan> planStrip(const QString& path, const QString& projectRoot,
                            const std::optional<QByteArray>& content = std::nullopt);
// The same on the thread pool.
QFuture<Result<StripPlan>> planStripAsync(const QString& path, const QString& projectRoot);

} // namespace slipway
