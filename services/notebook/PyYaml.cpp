// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PyYAML's emitter rules (scalar analysis, style choice, folding) re-stated for JSON values, and a loader on
// yaml-cpp with PyYAML's implicit resolvers.
#include "services/notebook/PyYaml.h"

#include "services/notebook/PythonText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <yaml-cpp/yaml.h>

namespace slipway::notebook::yaml {

using namespace Qt::StringLiterals;

namespace {

constexpr int bestWidth = 80;

bool isBreak(char32_t c)
{
    return c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool isWhitespace(char32_t c)
{
    return c == 0 || c == ' ' || c == '\t' || c == '\r' || isBreak(c);
}

std::u32string decode(std::string_view text)
{
    std::u32string out;
    out.reserve(text.size());
    for (size_t i = 0, length = 0; i < text.size(); i += length)
        out += python::codePointAt(text, i, length);
    return out;
}

void encode(char32_t cp, std::string& out)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xc0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += char(0xe0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    } else {
        out += char(0xf0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3f));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    }
}

// The tag PyYAML's resolver gives a plain scalar, as a short name; "str" when no implicit resolver matches.
std::string_view resolvePlain(const QString& text)
{
    static const QRegularExpression boolean(u"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE"
                                            u"|on|On|ON|off|Off|OFF)$"_s);
    static const QRegularExpression floating(
        u"^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
        u"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"_s);
    static const QRegularExpression integer(u"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)"
                                            u"|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"_s);
    static const QRegularExpression null(u"^(?:~|null|Null|NULL|)$"_s);
    static const QRegularExpression timestamp(
        u"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
        u"(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
        u"(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"_s);
    const QChar first = text.isEmpty() ? QChar() : text.front();
    const auto firstIn = [&](QStringView set) { return !text.isEmpty() && set.contains(first); };
    if (firstIn(u"yYnNtTfFoO") && boolean.match(text).hasMatch())
        return "bool";
    if (firstIn(u"-+0123456789.") && floating.match(text).hasMatch())
        return "float";
    if (firstIn(u"-+0123456789") && integer.match(text).hasMatch())
        return "int";
    if (text == u"<<")
        return "merge";
    if ((text.isEmpty() || firstIn(u"~nN")) && null.match(text).hasMatch())
        return "null";
    if (firstIn(u"0123456789") && timestamp.match(text).hasMatch())
        return "timestamp";
    if (text == u"=")
        return "value";
    if (text == u"!" || text == u"&" || text == u"*")
        return "yaml";
    return "str";
}

struct Analysis
{
    bool empty = false;
    bool multiline = false;
    bool allowBlockPlain = true;
    bool allowSingleQuoted = true;
};

Analysis analyze(const std::u32string& s)
{
    Analysis a;
    if (s.empty()) {
        a.empty = true;
        return a;
    }
    bool blockIndicators = false, lineBreaks = false, special = false;
    bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
    bool breakSpace = false, spaceBreak = false;
    if (s.starts_with(U"---") || s.starts_with(U"..."))
        blockIndicators = true;
    bool precededByWhitespace = true;
    bool followedByWhitespace = s.size() == 1 || isWhitespace(s[1]);
    bool previousSpace = false, previousBreak = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char32_t c = s[i];
        if (i == 0) {
            if (std::u32string_view(U"#,[]{}&*!|>'\"%@`").contains(c))
                blockIndicators = true;
            if ((c == '?' || c == ':') && followedByWhitespace)
                blockIndicators = true;
            if (c == '-' && followedByWhitespace)
                blockIndicators = true;
        } else {
            if (c == ':' && followedByWhitespace)
                blockIndicators = true;
            if (c == '#' && precededByWhitespace)
                blockIndicators = true;
        }
        if (isBreak(c))
            lineBreaks = true;
        if (!(c == '\n' || (c >= 0x20 && c <= 0x7e)))
            special = true; // allow_unicode is off: every other character needs double quotes
        if (c == ' ') {
            leadingSpace = leadingSpace || i == 0;
            trailingSpace = trailingSpace || i == s.size() - 1;
            breakSpace = breakSpace || previousBreak;
            previousSpace = true;
            previousBreak = false;
        } else if (isBreak(c)) {
            leadingBreak = leadingBreak || i == 0;
            trailingBreak = trailingBreak || i == s.size() - 1;
            spaceBreak = spaceBreak || previousSpace;
            previousSpace = false;
            previousBreak = true;
        } else {
            previousSpace = previousBreak = false;
        }
        precededByWhitespace = isWhitespace(c);
        followedByWhitespace = i + 2 >= s.size() || isWhitespace(s[i + 2]);
    }
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        a.allowBlockPlain = false;
    if (breakSpace)
        a.allowBlockPlain = a.allowSingleQuoted = false;
    if (spaceBreak || special)
        a.allowBlockPlain = a.allowSingleQuoted = false;
    if (lineBreaks)
        a.allowBlockPlain = false;
    if (blockIndicators)
        a.allowBlockPlain = false;
    a.multiline = lineBreaks;
    return a;
}

