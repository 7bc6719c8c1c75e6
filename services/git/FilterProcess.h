// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace slipway::git {

struct FilterRequest
{
    QString command;  // "clean"
    QString pathname; // relative to the work tree
    QByteArray content;
};

// Returns the filtered content, or the error to report for this file.
using FilterHandler = std::function<Result<QByteArray>(const FilterRequest&)>;

// The filter side of git's long-running process protocol (gitprotocol-long-running-process, version 2, the
// "clean" capability): git starts the process once per command and sends it every file, so one process
// serves a whole `git add` or `git status`. Reads requests from `in` until git closes it and answers on
// `out`. A file the handler refuses is answered with status=error (git then fails, as the filter is
// required) and reported through `report`. Returns false when the conversation itself broke down.
// Bounded: a request's header holds at most maxHeaderLines packets, and a file more than `maxContentBytes`
// is read to its end without being kept, then answered with status=error.
struct FilterLimits
{
    int maxHeaderLines = 256;
    qsizetype maxContentBytes = qsizetype(1) << 30;
};
bool serveFilterProcess(QIODevice& in, QIODevice& out, const FilterHandler& handler,
                        const std::function<void(const QString&)>& report, const FilterLimits& limits = {});

} // namespace slipway::git
