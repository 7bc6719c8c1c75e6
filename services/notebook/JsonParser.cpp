// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading JSON with simdjson's On-Demand API into json::Value, as Python's json module reads it.
#include "services/notebook/Json.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <optional>
#include <simdjson.h>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace slipway::json {

#if defined(__x86_64__)
namespace {

// The continuation bytes among the first multiple of 32 of `n` bytes at `p`; `done` is where it stopped.
__attribute__((target("avx2"))) qint64 continuationBytesAvx2(const unsigned char* p, size_t n, size_t& done)
{
    const __m256i high = _mm256_set1_epi8(char(0xc0));
    const __m256i continuationByte = _mm256_set1_epi8(char(0x80));
    __m256i total = _mm256_setzero_si256(); // four 64-bit sums
    size_t i = 0;
    while (i + 32 <= n) {
        __m256i counts = _mm256_setzero_si256(); // a counter a byte, summed before it could overflow
        for (int round = 0; round < 255 && i + 32 <= n; ++round, i += 32) {
            const __m256i bytes = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
            const __m256i isContinuation = _mm256_cmpeq_epi8(_mm256_and_si256(bytes, high), continuationByte);
            counts = _mm256_sub_epi8(counts, isContinuation); // -(-1) for each continuation byte
        }
        total = _mm256_add_epi64(total, _mm256_sad_epu8(counts, _mm256_setzero_si256()));
    }
    done = i;
    alignas(32) uint64_t sums[4];
    _mm256_store_si256(reinterpret_cast<__m256i*>(sums), total);
    const uint64_t sum = sums[0] + sums[1] + sums[2] + sums[3];
    return static_cast<qint64>(sum);
}

} // namespace
#endif

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::json)
};

using namespace simdjson;

QString describe(error_code code)
{
    switch (code) {
    case EMPTY:
        return Text::tr("the file is empty");
    case UTF8_ERROR:
        return Text::tr("the text is not valid UTF-8");
    case UNCLOSED_STRING:
        return Text::tr("a string is not closed (the file may be truncated)");
    case INCOMPLETE_ARRAY_OR_OBJECT:
        return Text::tr("an array or object is not closed (the file may be truncated)");
    case TAPE_ERROR:
        return Text::tr("invalid JSON structure (a missing or extra comma, colon or bracket)");
    case NUMBER_ERROR:
    case BIGINT_ERROR:
        return Text::tr("invalid or out-of-range number");
    case STRING_ERROR:
        return Text::tr("invalid string escape");
    case T_ATOM_ERROR:
    case F_ATOM_ERROR:
    case N_ATOM_ERROR:
        return Text::tr("invalid literal (expected true, false or null)");
    case DEPTH_ERROR:
        return Text::tr("the JSON is nested too deeply");
    case UNESCAPED_CHARS:
        return Text::tr("invalid control character in a string");
    case TRAILING_CONTENT:
        return Text::tr("unexpected content after the JSON value");
    case INCORRECT_TYPE:
        return Text::tr("invalid JSON value");
    default:
        return QString::fromUtf8(error_message(code));
    }
}

class Parser
{
public:
    Parser(const char* begin, qsizetype size, const QByteArray& owner, std::string_view deferKey,
           bool measure = true)
        : m_begin(begin)
        , m_size(size)
        , m_owner(owner)
        , m_deferKey(deferKey)
        , m_measure(measure)
    {}

    ondemand::document* document = nullptr;

    // Returns false and records the error (with where it happened) on failure.
    bool value(ondemand::value v, Value& out, int depth);

    error_code code = SUCCESS;
    QString message;
    const char* where = nullptr;