class Emitter
{
public:
    std::string out;

    void node(const json::Value& value, int indent, bool afterDash)
    {
        if (value.isObject() && !value.object().empty())
            mapping(value.object(), indent, afterDash);
        else if (value.isArray() && !value.array().empty())
            sequence(value.array(), indent, afterDash);
        else
            scalar(value, indent + 2, false);
    }

private:
    int m_column = 0;

    void write(std::string_view text)
    {
        out += text;
        m_column += int(python::length(text));
    }
    void lineBreak()
    {
        out += '\n';
        m_column = 0;
    }
    void indentTo(int indent)
    {
        if (m_column > indent || (m_column == indent && m_column > 0) || (!out.empty() && out.back() != '\n'))
            lineBreak();
        write(std::string(size_t(indent - m_column), ' '));
    }

    void mapping(const json::Value::Object& object, int indent, bool afterDash)
    {
        std::vector<const json::Value::Member*> members;
        for (const auto& member : object)
            members.push_back(&member);
        std::ranges::stable_sort(members, {},
                                 [](const json::Value::Member* m) -> const std::string& { return m->first; });
        for (size_t i = 0; i < members.size(); ++i) {
            if (i > 0 || !afterDash)
                indentTo(indent);
            string(members[i]->first, indent + 2, true);
            write(":");
            const json::Value& value = members[i]->second;
            if (value.isObject() && !value.object().empty()) {
                mapping(value.object(), indent + 2, false);
            } else if (value.isArray() && !value.array().empty()) {
                sequence(value.array(), indent, false); // block sequences in mappings are not indented
            } else {
                write(" ");
                scalar(value, indent + 2, false);
            }
        }
    }

    void sequence(const json::Value::Array& array, int indent, bool afterDash)
    {
        for (size_t i = 0; i < array.size(); ++i) {
            if (i > 0 || !afterDash)
                indentTo(indent);
            write("- ");
            const json::Value& item = array[i];
            if ((item.isObject() && !item.object().empty()) || (item.isArray() && !item.array().empty()))
                node(item, indent + 2, true);
            else
                scalar(item, indent + 2, false);
        }
    }

    void scalar(const json::Value& value, int indent, bool simpleKey)
    {
        const json::Value tree = value.isRaw() ? value.materialized().value_or(json::Value()) : value;
        if (tree.isNull())
            write("null");
        else if (tree.isBool())
            write(tree.toBool() ? "true" : "false");
        else if (tree.isNumber())
            write(number(tree.number()));
        else if (tree.isString())
            string(tree.string(), indent, simpleKey);
        else if (tree.isArray())
            write("[]");
        else
            write("{}");
    }

    static std::string number(const json::Value::Number& n)
    {
        if (n.isInteger)
            return n.text;
        if (n.text == "NaN")
            return ".nan";
        if (n.text == "Infinity")
            return ".inf";
        if (n.text == "-Infinity")
            return "-.inf";
        std::string text = n.text;
        std::ranges::transform(text, text.begin(), [](char c) { return char(c == 'E' ? 'e' : c); });
        if (!text.contains('.') && text.contains('e'))
            text.insert(text.find('e'), ".0");
        return text;
    }

    void string(const std::string& text, int indent, bool simpleKey)
    {
        const std::u32string s = decode(text);
        const Analysis analysis = analyze(s);
        const bool implicit = resolvePlain(QString::fromStdString(text)) == "str";
        const bool split = !simpleKey;
        if (implicit && !(simpleKey && (analysis.empty || analysis.multiline)) && analysis.allowBlockPlain)
            plain(s, indent, split);
        else if (analysis.allowSingleQuoted && !(simpleKey && analysis.multiline))
            singleQuoted(s, indent, split);
        else
            doubleQuoted(s, indent, split);
    }

