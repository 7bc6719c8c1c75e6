// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/notebook/Strip.h"

#include "services/notebook/PythonText.h"

#include <QCoreApplication>

#include <optional>

namespace slipway::notebook {

using json::Value;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::notebook::Strip)
};

// dict.pop(key) where `key` may name nested keys with dots; a key that exists as a whole wins.
bool popRecursive(Value* object, std::string_view key)
{
    if (!object || !object->isObject())
        return false;
    if (object->remove(key))
        return true;
    const size_t dot = key.find('.');
    if (dot == std::string_view::npos)
        return false;
    return popRecursive(object->find(key.substr(0, dot)), key.substr(dot + 1));
}

// nbstripout's get_size: characters of all strings, recursively (dict keys not counted), len(str(x)) for
// the rest.
qint64 sizeOf(const Value& value)
{
    if (value.isRaw())
        return value.raw().size; // measured when it was read
    if (value.isString())
        return qint64(python::length(value.string()));
    if (value.isArray()) {
        qint64 total = 0;
        for (const Value& item : value.array())
            total += sizeOf(item);
        return total;
    }
    if (value.isObject()) {
        qint64 total = 0;
        for (const auto& [key, item] : value.object())
            total += sizeOf(item);
        return total;
    }
    if (value.isNull())
        return 4; // None
    if (value.isBool())
        return value.toBool() ? 4 : 5;             // True, False
    const std::string& text = value.number().text; // str() of a number is its JSON text, but for these
    return text == "Infinity" ? 3 : text == "-Infinity" ? 4 : text == "NaN" ? 3 : qint64(text.size());
}

bool hasTag(const Value& cell, const std::string& tag)
{
    const Value* metadata = cell.find("metadata");
    const Value* tags = metadata ? metadata->find("tags") : nullptr;
    if (!tags)
        return false;
    if (tags->isArray())
        return std::ranges::any_of(tags->array(),
                                   [&](const Value& t) { return t.isString() && t.string() == tag; });
    return tags->isString() && tags->string().find(tag) != std::string::npos; // `in` on a str
}

bool isEmptyCell(const Value& cell)
{
    const Value* source = cell.find("source");
    if (!source)
        return true;
    if (source->isString())
        return !python::hasNonSpace(source->string());
    if (source->isArray())
        return std::ranges::none_of(source->array(), [](const Value& line) {
            return line.isString() ? python::hasNonSpace(line.string()) : true;
        });
    return false;
}

// determine_keep_output: init_cell first, then keep_output metadata and tag.
Result<bool> keepOutputOf(const Value& cell, bool fallback, bool stripInitCells, size_t index,
                          const QString& path)
{
    const Value* metadata = cell.find("metadata");
    if (!metadata)
        return fallback;
    if (const Value* init = metadata->find("init_cell"))
        return init->truthy() && !stripInitCells;
    const Value* keep = metadata->find("keep_output");
    const bool keepMetadata = keep && keep->truthy();
    const bool keepTag = hasTag(cell, "keep_output");
    if (keep && keepTag && !keepMetadata)
        return fail(Text::tr("strip outputs"), path,
                    Text::tr("cell %1: cell metadata contradicts tags: `keep_output` is false, but "
                             "`keep_output` in tags")
                        .arg(index + 1));
    if (keep || keepTag)
        return keepMetadata || keepTag;
    return fallback;
}

// "stream" or "stream:stdout": an output_type, and optionally the stream's name.
struct OutputType
{
    std::string type;
    std::optional<std::string> name;
};

std::vector<OutputType> outputTypes(const QStringList& specs)
{
    std::vector<OutputType> types;
    for (const QString& spec : specs) {
        const qsizetype colon = spec.indexOf(u':');
        if (colon < 0)
            types.push_back({spec.toStdString(), std::nullopt});
        else
            types.push_back({spec.left(colon).toStdString(), spec.mid(colon + 1).toStdString()});
    }
    return types;
}

bool matchesAny(const std::vector<OutputType>& types, const Value& output)
{
    const auto field = [&](const char* key) -> std::optional<std::string> {
        const Value* value = output.find(key);
        return value && value->isString() ? std::optional(value->string()) : std::nullopt;
    };
    return std::ranges::any_of(types, [&](const OutputType& t) {
        return field("output_type") == t.type && (!t.name || field("name") == t.name);
    });
}

// Sets `slot` to `value` and notes whether that changed anything.
void assign(Value& slot, Value value, bool& changed)
{
    if (!(slot == value)) {
        slot = std::move(value);
        changed = true;
    }
}

} // namespace

QStringList StripOptions::defaultExtraKeys()
{
    return {QStringLiteral("metadata.signature"),      QStringLiteral("metadata.widgets"),
            QStringLiteral("cell.metadata.collapsed"), QStringLiteral("cell.metadata.ExecuteTime"),
            QStringLiteral("cell.metadata.execution"), QStringLiteral("cell.metadata.heading_collapsed"),
            QStringLiteral("cell.metadata.hidden"),    QStringLiteral("cell.metadata.scrolled")};
}

Result<qint64> StripOptions::parseSize(const QString& text)
{
    const QString upper = text.trimmed().toUpper();
    qint64 factor = 1;
    QString digits = upper;
    if (upper.endsWith(u'K') || upper.endsWith(u'M') || upper.endsWith(u'G')) {
        factor = upper.endsWith(u'K') ? 1000 : upper.endsWith(u'M') ? 1000'000 : 1000'000'000;
        digits.chop(1);
    }
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok || number < 0)
        return fail(QStringLiteral("--max-size"), {},
                    Text::tr("%1 is not a size (a number, optionally with k, M or G)").arg(text));
    return number * factor;
}