    bool fail(error_code c, const char* at, QString text = {})
    {
        code = c;
        where = at;
        // Where the iterator stopped is closer to the problem than the start of the enclosing value.
        const char* current = nullptr;
        if (document && c != UNESCAPED_CHARS && !document->current_location().get(current) && current &&
            current >= m_begin && current <= m_begin + m_size)
            where = current;
        message = text.isEmpty() ? describe(c) : std::move(text);
        return false;
    }

private:
    bool string(ondemand::value& v, std::string& out);
    // The elements of a deferred array become Raw values, each validated and measured on the way.
    bool deferredArray(ondemand::value v, Value& out, int depth);
    // Walks a value without building it: checks it as value() would and adds nbstripout's size of it.
    bool measure(ondemand::value v, qint64& size, int depth);
    // Objects and arrays deeper than maxDepth are an error (and the recursion's bound).
    bool tooDeep(int depth, const char* at);

    const char* m_begin;
    qsizetype m_size;
    const QByteArray& m_owner;
    std::string_view m_deferKey;
    bool m_measure = true; // deferred values get nbstripout's size (and a full check of their strings)
};

} // namespace

// Code points of valid UTF-8: every byte that is not a continuation byte (10xxxxxx) starts one. Outputs
// hold megabytes of base64 and this is the hottest loop of `slipway strip`: 32 bytes a step with AVX2 where
// the processor has it, else eight at a time in a 64-bit word.
qint64 codePoints(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    qint64 continuation = 0;
    size_t i = 0;
#if defined(__x86_64__)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2)
        continuation += continuationBytesAvx2(p, n, i);
#endif
    while (i + 8 <= n) {
        // Per-byte counters in one word; summed before any byte could overflow (255 rounds).
        uint64_t counts = 0;
        for (int round = 0; round < 255 && i + 8 <= n; ++round, i += 8) {
            uint64_t word;
            std::memcpy(&word, p + i, 8);
            counts += (word & ~(word << 1) & 0x8080808080808080ull) >> 7; // bit 7 set, bit 6 clear
        }
        continuation += qint64((counts * 0x0101010101010101ull) >> 56);
    }
    for (; i < n; ++i)
        continuation += (p[i] & 0xc0) == 0x80;
    return qint64(n) - continuation;
}

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

