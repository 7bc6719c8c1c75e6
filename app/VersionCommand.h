#pragma once

#include <QStringList>

class QTextStream;

namespace slipway::Cli {

// `slipway version [--scheme S] [--local-scheme L] [--tag NAME] [--explain] [--json] [PATH]`: the project's
// version exactly as setuptools_scm computes it, what it was computed from, a tag preview and bump
// suggestions.
int version(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace slipway::Cli
