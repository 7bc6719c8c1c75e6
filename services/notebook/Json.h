// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QByteArray>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace slipway::json {

// A JSON value as Python's json module sees it, which is what nbformat (and so nbstripout) reads and
// writes: numbers keep Python's text for them (integers exactly, of any size; floats as repr() writes
// them), strings are unescaped UTF-8, objects keep their members in input order with a duplicate key's
// last value at its first place (a Python dict's behaviour).
class Value
{
public:
    struct Number
    {
        std::string text; // as Python writes it: "42", "123456789012345678901234567890", "0.1", "1e-05"
        bool isInteger = true;
    };
    // A value kept as its JSON text, checked as the parser checks everything but not yet turned into a tree:
    // what parse() makes of the elements of lists it is asked to defer (a notebook's outputs, which
    // stripping mostly drops unread). `size` is nbstripout's get_size() of the value: the characters of all
    // its strings, recursively, and len(str(x)) of its other scalars.
    struct Raw
    {
        std::string_view text;
        QByteArray owner; // keeps `text` alive (an implicitly shared buffer: no copy)
        qint64 size = 0;
    };
    using Array = std::vector<Value>;
    using Member = std::pair<std::string, Value>;
    using Object = std::vector<Member>;

    Value() = default; // null
    Value(bool b)
        : m_data(b)
    {}
    Value(Number n)
        : m_data(std::move(n))
    {}
    Value(std::string s)
        : m_data(std::move(s))
    {}
    Value(Array a)
        : m_data(std::move(a))
    {}
    Value(Object o)
        : m_data(std::move(o))
    {}
    Value(Raw r)
        : m_data(std::move(r))
    {}
    static Value integer(long long n) { return Value(Number{std::to_string(n), true}); }

    bool isNull() const { return std::holds_alternative<std::monostate>(m_data); }
    bool isBool() const { return std::holds_alternative<bool>(m_data); }
    bool isNumber() const { return std::holds_alternative<Number>(m_data); }
    bool isString() const { return std::holds_alternative<std::string>(m_data); }
    bool isArray() const { return std::holds_alternative<Array>(m_data); }
    bool isObject() const { return std::holds_alternative<Object>(m_data); }
    bool isRaw() const { return std::holds_alternative<Raw>(m_data); }
    const Raw& raw() const { return std::get<Raw>(m_data); }
    // The tree of a Raw value, parsed from its text; any other value as it is.
    Result<Value> materialized() const;

    bool toBool() const { return std::get<bool>(m_data); }
    const Number& number() const { return std::get<Number>(m_data); }
    const std::string& string() const { return std::get<std::string>(m_data); }
    std::string& string() { return std::get<std::string>(m_data); }
    const Array& array() const { return std::get<Array>(m_data); }
    Array& array() { return std::get<Array>(m_data); }
    const Object& object() const { return std::get<Object>(m_data); }
    Object& object() { return std::get<Object>(m_data); }

    // Python truthiness: null, false, 0, "", [] and {} are false.
    bool truthy() const;

    // Object access (nullptr when this is not an object or has no such member).
    const Value* find(std::string_view key) const;
    Value* find(std::string_view key);
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    // Sets or replaces a member (a new one goes last); only on objects.
    void set(std::string_view key, Value value);
    // Removes a member; false when there was none.
    bool remove(std::string_view key);

    bool operator==(const Value& other) const;

private:
    std::variant<std::monostate, bool, Number, std::string, Array, Object, Raw> m_data;
};

inline bool operator==(const Value::Number& a, const Value::Number& b)
{
    return a.text == b.text && a.isInteger == b.isInteger;
}

inline bool operator==(const Value::Raw& a, const Value::Raw& b)
{
    return a.text == b.text;
}

// One helper for every place a file's number becomes a count (blank lines, heading levels, cell depths,
// nbformat versions): the value as an int in [min, max], or nullopt when it is missing, not an integer, or
// outside the range. Callers turn nullopt into an error naming the key, so "lines_to_next_cell":
// 99999999999 is a message, never an abort or gigabytes of blank lines.
std::optional<int> boundedInteger(const Value* value, int min, int max);

// Parses JSON as Python's json.loads does (strict: no control characters inside strings). `path` names the
// input in the error, with the line and column of the problem where known. Reads `text` in place when its
// spare capacity holds simdjson's padding (see paddedBuffer()), else copies it.
// Elements of arrays under the key `deferKey` (when given) become Raw values.
Result<Value> parse(const QByteArray& text, const QString& path, std::string_view deferKey = {},
                    bool measureDeferred = true);

// Parses `size` bytes at `data`, which must be followed by at least paddingBytes() readable bytes and
// outlive the value (Raw values point into them). For memory-mapped files.
// With `measureDeferred` false, deferred values are skipped on simdjson's structural index: their `size` is
// -1 and their strings' escapes are not checked until they are materialized (for readers that ignore them).
Result<Value> parseInPlace(const char* data, qsizetype size, const QString& path,
                           std::string_view deferKey = {}, bool measureDeferred = true);
// How many readable bytes parseInPlace() needs after the data.
qsizetype paddingBytes();

// The code points of valid UTF-8 text (as Python's len() counts them once it is decoded).
qint64 codePoints(std::string_view text);

// Room for `size` bytes plus simdjson's padding, so that parse() reads the buffer in place.
QByteArray paddedBuffer(qsizetype size);

struct WriteOptions
{
    int indent = 1;           // spaces per level
    bool sortKeys = true;     // by code point, as Python's sort_keys
    bool ensureAscii = false; // escape every non-ASCII character as \uXXXX (Python's default)
};

// Serialises as Python's json.dumps(value, indent=…, sort_keys=…, separators=(",", ": "),
// ensure_ascii=False) does; appends to `out`.
void write(const Value& value, const WriteOptions& options, std::string& out);

// Python's repr() of a float, which json.dumps uses: shortest round-trip digits, fixed notation for
// exponents -4..15 (with ".0" when integral), else "1e+16"/"1.5e-05"; "NaN", "Infinity", "-Infinity".
std::string pythonFloatRepr(double value);

} // namespace slipway::json
