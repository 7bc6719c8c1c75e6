// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// jupytext's line rules (stringparser.py, magics.py, languages.py, pep8.py of jupytext 1.16–1.19), written
// from their behaviour: regular expressions become small hand-written matchers, since these run on every
// line of every notebook converted.
#include "services/notebook/ScriptText.h"

#include "services/notebook/PythonText.h"

#include <algorithm>
#include <array>

namespace slipway::notebook::script {

namespace {

struct LanguageComment
{
    std::string_view language;
    std::string_view comment;
};

// The script languages jupytext knows, with their line comment.
constexpr std::array<LanguageComment, 31> scriptLanguages{{
    {"python", "#"},
    {"coconut", "#"},
    {"R", "#"},
    {"julia", "#"},
    {"c++", "//"},
    {"scheme", ";;"},
    {"clojure", ";;"},
    {"bash", "#"},
    {"powershell", "#"},
    {"q", "/"},
    {"matlab", "%"},
    {"idl", ";"},
    {"javascript", "//"},
    {"typescript", "//"},
    {"scala", "//"},
    {"rust", "//"},
    {"robotframework", "#"},
    {"csharp", "//"},
    {"fsharp", "//"},
    {"sos", "#"},
    {"java", "//"},
    {"groovy", "//"},
    {"sage", "#"},
    {"haskell", "--"},
    {"tcl", "#"},
    {"gnuplot", "#"},
    {"stata", "//"},
    {"xonsh", "#"},
    {"lua", "--"},
    {"go", "//"},
    {"wolfram language", "(*"},
}};

constexpr std::array<std::string_view, 33> jupyterLanguages{
    "R",      "bash",    "sh",     "python",  "python2",          "python3", "coconut", "javascript",
    "js",     "perl",    "html",   "latex",   "markdown",         "pypy",    "ruby",    "script",
    "svg",    "matlab",  "octave", "idl",     "robotframework",   "sas",     "spark",   "sql",
    "cython", "haskell", "tcl",    "gnuplot", "wolfram language", "c#",      "f#",      "cs",
    "fs"};

const LanguageComment* findLanguage(std::string_view language)
{
    const auto it = std::ranges::find(scriptLanguages, language, &LanguageComment::language);
    return it == scriptLanguages.end() ? nullptr : &*it;
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Skips `\s*` (Unicode whitespace, as Python's re does for str patterns).
size_t skipSpace(std::string_view line, size_t i)
{
    while (i < line.size()) {
        size_t length = 0;
        if (!python::isSpace(python::codePointAt(line, i, length)))
            break;
        i += length;
    }
    return i;
}

// Every position `(C |C)*` can end at, from `i` (C is the comment): the regex may take fewer repetitions.
std::vector<size_t> commentRuns(std::string_view line, size_t i, std::string_view comment, bool spaceRequired)
{
    std::vector<size_t> ends{i};
    for (size_t k = 0; k < ends.size(); ++k) {
        const size_t at = ends[k];
        if (line.substr(at).starts_with(comment)) {
            const size_t after = at + comment.size();
            if (!spaceRequired && std::ranges::find(ends, after) == ends.end())
                ends.push_back(after);
            if (after < line.size() && line[after] == ' ' && std::ranges::find(ends, after + 1) == ends.end())
                ends.push_back(after + 1);
        }
    }
    return ends;
}

// `(%|%%|%%%)[a-zA-Z]` at i; returns the position after the letter, or npos.
size_t magicAt(std::string_view line, size_t i)
{
    size_t percents = 0;
    while (i + percents < line.size() && line[i + percents] == '%' && percents < 3)
        ++percents;
    // The alternatives are tried in turn, so "%%%%x" fails but "%x", "%%x", "%%%x" match.
    for (size_t n = 1; n <= percents; ++n)
        if (i + n < line.size() && isLetter(line[i + n]))
            return i + n + 1;
    return std::string_view::npos;
}

// `C\s*word` somewhere at or after `from` (the "(.*)C\s*escape" part of jupytext's escape overrides).
bool hasCommentWord(std::string_view line, size_t from, std::string_view comment, std::string_view word)
{
    for (size_t at = line.find(comment, from); at != std::string_view::npos;
         at = line.find(comment, at + 1)) {
        const size_t start = skipSpace(line, at + comment.size());
        if (line.substr(start).starts_with(word))
            return true;
    }
    return false;
}

bool magicWithOverride(std::string_view line, std::string_view comment, std::string_view word)
{
    for (size_t end : commentRuns(line, skipSpace(line, 0), comment, false)) {
        const size_t after = magicAt(line, end);
        if (after != std::string_view::npos && hasCommentWord(line, after, comment, word))
            return true;
    }
    return false;
}

bool isPlainMagic(std::string_view line, std::string_view comment)
{
    for (size_t end : commentRuns(line, skipSpace(line, 0), comment, false))
        if (magicAt(line, end) != std::string_view::npos)
            return true;
    return false;
}

// ^\s*(# |#)*\s*(\?|!)\s*[A-Za-z\.\~\$\\\/\{\}]
bool isHelpOrShell(std::string_view line)
{
    for (size_t end : commentRuns(line, skipSpace(line, 0), "#", false)) {
        size_t i = skipSpace(line, end);
        if (i >= line.size() || (line[i] != '?' && line[i] != '!'))
            continue;
        i = skipSpace(line, i + 1);
        if (i < line.size() && (isLetter(line[i]) || std::string_view(".~$\\/{}").contains(line[i])))
            return true;
    }
    return false;
}

bool isIdentifierStart(char c)
{
    return isLetter(c) || c == '_';
}

bool isIdentifierChar(char c)
{
    return isIdentifierStart(c) || c == '$' || (c >= '0' && c <= '9');
}

// ^(# |#)*\s*([a-zA-Z_][a-zA-Z_$0-9]*)\s*=\s*(%|%%|%%%|!)[a-zA-Z]
bool isMagicAssignment(std::string_view line)
{
    for (size_t end : commentRuns(line, 0, "#", false)) {
        size_t i = skipSpace(line, end);
        if (i >= line.size() || !isIdentifierStart(line[i]))
            continue;
        while (i < line.size() && isIdentifierChar(line[i]))
            ++i;
        i = skipSpace(line, i);
        if (i >= line.size() || line[i] != '=')
            continue;
        i = skipSpace(line, i + 1);
        if (i < line.size() && line[i] == '!' && i + 1 < line.size() && isLetter(line[i + 1]))
            return true;
        if (magicAt(line, i) != std::string_view::npos)
            return true;
    }
    return false;
}

// ^\s*(# )*[^\s]*\?\s*$
bool isHelpSuffix(std::string_view line)
{
    const std::string_view trimmed = python::rstrip(line);
    if (!trimmed.ends_with('?'))
        return false;
    for (size_t end : commentRuns(line, skipSpace(line, 0), "#", true)) {
        const std::string_view word = trimmed.substr(std::min(end, trimmed.size()));
        if (word.empty())
            continue;
        bool spaceInside = false;
        for (size_t i = 0, length = 0; i < word.size(); i += length)
            spaceInside = spaceInside || python::isSpace(python::codePointAt(word, i, length));
        if (!spaceInside)
            return true;
    }
    return false;
}

// ^(# |#)*(cat|cd|cp|mv|rm|rmdir|mkdir|copy|ddir|echo|ls|ldir|ren)($|\s$|\s[^=,])
bool isShellCommand(std::string_view line)
{
    static constexpr std::array<std::string_view, 13> commands{
        "cat", "cd", "cp", "mv", "rm", "rmdir", "mkdir", "copy", "ddir", "echo", "ls", "ldir", "ren"};
    for (size_t end : commentRuns(line, 0, "#", false)) {
        const std::string_view rest = line.substr(end);
        for (std::string_view command : commands) {
            if (!rest.starts_with(command))
                continue;
            const std::string_view after = rest.substr(command.size());
            if (after.empty())
                return true;
            size_t length = 0;
            if (!python::isSpace(python::codePointAt(after, 0, length)))
                continue;
            if (after.size() == length)
                return true;
            const char next = after[length];
            if (next != '=' && next != ',')
                return true;
            // `\s$` with a single trailing newline is already covered; "\s[^=,]" failed.
        }
    }
    return false;
}

bool endsWithContinuation(std::string_view line)
{
    const std::string_view trimmed = python::rstrip(line);
    return trimmed.ends_with('\\');
}

} // namespace

StringParser::StringParser(std::string_view language)
    : m_ignore(language.empty())
    , m_python(language != "R")
{
    if (const LanguageComment* known = findLanguage(language))
        m_comment = known->comment;
}

void StringParser::readLine(std::string_view line)
{
    if (m_ignore)
        return;
    // A commented line (outside strings) is not searched for quotes.
    if (!isQuoted() && !m_comment.empty() && python::lstrip(line).starts_with(m_comment))
        return;
    long tripleStart = -1;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (m_single == 0 && m_triple == 0 && !m_comment.empty() && line.substr(i).starts_with(m_comment))
            break;
        if (c != '"' && c != '\'')
            continue;
        if (i > 0 && line[i - 1] == '\\')
            continue;
        if (m_single == c) {
            m_single = 0;
            continue;
        }
        if (m_single != 0)
            continue;
        if (!m_python)
            continue;
        if (i >= 2 && line[i - 1] == c && line[i - 2] == c && long(i) >= tripleStart + 3) {
            if (m_triple == c) {
                m_triple = 0;
                tripleStart = long(i);
                continue;
            }
            if (m_triple != 0)
                continue;
            m_triple = c;
            tripleStart = long(i);
            continue;
        }
        if (m_triple != 0)
            continue;
        m_single = c;
    }
    if (m_python)
        m_single = 0;
}

std::string_view commentFor(std::string_view language)
{
    const LanguageComment* known = findLanguage(usualLanguageName(language));
    return known ? known->comment : std::string_view("#");
}

std::string usualLanguageName(std::string_view language)
{
    std::string lower(language);
    std::ranges::transform(lower, lower.begin(),
                           [](char c) { return char(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    if (lower == "r")
        return "R";
    if (lower.starts_with("c++"))
        return "c++";
    if (lower == "octave")
        return "matlab";
    if (lower == "cs" || lower == "c#")
        return "csharp";
    if (lower == "fs" || lower == "f#")
        return "fsharp";
    return lower;
}

bool isCellMagicLanguage(std::string_view name)
{
    return std::ranges::find(jupyterLanguages, name) != jupyterLanguages.end() ||
           findLanguage(name) != nullptr;
}

bool isMagic(std::string_view line, std::string_view language, bool explicitlyCode)
{
    const std::string usual = usualLanguageName(language);
    if (usual == "matlab" || usual == "sas" || !findLanguage(usual))
        return false;
    const std::string_view comment = commentFor(usual);
    // Rust's ":dep", C#'s "#!" and Go's "!cmd" magics are not special-cased: the generic rule below applies.
    if (line.find('%') != std::string_view::npos) {
        if (magicWithOverride(line, comment, "escape"))
            return true;
        if (magicWithOverride(line, comment, "noescape"))
            return false;
        if (isPlainMagic(line, comment))
            return true;
    }
    if (usual != "python")
        return false;
    if (isHelpOrShell(line) || isMagicAssignment(line))
        return true;
    if (explicitlyCode && isHelpSuffix(line))
        return true;
    return isShellCommand(line);
}

void commentMagics(Lines& source, std::string_view language, bool explicitlyCode)
{
    StringParser parser(language);
    const std::string_view comment = commentFor(language);
    bool nextIsMagic = false;
    for (std::string& line : source) {
        const std::string original = line;
        if (!parser.isQuoted() && (nextIsMagic || isMagic(line, language, explicitlyCode))) {
            if (nextIsMagic) {
                line.insert(0, std::string(comment) + ' ');
            } else {
                const size_t indent = line.size() - python::lstrip(line).size();
                line = line.substr(0, indent) + std::string(comment) + ' ' + line.substr(indent);
            }
            nextIsMagic = usualLanguageName(language) == "python" && endsWithContinuation(original);
        }
        parser.readLine(original);
    }
}

void uncommentMagics(Lines& source, std::string_view language, bool explicitlyCode)
{
    StringParser parser(language);
    const std::string_view comment = commentFor(language);
    bool nextIsMagic = false;
    for (std::string& line : source) {
        const std::string original = line;
        if (!parser.isQuoted() && (nextIsMagic || isMagic(line, language, explicitlyCode))) {
            const std::string_view unindented = python::lstrip(line);
            const size_t indent = line.size() - unindented.size();
            if (unindented.starts_with(std::string(comment) + ' '))
                line = line.substr(0, indent) + std::string(unindented.substr(comment.size() + 1));
            else if (unindented.starts_with(comment))
                line = line.substr(0, indent) + std::string(unindented.substr(comment.size()));
            nextIsMagic = usualLanguageName(language) == "python" && endsWithContinuation(original);
        }
        parser.readLine(original);
    }
}

Lines commentLines(const Lines& lines, std::string_view prefix)
{
    Lines out;
    out.reserve(lines.size());
    for (const std::string& line : lines)
        out.push_back(line.empty() ? std::string(prefix) : std::string(prefix) + ' ' + line);
    return out;
}

Lines uncommentLines(const Lines& lines, std::string_view prefix)
{
    Lines out;
    out.reserve(lines.size());
    const std::string withSpace = std::string(prefix) + ' ';
    for (const std::string& line : lines) {
        if (line.starts_with(withSpace))
            out.push_back(line.substr(withSpace.size()));
        else if (line.starts_with(prefix))
            out.push_back(line.substr(prefix.size()));
        else
            out.push_back(line);
    }
    return out;
}

bool isBlank(std::string_view line)
{
    return python::strip(line).empty();
}

namespace {

bool startsDefinition(std::string_view line)
{
    return line.starts_with("def ") || line.starts_with("class ");
}

template <class Seq>
bool nextInstructionIsDefinition(const Seq& lines)
{
    StringParser parser("python");
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        if (parser.isQuoted()) {
            parser.readLine(line);
            continue;
        }
        parser.readLine(line);
        if (isBlank(line)) {
            if (i > 0 && isBlank(lines[i - 1]))
                return false;
            continue;
        }
        if (startsDefinition(line))
            return true;
        if (line.starts_with('#') || line.starts_with('@') || line.starts_with(' ') || line.starts_with(')'))
            continue;
        return false;
    }
    return false;
}

bool endsInDefinition(std::span<const std::string> lines)
{
    std::vector<const std::string*> unquoted;
    StringParser parser("python");
    for (const std::string& line : lines) {
        if (!parser.isQuoted())
            unquoted.push_back(&line);
        parser.readLine(line);
    }
    for (size_t k = 0; k < unquoted.size(); ++k) {
        const std::string& line = *unquoted[unquoted.size() - 1 - k];
        if (isBlank(line)) {
            if (k > 0 && isBlank(*unquoted[unquoted.size() - k]))
                return false;
            continue;
        }
        if (line.starts_with('#') || line.starts_with(' ') || line.starts_with(')'))
            continue;
        return startsDefinition(line);
    }
    return false;
}

bool endsWithCode(std::span<const std::string> lines)
{
    return !lines.empty() && !isBlank(lines.back()) && !lines.back().starts_with('#');
}

template <class Seq>
bool hasCode(const Seq& lines)
{
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string_view stripped = python::strip(lines[i]);
        if (stripped.starts_with('#'))
            continue;
        if (stripped.empty()) {
            if (i > 0 && isBlank(lines[i - 1]))
                return false;
            continue;
        }
        return true;
    }
    return false;
}

template <class Seq>
int linesBetween(std::span<const std::string> previous, const Seq& next, bool python)
{
    if (next.empty())
        return 1;
    if (previous.empty())
        return 0;
    if (!python)
        return 1;
    if (endsInDefinition(previous))
        return hasCode(next) ? 2 : 1;
    if (endsWithCode(previous) && nextInstructionIsDefinition(next))
        return 2;
    return 1;
}

} // namespace

int pep8LinesBetween(std::span<const std::string> previous, std::span<const std::string> next, bool python)
{
    return linesBetween(previous, next, python);
}

int pep8LinesBetween(std::span<const std::string> previous, const std::deque<std::string>& next, bool python)
{
    return linesBetween(previous, next, python);
}

Lines sourceLines(std::string_view source)
{
    if (source.empty())
        return {""};
    Lines lines = python::splitLines(source, false);
    if (source.back() == '\n')
        lines.emplace_back();
    return lines;
}

std::string joinLines(const Lines& lines, size_t begin, size_t end)
{
    end = std::min(end, lines.size());
    std::string out;
    for (size_t i = begin; i < end; ++i) {
        if (i > begin)
            out += '\n';
        out += lines[i];
    }
    return out;
}

} // namespace slipway::notebook::script
