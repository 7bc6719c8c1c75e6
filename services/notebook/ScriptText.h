// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Line-level rules jupytext applies when it turns cells into script text and back: which lines are quoted,
// which are Jupyter magics (commented out in scripts), the languages cell magics name, and the blank lines
// PEP 8 wants between cells. Python's rules, byte for byte; other kernels get the generic ones.
namespace slipway::notebook::script {

using Lines = std::vector<std::string>;

// Tells whether the start of the next line is inside a string literal (Python triple quotes), reading a
// script line by line. A null language never quotes.
class StringParser
{
public:
    explicit StringParser(std::string_view language);
    bool isQuoted() const { return m_single != 0 || m_triple != 0; }
    void readLine(std::string_view line);

private:
    bool m_ignore = false;
    bool m_python = true;
    std::string m_comment;
    char m_single = 0;
    char m_triple = 0;
};

// The line comment of a kernel language ("#" for Python, R, Julia…; "//" for JavaScript…); "#" when unknown.
std::string_view commentFor(std::string_view language);
// jupytext's usual name: "r" → "R", "c#" → "csharp", lower case otherwise.
std::string usualLanguageName(std::string_view language);
// Whether `%%name` starts a cell in another language (html, latex, R, bash, sql…).
bool isCellMagicLanguage(std::string_view name);

// Whether the line is a (possibly already commented) Jupyter magic that scripts must comment out:
// `%time`, `%%bash`, `!ls`, `?obj`, `x = !cmd`, `ls -l`; `# noescape` / `# escape` override.
bool isMagic(std::string_view line, std::string_view language, bool explicitlyCode = true);
// Comments the magics of a code cell in place with "# " (continuation lines after a trailing backslash too).
void commentMagics(Lines& source, std::string_view language, bool explicitlyCode = true);
// Undoes commentMagics.
void uncommentMagics(Lines& source, std::string_view language, bool explicitlyCode = true);

// Prefixes each line with `prefix + " "` (an empty line gets just the prefix).
Lines commentLines(const Lines& lines, std::string_view prefix);
// Removes `prefix + " "`, or just `prefix`, from the start of each line that has it.
Lines uncommentLines(const Lines& lines, std::string_view prefix);

// How many blank lines PEP 8 wants between two parts of a Python script (`next` is the whole rest of it).
int pep8LinesBetween(std::span<const std::string> previous, std::span<const std::string> next, bool python);
int pep8LinesBetween(std::span<const std::string> previous, const std::deque<std::string>& next, bool python);
bool isBlank(std::string_view line);

// The lines of a cell's source as jupytext sees them: "" is [""], a trailing newline adds an empty line.
Lines sourceLines(std::string_view source);
std::string joinLines(const Lines& lines, size_t begin = 0, size_t end = std::string::npos);

} // namespace slipway::notebook::script