    void writeIndentForFold(int indent)
    {
        lineBreak();
        write(std::string(size_t(indent), ' '));
    }

    void plain(const std::u32string& s, int indent, bool split)
    {
        bool spaces = false;
        size_t start = 0;
        for (size_t end = 0; end <= s.size(); ++end) {
            const char32_t c = end < s.size() ? s[end] : 0;
            const bool atEnd = end == s.size();
            if (spaces) {
                if (atEnd || c != ' ') {
                    if (start + 1 == end && m_column > bestWidth && split)
                        writeIndentForFold(indent);
                    else
                        write(utf8(s.substr(start, end - start)));
                    start = end;
                }
            } else if (atEnd || c == ' ') {
                write(utf8(s.substr(start, end - start)));
                start = end;
            }
            if (!atEnd)
                spaces = c == ' ';
        }
    }

    void singleQuoted(const std::u32string& s, int indent, bool split)
    {
        write("'");
        bool spaces = false, breaks = false;
        size_t start = 0;
        for (size_t end = 0; end <= s.size(); ++end) {
            const bool atEnd = end == s.size();
            const char32_t c = atEnd ? 0 : s[end];
            if (spaces) {
                if (atEnd || c != ' ') {
                    if (start + 1 == end && m_column > bestWidth && split && start != 0 && end != s.size())
                        writeIndentForFold(indent);
                    else
                        write(utf8(s.substr(start, end - start)));
                    start = end;
                }
            } else if (breaks) {
                if (atEnd || !isBreak(c)) {
                    if (s[start] == '\n')
                        lineBreak();
                    for (size_t k = start; k < end; ++k)
                        lineBreak();
                    write(std::string(size_t(indent), ' '));
                    start = end;
                }
            } else if (atEnd || c == ' ' || isBreak(c) || c == '\'') {
                if (start < end) {
                    write(utf8(s.substr(start, end - start)));
                    start = end;
                }
            }
            if (c == '\'' && !atEnd) {
                write("''");
                start = end + 1;
            }
            if (!atEnd) {
                spaces = c == ' ';
                breaks = isBreak(c);
            }
        }
        write("'");
    }

    void doubleQuoted(const std::u32string& s, int indent, bool split)
    {
        write("\"");
        size_t start = 0;
        for (size_t end = 0; end <= s.size(); ++end) {
            const bool atEnd = end == s.size();
            const char32_t c = atEnd ? 0 : s[end];
            if (atEnd || c == '"' || c == '\\' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff ||
                !(c >= 0x20 && c <= 0x7e)) {
                if (start < end) {
                    write(utf8(s.substr(start, end - start)));
                    start = end;
                }
                if (!atEnd) {
                    write(escape(c));
                    start = end + 1;
                }
            }
            if (end > 0 && end + 1 < s.size() && (c == ' ' || start >= end) &&
                m_column + int(end - start) > bestWidth && split) {
                std::string data = utf8(s.substr(start, end - start)) + "\\";
                if (start < end)
                    start = end;
                write(data);
                writeIndentForFold(indent);
                if (s[start] == ' ')
                    write("\\");
            }
        }
        write("\"");
    }

    static std::string escape(char32_t c)
    {
        switch (c) {
        case 0:
            return "\\0";
        case 0x07:
            return "\\a";
        case 0x08:
            return "\\b";
        case 0x09:
            return "\\t";
        case 0x0a:
            return "\\n";
        case 0x0b:
            return "\\v";
        case 0x0c:
            return "\\f";
        case 0x0d:
            return "\\r";
        case 0x1b:
            return "\\e";
        case '"':
            return "\\\"";
        case '\\':
            return "\\\\";
        case 0x85:
            return "\\N";
        case 0xa0:
            return "\\_";
        case 0x2028:
            return "\\L";
        case 0x2029:
            return "\\P";
        default:
            break;
        }
        char buffer[16];
        if (c <= 0xff)
            std::snprintf(buffer, sizeof buffer, "\\x%02X", unsigned(c));
        else if (c <= 0xffff)
            std::snprintf(buffer, sizeof buffer, "\\u%04X", unsigned(c));
        else
            std::snprintf(buffer, sizeof buffer, "\\U%08X", unsigned(c));
        return buffer;
    }

