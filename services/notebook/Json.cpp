// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// json::Value, and writing it as Python's json.dumps writes.
#include "services/notebook/Json.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace slipway::json {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

void appendUnicodeEscape(char32_t unit, std::string& out)
{
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hexDigits[(unit >> shift) & 0xf];
}

// Decodes the UTF-8 sequence at text[i] (valid: the parser checked it); advances i past it.
char32_t decodeUtf8(std::string_view text, size_t& i)
{
    const auto byte = [&](size_t k) { return char32_t(static_cast<unsigned char>(text[k])); };
    const char32_t first = byte(i);
    if (first < 0x80) {
        ++i;
        return first;
    }
    const int length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : 2;
    char32_t cp = first & (0x7f >> length);
    for (int k = 1; k < length; ++k)
        cp = (cp << 6) | (byte(i + size_t(k)) & 0x3f);
    i += size_t(length);
    return cp;
}

void escape(std::string_view text, std::string& out, bool ensureAscii)
{
    out += '"';
    size_t plain = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (ensureAscii && c >= 0x7f) {
            // Python's ensure_ascii escapes everything outside ' '..'~', astral characters as surrogate
            // pairs.
            out.append(text, plain, i - plain);
            size_t next = i;
            const char32_t cp = decodeUtf8(text, next);
            if (cp >= 0x10000) {
                appendUnicodeEscape(0xd800 + ((cp - 0x10000) >> 10), out);
                appendUnicodeEscape(0xdc00 + ((cp - 0x10000) & 0x3ff), out);
            } else {
                appendUnicodeEscape(cp, out);
            }
            i = next - 1;
            plain = next;
            continue;
        }
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text, plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out += hexDigits[c >> 4];
            out += hexDigits[c & 0xf];
        }
    }
    out.append(text, plain);
    out += '"';
}

void writeValue(const Value& value, const WriteOptions& options, int level, std::string& out)
{
    const auto newline = [&](int depth) {
        out += '\n';
        out.append(size_t(depth) * size_t(options.indent), ' ');
    };
    if (value.isRaw()) {
        // Validated when it was read, so it parses; written as the tree it stands for.
        const Result<Value> tree = value.materialized();
        writeValue(tree ? *tree : Value(), options, level, out);
    } else if (value.isNull()) {
        out += "null";
    } else if (value.isBool()) {
        out += value.toBool() ? "true" : "false";
    } else if (value.isNumber()) {
        out += value.number().text;
    } else if (value.isString()) {
        escape(value.string(), out, options.ensureAscii);
    } else if (value.isArray()) {
        const Value::Array& array = value.array();
        if (array.empty()) {
            out += "[]";
            return;
        }
        out += '[';
        for (size_t i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            newline(level + 1);
            writeValue(array[i], options, level + 1, out);
        }
        newline(level);
        out += ']';
    } else {
        const Value::Object& object = value.object();
        if (object.empty()) {
            out += "{}";
            return;
        }
        std::vector<const Value::Member*> members;
        members.reserve(object.size());
        for (const auto& member : object)
            members.push_back(&member);
        if (options.sortKeys) // UTF-8 byte order is code point order, which is Python's str order
            std::ranges::sort(members, {},
                              [](const Value::Member* m) -> const std::string& { return m->first; });
        out += '{';
        for (size_t i = 0; i < members.size(); ++i) {
            if (i > 0)
                out += ',';
            newline(level + 1);
            escape(members[i]->first, out, options.ensureAscii);
            out += ": ";
            writeValue(members[i]->second, options, level + 1, out);
        }
        newline(level);
        out += '}';
    }
}

} // namespace

bool Value::truthy() const
{
    if (isRaw()) // only "{}" and "[]" (with any spacing) are empty
        return raw().text.find_first_not_of("{}[] \t\r\n") != std::string_view::npos;
    if (isNull())
        return false;
    if (isBool())
        return toBool();
    if (isNumber()) {
        // Python: 0 and 0.0 are false; NaN and the infinities are true.
        const std::string& text = number().text;
        return text.substr(0, text.find('e')).find_first_not_of("0.-") != std::string::npos;
    }
    if (isString())
        return !string().empty();
    if (isArray())
        return !array().empty();
    return !object().empty();
}

const Value* Value::find(std::string_view key) const
{
    if (!isObject())
        return nullptr;
    const Object& members = object();
    const auto it = std::ranges::find(members, key, &Member::first);
    return it == members.end() ? nullptr : &it->second;
}

Value* Value::find(std::string_view key)
{
    return const_cast<Value*>(std::as_const(*this).find(key));
}

void Value::set(std::string_view key, Value value)
{
    if (Value* existing = find(key))
        *existing = std::move(value);
    else
        object().emplace_back(std::string(key), std::move(value));
}

bool Value::remove(std::string_view key)
{
    if (!isObject())
        return false;
    Object& members = object();
    const auto it = std::ranges::find(members, key, &Member::first);
    if (it == members.end())
        return false;
    members.erase(it);
    return true;
}

bool Value::operator==(const Value& other) const
{
    if (isObject() && other.isObject()) {
        // Python dicts compare without regard to order.
        const Object& a = object();
        const Object& b = other.object();
        if (a.size() != b.size())
            return false;
        return std::ranges::all_of(a, [&](const Member& m) {
            const Value* match = other.find(m.first);
            return match && *match == m.second;
        });
    }
    return m_data == other.m_data;
}

void write(const Value& value, const WriteOptions& options, std::string& out)
{
    writeValue(value, options, 0, out);
}

std::optional<int> boundedInteger(const Value* value, int min, int max)
{
    if (!value || !value->isNumber() || !value->number().isInteger)
        return std::nullopt;
    const std::string& text = value->number().text;
    long long n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n < min || n > max)
        return std::nullopt;
    return int(n);
}

std::string pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    // Shortest round-trip digits in scientific form, e.g. "1.2345e-07", then laid out as Python's repr.
    char buffer[64];
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    std::string_view sci(buffer, size_t(end - buffer));
    std::string sign;
    if (sci.front() == '-') {
        sign = "-";
        sci.remove_prefix(1);
    }
    const size_t ePos = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, ePos))
        if (c != '.')
            digits += c;
    int exponent = 0;
    std::from_chars(sci.data() + ePos + 1 + (sci[ePos + 1] == '+' ? 1 : 0), sci.data() + sci.size(),
                    exponent);
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();

    std::string out = sign;
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out += "0." + std::string(size_t(-exponent - 1), '0') + digits;
        } else if (size_t(exponent) + 1 >= digits.size()) {
            out += digits + std::string(size_t(exponent) + 1 - digits.size(), '0') + ".0";
        } else {
            out += digits.substr(0, size_t(exponent) + 1) + '.' + digits.substr(size_t(exponent) + 1);
        }
        return out;
    }
    out += digits.substr(0, 1);
    if (digits.size() > 1)
        out += '.' + digits.substr(1);
    out += exponent < 0 ? "e-" : "e+";
    const int magnitude = std::abs(exponent);
    if (magnitude < 10)
        out += '0';
    out += std::to_string(magnitude);
    return out;
}

} // namespace slipway::json