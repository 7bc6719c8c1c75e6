// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace slipway::python {

// str.splitlines(keepends): splits at \n, \r, \r\n, \v, \f, \x1c, \x1d, \x1e, \x85, \u2028 and \u2029,
// as Python does (nbformat splits notebook text with it). `text` is UTF-8.
std::vector<std::string> splitLines(std::string_view text, bool keepEnds);

// Whether the UTF-8 text has a character that is not whitespace by str.isspace().
bool hasNonSpace(std::string_view text);

// len(str): the number of code points of UTF-8 text.
size_t length(std::string_view text);

// The code point at text[i] and its length in bytes (a stray byte is returned as itself, length 1).
char32_t codePointAt(std::string_view text, size_t i, size_t& length);

// str.isspace() for one code point (what `\s` matches in a Python str pattern).
bool isSpace(char32_t cp);

// str.strip() / lstrip() / rstrip() without arguments.
std::string_view strip(std::string_view text);
std::string_view lstrip(std::string_view text);
std::string_view rstrip(std::string_view text);

} // namespace slipway::python