    static std::string utf8(std::u32string_view s)
    {
        std::string out;
        for (char32_t c : s)
            encode(c, out);
        return out;
    }
};

// A Python int's text for a YAML 1.1 integer spelling (underscores, 0b, 0x, leading-zero octal, sexagesimal).
std::string integerText(QString text)
{
    text.remove(u'_');
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        negative = text.front() == u'-';
        text.remove(0, 1);
    }
    qulonglong value = 0;
    bool ok = true;
    if (text == u"0")
        value = 0;
    else if (text.startsWith(u"0b"))
        value = QStringView(text).mid(2).toULongLong(&ok, 2);
    else if (text.startsWith(u"0x"))
        value = QStringView(text).mid(2).toULongLong(&ok, 16);
    else if (text.startsWith(u'0'))
        value = QStringView(text).mid(1).toULongLong(&ok, 8);
    else if (text.contains(u':')) {
        const QStringList parts = text.split(u':');
        for (const QString& part : parts)
            value = value * 60 + part.toULongLong();
    } else {
        return (negative ? "-" : "") + text.toStdString(); // any size, as Python
    }
    return (negative && value != 0 ? "-" : "") + std::to_string(value);
}

json::Value fromNode(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        json::Value::Object object;
        for (const auto& item : node) {
            const std::string key = item.first.Scalar();
            json::Value value = fromNode(item.second);
            const auto existing = std::ranges::find(object, key, &json::Value::Member::first);
            if (existing != object.end())
                existing->second = std::move(value);
            else
                object.emplace_back(key, std::move(value));
        }
        return json::Value(std::move(object));
    }
    case YAML::NodeType::Sequence: {
        json::Value::Array array;
        for (const auto& item : node)
            array.push_back(fromNode(item));
        return json::Value(std::move(array));
    }
    case YAML::NodeType::Null:
        return {};
    case YAML::NodeType::Scalar: {
        const std::string& text = node.Scalar();
        if (node.Tag() != "?")
            return json::Value(text);
        const QString qtext = QString::fromStdString(text);
        const std::string_view tag = resolvePlain(qtext);
        if (tag == "bool") {
            const QString lower = qtext.toLower();
            return json::Value(lower == u"yes" || lower == u"true" || lower == u"on");
        }
        if (tag == "null")
            return {};
        if (tag == "int")
            return json::Value(json::Value::Number{integerText(qtext), true});
        if (tag == "float") {
            QString t = qtext.toLower().remove(u'_');
            double value = 0;
            if (t.endsWith(u".inf"))
                value = t.startsWith(u'-') ? -INFINITY : INFINITY;
            else if (t == u".nan")
                value = NAN;
            else if (t.contains(u':')) {
                const bool negative = t.startsWith(u'-');
                if (negative || t.startsWith(u'+'))
                    t.remove(0, 1);
                const QStringList parts = t.split(u':');
                for (const QString& part : parts)
                    value = value * 60 + part.toDouble();
                value = negative ? -value : value;
            } else {
                value = t.toDouble();
            }
            return json::Value(json::Value::Number{json::pythonFloatRepr(value), false});
        }
        return json::Value(text);
    }
    case YAML::NodeType::Undefined:
        break;
    }
    return {};
}

} // namespace

std::string safeDump(const json::Value& value)
{
    Emitter emitter;
    emitter.node(value, 0, false);
    const bool scalar =
        !((value.isObject() && !value.object().empty()) || (value.isArray() && !value.array().empty()));
    emitter.out += '\n';
    if (scalar)
        emitter.out += "...\n";
    return emitter.out;
}

Result<json::Value> safeLoad(std::string_view text, const QString& path)
{
    try {
        return fromNode(YAML::Load(std::string(text)));
    } catch (const YAML::Exception& e) {
        Error error{QCoreApplication::translate("slipway::notebook", "read script header"), path,
                    QCoreApplication::translate("slipway::notebook", "the YAML header is not valid: %1")
                        .arg(QString::fromStdString(e.msg))};
        error.line = e.mark.line + 1;
        error.column = e.mark.column + 1;
        return std::unexpected(error);
    }
}

} // namespace slipway::notebook::yaml