Result<StrippedNote> stripZeppelin(const QByteArray& bytes, const QString& path)
{
    auto parsed = json::parse(bytes, path);
    if (!parsed)
        return std::unexpected(parsed.error());
    Value* paragraphs = parsed->find("paragraphs");
    if (!paragraphs || !paragraphs->isArray())
        return fail(Text::tr("strip Zeppelin note"), path,
                    Text::tr("not a Zeppelin note: it has no \"paragraphs\" list"));
    StrippedNote note;
    for (Value& paragraph : paragraphs->array())
        if (Value* results = paragraph.find("results"))
            assign(*results, Value(Value::Object{}), note.changed);
    std::string out;
    json::write(*parsed, {.indent = 2, .sortKeys = false, .ensureAscii = true}, out);
    out += '\n';
    note.bytes = QByteArray::fromStdString(out);
    return note;
}

Result<StripReport> strip(Notebook& notebook, const StripOptions& options)
{
    StripReport report;
    Value& root = notebook.root;

    QStringList keys = StripOptions::defaultExtraKeys() + options.extraKeys;
    keys.removeIf([&](const QString& key) { return options.keepMetadataKeys.contains(key); });
    std::vector<std::string> notebookKeys, cellKeys;
    for (const QString& key : std::as_const(keys)) {
        const qsizetype dot = key.indexOf(u'.');
        const QString head = key.left(dot);
        if (dot < 0 || (head != u"cell" && head != u"metadata")) {
            report.warnings.append(Text::tr("Ignoring invalid extra key `%1`").arg(key));
            continue;
        }
        (head == u"metadata" ? notebookKeys : cellKeys).push_back(key.mid(dot + 1).toStdString());
    }

    Value* metadata = root.find("metadata");
    if (!metadata || !metadata->isObject()) // nbstripout reads the notebook's metadata for keep_output
        return fail(Text::tr("strip outputs"), notebook.path,
                    Text::tr("not a notebook: it has no \"metadata\""));
    std::optional<bool> keepOutput;
    if (options.keepOutput)
        keepOutput = true;
    else if (const Value* keep = metadata ? metadata->find("keep_output") : nullptr)
        keepOutput = keep->truthy();
    for (const std::string& key : notebookKeys)
        report.changed |= popRecursive(metadata, key);

    const std::vector<OutputType> keepTypes = outputTypes(options.keepOutputTypes);
    const std::vector<OutputType> dropTypes = outputTypes(options.dropOutputTypes);
    std::vector<std::string> dropTags;
    for (const QString& tag : options.dropTaggedCells)
        dropTags.push_back(tag.toStdString());

    size_t index = 0;
    for (Value::Array* cells : notebook.cellLists()) {
        const auto removed = std::erase_if(*cells, [&](const Value& cell) {
            return (options.dropEmptyCells && isEmptyCell(cell)) ||
                   std::ranges::any_of(dropTags, [&](const std::string& tag) { return hasTag(cell, tag); });
        });
        report.changed |= removed > 0;
        for (Value& cell : *cells) {
            const auto keep =
                keepOutputOf(cell, keepOutput.value_or(false), options.stripInitCells, index, notebook.path);
            if (!keep)
                return std::unexpected(keep.error());
            if (Value* outputs = cell.find("outputs"); outputs && outputs->isArray()) {
                // Output types need the outputs' trees; without those options raw outputs stay unread.
                if (!keepTypes.empty() || !dropTypes.empty())
                    if (auto materialized = materializeOutputs(notebook, cell); !materialized)
                        return std::unexpected(materialized.error());
                if (!*keep || !keepTypes.empty()) {
                    report.changed |=
                        std::erase_if(outputs->array(), [&](const Value& output) {
                            return sizeOf(output) > options.maxSize && !matchesAny(keepTypes, output);
                        }) > 0;
                }
                if (!options.keepCount && !outputs->array().empty()) {
                    if (auto materialized = materializeOutputs(notebook, cell); !materialized)
                        return std::unexpected(materialized.error());
                    for (Value& output : outputs->array())
                        if (Value* count = output.find("execution_count"))
                            assign(*count, Value(), report.changed);
                }
                if (!dropTypes.empty())
                    report.changed |= std::erase_if(outputs->array(), [&](const Value& output) {
                                          return matchesAny(dropTypes, output);
                                      }) > 0;
            }
            if (!options.keepCount) {
                if (Value* prompt = cell.find("prompt_number"))
                    assign(*prompt, Value(), report.changed);
                if (Value* count = cell.find("execution_count"))
                    assign(*count, Value(), report.changed);
            }
            if (Value* id = cell.find("id"); id && !options.keepId)
                assign(*id, Value(std::to_string(index)), report.changed);
            for (const std::string& key : cellKeys)
                report.changed |= popRecursive(&cell, key);
            ++index;
        }
    }
    return report;
}

Result<QByteArray> cleanNotebook(const StripOptions& options, const QString& path, const QByteArray& content)
{
    if (path.endsWith(u".zpln", Qt::CaseInsensitive)) {
        auto note = stripZeppelin(content, path);
        if (!note)
            return std::unexpected(note.error());
        return note->bytes;
    }
    // parseNotebook reads padded buffers (readNotebookBytes) in place and copies the others once.
    auto parsed = parseNotebook(content, path);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (auto report = strip(*parsed, options); !report)
        return std::unexpected(report.error());
    return serializeNotebook(*parsed);
}

} // namespace slipway::notebook
