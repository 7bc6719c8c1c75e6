// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace slipway {

// Every library Slipway runs on, with the version in use: for --version, Help → About and bug reports.
QList<QPair<QString, QString>> libraryVersions();
QString slipwayVersion();

} // namespace slipway
