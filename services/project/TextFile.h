// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QFuture>
#include <QString>

namespace slipway {

struct TextDocument
{
    QString path;
    QString text;
    bool hadByteOrderMark = false;
};

// Reads a UTF-8 text file for editing. Fails with the reason for a missing or unreadable file, a folder,
// a binary file (NUL bytes), text that is not UTF-8, or a file larger than `maxBytes`.
Result<TextDocument> readTextFile(const QString& path, qint64 maxBytes = qint64{64} * 1024 * 1024);
// Writes atomically (QSaveFile): the old contents stay whole if anything fails.
Result<void> writeTextFile(const TextDocument& document);

QFuture<Result<TextDocument>> readTextFileAsync(const QString& path);
QFuture<Result<void>> writeTextFileAsync(const TextDocument& document);

} // namespace slipway
