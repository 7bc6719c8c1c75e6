// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace slipway {

// The bytes of a file Slipway keeps for itself in a project (.slipway/: records, caches, history), which a
// project from elsewhere may have filled with anything: only a regular file, not a link, and at most
// `maxBytes` (a device or a FIFO named like one would otherwise be read forever). Nothing otherwise.
std::optional<QByteArray> readStateFile(const QString& path, qint64 maxBytes);

} // namespace slipway
