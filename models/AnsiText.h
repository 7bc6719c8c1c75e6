// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace slipway {

// Terminal text as HTML for a read-only view: HTML-escaped, with the SGR escape sequences of tracebacks and
// coloured logs (bold, underline, the 16 colours, 256-colour and true-colour foregrounds and backgrounds)
// turned into spans; other escape sequences are dropped. `dark` picks colours that read on a dark
// background.
QString ansiToHtml(const QString& text, bool dark);

// The same text with every escape sequence removed.
QString stripAnsi(const QString& text);

} // namespace slipway
