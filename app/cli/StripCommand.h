// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/notebook/Strip.h"

#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace slipway::cli {

// What `strip` needs from beyond the notebook service. The small `slipway` executable has no libgit2: it
// gives what it can answer without it, and runs the full command line for the rest.
struct StripServices
{
    // The settings for notebooks under a path (StripSettings.h); nullopt when this executable cannot tell.
    std::function<std::optional<Result<notebook::StripOptions>>(const QString& path)> optionsFor;
    // The notebooks (and Zeppelin notes) below a folder that git would not ignore, relative to it, and
    // the problems met; empty when this executable cannot scan folders.
    std::function<std::pair<QStringList, QList<Error>>(const QString& folder)> notebooksIn;
    // nbstripout's --install, --uninstall, --is-installed and --status; empty when not here.
    std::function<int(const QString& task, const QCommandLineParser& parser)> filterTask;
};

// Returned when the command needs what `services` lack, before anything was read or written.
constexpr int NeedsFullCommandLine = -1;

// `slipway strip`, nbstripout's command line: files stripped in place, standard input to standard output.
int strip(const QStringList& arguments, QTextStream& out, QTextStream& err, const StripServices& services);

// `slipway filter-process`: git's long-running filter for a whole `git add`.
int filterProcess(const QStringList& arguments, QTextStream& out, QTextStream& err,
                  const StripServices& services);

} // namespace slipway::cli
