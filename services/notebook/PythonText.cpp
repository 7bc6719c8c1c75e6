// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/notebook/PythonText.h"

namespace slipway::python {

namespace {

bool isLineBreak(char32_t cp)
{
    return cp == '\n' || cp == '\r' || cp == 0x0b || cp == 0x0c || cp == 0x1c || cp == 0x1d || cp == 0x1e ||
           cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

} // namespace

char32_t codePointAt(std::string_view text, size_t i, size_t& length)
{
    const auto byte = [&](size_t k) { return char32_t(static_cast<unsigned char>(text[k])); };
    const char32_t first = byte(i);
    length = first < 0x80 ? 1 : first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : 2;
    if (length == 1 || i + length > text.size())
        return length = 1, first;
    char32_t cp = first & (0x7f >> length);
    for (size_t k = 1; k < length; ++k)
        cp = (cp << 6) | (byte(i + k) & 0x3f);
    return cp;
}

bool isSpace(char32_t cp)
{
    return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp == 0x85 || cp == 0xa0 ||
           cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029 || cp == 0x202f ||
           cp == 0x205f || cp == 0x3000;
}

std::string_view lstrip(std::string_view text)
{
    size_t i = 0;
    for (size_t length = 0; i < text.size(); i += length)
        if (!isSpace(codePointAt(text, i, length)))
            break;
    return text.substr(i);
}

std::string_view rstrip(std::string_view text)
{
    // Walk back over whole code points: a continuation byte is never a space on its own.
    size_t end = text.size();
    while (end > 0) {
        size_t start = end - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xc0) == 0x80)
            --start;
        size_t length = 0;
        if (!isSpace(codePointAt(text, start, length)))
            break;
        end = start;
    }
    return text.substr(0, end);
}

std::string_view strip(std::string_view text)
{
    return rstrip(lstrip(text));
}

std::vector<std::string> splitLines(std::string_view text, bool keepEnds)
{
    std::vector<std::string> lines;
    size_t start = 0;
    size_t i = 0;
    while (i < text.size()) {
        size_t length = 0;
        const char32_t cp = codePointAt(text, i, length);
        if (!isLineBreak(cp)) {
            i += length;
            continue;
        }
        size_t end = i + length;
        if (cp == '\r' && end < text.size() && text[end] == '\n')
            ++end;
        lines.emplace_back(text.substr(start, (keepEnds ? end : i) - start));
        start = i = end;
    }
    if (start < text.size())
        lines.emplace_back(text.substr(start));
    return lines;
}

bool hasNonSpace(std::string_view text)
{
    for (size_t i = 0, length = 0; i < text.size(); i += length)
        if (!isSpace(codePointAt(text, i, length)))
            return true;
    return false;
}

size_t length(std::string_view text)
{
    size_t count = 0;
    for (char c : text)
        count += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
    return count;
}

} // namespace slipway::python
