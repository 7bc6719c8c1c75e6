#pragma once

#include <QStringList>

class QTextStream;

namespace slipway::Cli {

// `slipway env [--json] [PATH]`: the Python interpreters the project could use, with their versions and
// tools.
int env(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace slipway::Cli
