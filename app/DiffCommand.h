#pragma once

#include <QStringList>

class QTextStream;

namespace slipway::Cli {

// `slipway diff [--cached] [--outputs] [--color=WHEN] [-U N] [REV[..REV]] [-- PATH…]`: the notebook-aware
// unified diff of the review view, in the terminal.
int diff(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace slipway::Cli