unsigned hexValue(std::string_view four)
{
    unsigned value = 0;
    for (const char c : four)
        value = value * 16 + unsigned(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    return value;
}

// Checks the escapes of a string's raw content (between the quotes) and counts its characters as Python
// does after decoding (a surrogate pair is one character). False for an invalid escape.
bool scanEscapes(std::string_view content, qint64& characters)
{
    size_t plain = 0;
    for (size_t slash = content.find('\\'); slash != std::string_view::npos;
         slash = content.find('\\', plain)) {
        characters += codePoints(content.substr(plain, slash - plain));
        if (slash + 1 >= content.size())
            return false;
        const char kind = content[slash + 1];
        if (kind == 'u') {
            if (slash + 6 > content.size() || !std::ranges::all_of(content.substr(slash + 2, 4), isHex))
                return false;
            const unsigned unit = hexValue(content.substr(slash + 2, 4));
            plain = slash + 6;
            // A high surrogate followed by a low one is a single character.
            if (unit >= 0xd800 && unit < 0xdc00 && plain + 6 <= content.size() && content[plain] == '\\' &&
                content[plain + 1] == 'u' && std::ranges::all_of(content.substr(plain + 2, 4), isHex)) {
                const unsigned low = hexValue(content.substr(plain + 2, 4));
                if (low >= 0xdc00 && low < 0xe000)
                    plain += 6;
            }
        } else if (std::string_view("\"\\/bfnrt").find(kind) != std::string_view::npos) {
            plain = slash + 2;
        } else {
            return false;
        }
        ++characters;
    }
    characters += codePoints(content.substr(plain));
    return true;
}

// The first raw control character inside a string (simdjson reports it without a position).
const char* firstUnescapedControl(const char* begin, qsizetype size)
{
    bool inString = false;
    for (const char* p = begin; p < begin + size; ++p) {
        if (inString && static_cast<unsigned char>(*p) < 0x20)
            return p;
        if (*p == '"')
            inString = !inString;
        else if (*p == '\\' && inString)
            ++p;
    }
    return nullptr;
}

std::string_view trimmed(std::string_view token)
{
    while (!token.empty() &&
           (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
        token.remove_suffix(1);
    return token;
}

bool Parser::string(ondemand::value& v, std::string& out)
{
    // Raw control characters inside strings are refused by simdjson's first stage (UNESCAPED_CHARS), as
    // Python's strict json refuses them.
    std::string_view text;
    if (const error_code e = v.get_string().get(text))
        // A position in the buffer for the line and column, not a C string.
        // NOLINTNEXTLINE(bugprone-suspicious-stringview-data-usage)
        return fail(e, trimmed(v.raw_json_token()).data());
    out.assign(text);
    return true;
}

bool Parser::deferredArray(ondemand::value v, Value& out, int depth)
{
    const char* at = v.raw_json_token().data();
    ondemand::array array;
    if (const error_code e = v.get_array().get(array))
        return fail(e, at);
    Value::Array elements;
    for (auto result : array) {
        ondemand::value element;
        if (const error_code e = std::move(result).get(element))
            return fail(e, at);
        const char* start = element.raw_json_token().data();
        qint64 size = -1;
        if (!m_measure) {
            // Skipped over on simdjson's structural index: the first stage has checked its structure.
            std::string_view skipped;
            if (const error_code e = element.raw_json().get(skipped))
                return fail(e, start);
            elements.emplace_back(Value::Raw{trimmed(skipped), m_owner, size});
            continue;
        }
        size = 0;
        if (!measure(element, size, depth + 1))
            return false;
        // The iterator now stands on the "," or "]" after the element.
        const char* end = nullptr;
        if (const error_code e = document->current_location().get(end))
            return fail(e, start);
        elements.emplace_back(
            Value::Raw{trimmed(std::string_view(start, size_t(end - start))), m_owner, size});
    }
    out = Value(std::move(elements));
    return true;
}

bool Parser::tooDeep(int depth, const char* at)
{
    // Python's json stops at its recursion limit (1000), so nbformat cannot read such a file either.
    constexpr int maxDepth = 1000;
    if (depth <= maxDepth)
        return false;
    fail(DEPTH_ERROR, at, Text::tr("the JSON is nested more than %1 levels deep").arg(maxDepth));
    return true;
}

bool Parser::measure(ondemand::value v, qint64& size, int depth)
{
    const char* at = v.raw_json_token().data();
    ondemand::json_type type;
    if (const error_code e = v.type().get(type))
        return fail(e, at);
    switch (type) {
    case ondemand::json_type::object: {
        if (tooDeep(depth, at))
            return false;
        ondemand::object object;
        if (const error_code e = v.get_object().get(object))
            return fail(e, at);
        for (auto result : object) {
            ondemand::field field;
            if (const error_code e = std::move(result).get(field))
                return fail(e, at);
            std::string_view key;
            // Where the key is must be asked first: unescaping consumes it (the fuzzer found this).
            const char* keyAt = field.key_raw_json_token().data();
            if (const error_code e = field.unescaped_key().get(key))
                return fail(e, keyAt);
            if (!measure(field.value(), size, depth + 1))
                return false;
        }
        return true;
    }
    case ondemand::json_type::array: {
        if (tooDeep(depth, at))
            return false;
        ondemand::array array;
        if (const error_code e = v.get_array().get(array))
            return fail(e, at);
        for (auto result : array) {
            ondemand::value element;
            if (const error_code e = std::move(result).get(element))
                return fail(e, at);
            if (!measure(element, size, depth + 1))
                return false;
        }
        return true;
    }
    case ondemand::json_type::string: {
        // Checked from the raw text: unescaping into simdjson's string buffer would copy every output.
        const std::string_view token = trimmed(v.raw_json_token());
        if (token.size() < 2 || !scanEscapes(token.substr(1, token.size() - 2), size))
            return fail(STRING_ERROR, at);
        return true;
    }
    case ondemand::json_type::number: {
        Value number;
        if (!value(v, number, 0))
            return false;
        const std::string& text = number.number().text;
        size += text == "Infinity" || text == "NaN" ? 3 : text == "-Infinity" ? 4 : qint64(text.size());
        return true;
    }
    case ondemand::json_type::boolean: {
        bool b = false;
        if (const error_code e = v.get_bool().get(b))
            return fail(e, at);
        size += b ? 4 : 5; // len("True"), len("False")
        return true;
    }
    default: {
        Value null;
        if (!value(v, null, 0))
            return false;
        size += 4; // len("None")
        return true;
    }
    }
}

bool Parser::value(ondemand::value v, Value& out, int depth)
{
    const char* at = v.raw_json_token().data();
    ondemand::json_type type;
    if (const error_code e = v.type().get(type))
        return fail(e, at);
    switch (type) {
    case ondemand::json_type::object: {
        if (tooDeep(depth, at))
            return false;
        ondemand::object object;
        if (const error_code e = v.get_object().get(object))
            return fail(e, at);
        Value::Object members;
        for (auto result : object) {
            ondemand::field field;
            if (const error_code e = std::move(result).get(field))
                return fail(e, at);
            std::string_view key;
            const char* keyAt = field.key_raw_json_token().data();
            if (const error_code e = field.unescaped_key().get(key))
                return fail(e, keyAt);
            Value child;
            const bool defer = !m_deferKey.empty() && key == m_deferKey &&
                               field.value().type().value_unsafe() == ondemand::json_type::array;
            if (defer ? !deferredArray(field.value(), child, depth + 1)
                      : !value(field.value(), child, depth + 1))
                return false;
            // A repeated key keeps its first place and takes the last value, as a Python dict does.
            const auto existing = std::ranges::find(members, key, &Value::Member::first);
            if (existing != members.end())
                existing->second = std::move(child);
            else
                members.emplace_back(std::string(key), std::move(child));
        }
        out = Value(std::move(members));
        return true;
    }
    case ondemand::json_type::array: {
        if (tooDeep(depth, at))
            return false;
        ondemand::array array;
        if (const error_code e = v.get_array().get(array))
            return fail(e, at);
        Value::Array elements;
        for (auto result : array) {
            ondemand::value element;
            if (const error_code e = std::move(result).get(element))
                return fail(e, at);
            elements.emplace_back();
            if (!value(element, elements.back(), depth + 1))
                return false;
        }
        out = Value(std::move(elements));
        return true;
    }
    case ondemand::json_type::string: {
        std::string text;
        if (!string(v, text))
            return false;
        out = Value(std::move(text));
        return true;
    }
    case ondemand::json_type::number: {
        ondemand::number_type numberType;
        if (const error_code e = v.get_number_type().get(numberType))
            return fail(e, at);
        const std::string_view token = trimmed(v.raw_json_token());
        if (numberType == ondemand::number_type::floating_point_number) {
            double d = 0;
            if (const error_code e = v.get_double().get(d))
                return fail(e, at);
            out = Value(Value::Number{pythonFloatRepr(d), false});
            return true;
        }
        // Integers of any size are Python ints: their digits, exactly ("-0" is 0).
        if (numberType != ondemand::number_type::big_integer) {
            int64_t i = 0;
            uint64_t u = 0;
            const error_code e = numberType == ondemand::number_type::signed_integer ? v.get_int64().get(i)
                                                                                     : v.get_uint64().get(u);
            if (e)
                return fail(e, at);
        }
        out = Value(Value::Number{token == "-0" ? std::string("0") : std::string(token), true});
        return true;
    }
    case ondemand::json_type::boolean: {
        bool b = false;
        if (const error_code e = v.get_bool().get(b))
            return fail(e, at);
        out = Value(b);
        return true;
    }
    case ondemand::json_type::null: {
        bool isNull = false;
        if (const error_code e = v.is_null().get(isNull); e || !isNull)
            return fail(e ? e : N_ATOM_ERROR, at);
        out = Value();
        return true;
    }
    default:
        return fail(INCORRECT_TYPE, at);
    }
}

} // namespace

namespace {

// Parses `json`, which lies inside `owner` with at least SIMDJSON_PADDING readable bytes after it.
Result<Value> parseSlice(const QByteArray& owner, std::string_view json, const QString& path,
                         std::string_view deferKey, bool measure = true)
{
    // Every caller guarantees SIMDJSON_PADDING readable bytes after `json`: documents come with padding, and
    // a Raw value is a slice strictly inside one.
    const padded_string_view padded(json.data(), json.size(), json.size() + SIMDJSON_PADDING);
    ondemand::parser parser;
    Parser reader(json.data(), qsizetype(json.size()), owner, deferKey, measure);
    Value root;
    ondemand::document document;
    error_code e = parser.iterate(padded).get(document);
    reader.document = e ? nullptr : &document;
    ondemand::value top;
    if (!e)
        e = document.get_value().get(top);
    // reader.fail() takes a position in the buffer (for the line and column), not a C string.
    if (e == SCALAR_DOCUMENT_AS_VALUE)
        reader.fail(INCORRECT_TYPE, json.data(), // NOLINT(bugprone-suspicious-stringview-data-usage)
                    Text::tr("the JSON value is not an object"));
    else if (e)
        reader.fail(
            e, e == UNESCAPED_CHARS
                   ? firstUnescapedControl(json.data(), // NOLINT(bugprone-suspicious-stringview-data-usage)
                                           qsizetype(json.size()))
                   : nullptr);
    else if (reader.value(top, root, 0) && !document.at_end())
        reader.fail(TRAILING_CONTENT, document.current_location().value_unsafe());

    if (reader.code == SUCCESS)
        return root;
    Error error{Text::tr("read JSON"), path, reader.message};
    if (reader.where && reader.where >= json.data() && reader.where <= json.data() + json.size()) {
        // reader.where is a position in the buffer; data() is its start, not a C string.
        // NOLINTNEXTLINE(bugprone-suspicious-stringview-data-usage)
        const QByteArrayView before(json.data(), reader.where - json.data());
        error.line = int(before.count('\n')) + 1;
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        error.column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    }
    return std::unexpected(error);
}

} // namespace

Result<Value> parse(const QByteArray& text, const QString& path, std::string_view deferKey,
                    bool measureDeferred)
{
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: parse in place when the buffer's spare
    // capacity has room for that (readNotebookBytes reads into such a buffer), else from a padded copy.
    if (text.capacity() - text.size() >= qsizetype(SIMDJSON_PADDING))
        return parseSlice(text, std::string_view(text.constData(), size_t(text.size())), path, deferKey,
                          measureDeferred);
    QByteArray copy = paddedBuffer(text.size());
    copy.append(text);
    return parseSlice(copy, std::string_view(copy.constData(), size_t(copy.size())), path, deferKey,
                      measureDeferred);
}

Result<Value> parseInPlace(const char* data, qsizetype size, const QString& path, std::string_view deferKey,
                           bool measureDeferred)
{
    // Raw values refer to the caller's bytes without owning them (the caller keeps them alive).
    return parseSlice(QByteArray::fromRawData(data, size), std::string_view(data, size_t(size)), path,
                      deferKey, measureDeferred);
}

Result<Value> Value::materialized() const
{
    if (!isRaw())
        return *this;
    const Raw& r = raw();
    return parseSlice(r.owner, r.text, {}, {});
}

qsizetype paddingBytes()
{
    return qsizetype(SIMDJSON_PADDING);
}

QByteArray paddedBuffer(qsizetype size)
{
    QByteArray buffer;
    buffer.reserve(size + qsizetype(SIMDJSON_PADDING));
    return buffer;
}

} // namespace slipway::json
