// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/notebook/Notebook.h"

#include "services/notebook/PythonText.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <map>
#include <set>

namespace slipway::notebook {

using json::Value;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::notebook)
};

// Thrown inside this file only, to leave the nested walks with a message; never crosses the API.
struct Invalid
{
    QString message;
};

const std::set<std::string, std::less<>> v3MultilineOutputs{"text",  "html",       "svg",
                                                            "latex", "javascript", "json"};
const std::set<std::string, std::less<>> v4SplitMimes{"application/javascript", "image/svg+xml"};

Value::Object& objectAt(Value& value, const QString& what)
{
    if (!value.isObject())
        throw Invalid{QCoreApplication::translate("slipway::notebook", "%1 is not a JSON object").arg(what)};
    return value.object();
}

Value::Array& arrayAt(Value& value, const QString& what)
{
    if (!value.isArray())
        throw Invalid{QCoreApplication::translate("slipway::notebook", "%1 is not a list").arg(what)};
    return value.array();
}

std::string concatenate(const Value::Array& lines, std::string_view separator, const QString& what)
{
    std::string out;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (!lines[i].isString())
            throw Invalid{
                QCoreApplication::translate("slipway::notebook", "%1 holds a value that is not a string")
                    .arg(what)};
        if (i > 0)
            out += separator;
        out += lines[i].string();
    }
    return out;
}

// nbformat 3's _join_lines: lines written by splitlines(True) are concatenated, others joined with "\n".
std::string joinV3(const Value::Array& lines, const QString& what)
{
    const bool keptEnds = !lines.empty() && lines.front().isString() &&
                          (lines.front().string().ends_with('\n') || lines.front().string().ends_with('\r'));
    return concatenate(lines, keptEnds ? "" : "\n", what);
}

Value splitToArray(const std::string& text, bool keepEnds)
{
    Value::Array lines;
    for (std::string& line : python::splitLines(text, keepEnds))
        lines.emplace_back(std::move(line));
    return Value(std::move(lines));
}

QString cellName(size_t index)
{
    return Text::tr("cell %1").arg(index + 1);
}

// --- nbformat 4 (and later minors) ------------------------------------------------------------------

bool isJsonMime(const std::string& mime)
{
    return mime == "application/json" || (mime.starts_with("application/") && mime.ends_with("+json"));
}

void rejoinMimeBundle(Value* bundle)
{
    if (!bundle || !bundle->isObject())
        return;
    for (auto& [mime, value] : bundle->object()) {
        if (isJsonMime(mime) || !value.isArray())
            continue;
        const Value::Array& lines = value.array();
        if (std::ranges::all_of(lines, &Value::isString))
            value = Value(concatenate(lines, "", {}));
    }
}

void splitMimeBundle(Value* bundle)
{
    if (!bundle || !bundle->isObject())
        return;
    for (auto& [mime, value] : bundle->object())
        if (value.isString() && (mime.starts_with("text/") || v4SplitMimes.contains(mime)))
            value = splitToArray(value.string(), true);
}

void forEachAttachment(Value& cell, void (*action)(Value*))
{
    if (Value* attachments = cell.find("attachments"); attachments && attachments->isObject())
        for (auto& [name, bundle] : attachments->object())
            action(&bundle);
}

// nbformat 4's rejoin of one output's multi-line fields.
void rejoinOutputV4(Value& output)
{
    const Value* kind = output.find("output_type");
    const std::string outputType = kind && kind->isString() ? kind->string() : std::string();
    if (outputType == "execute_result" || outputType == "display_data") {
        rejoinMimeBundle(output.find("data"));
    } else if (!outputType.empty()) {
        if (Value* text = output.find("text"); text && text->isArray())
            *text = Value(concatenate(text->array(), "", Text::tr("an output")));
    }
}

// Replaces every Raw value below `value` by its tree (older formats are small and read eagerly).
void materializeAll(Value& value)
{
    if (value.isRaw()) {
        auto tree = value.materialized();
        if (!tree)
            throw Invalid{tree.error().message};
        value = std::move(*tree);
    }
    if (value.isArray())
        for (Value& item : value.array())
            materializeAll(item);
    else if (value.isObject())
        for (auto& [key, item] : value.object())
            materializeAll(item);
}

void readV4(Notebook& notebook)
{
    Value& root = notebook.root;
    Value* cells = root.find("cells");
    if (!cells)
        throw Invalid{Text::tr("not a notebook: it has no \"cells\" list")};
    Value* metadata = root.find("metadata");
    if (!metadata)
        throw Invalid{Text::tr("not a notebook: it has no \"metadata\"")};
    objectAt(*metadata, QStringLiteral("\"metadata\""));
    Value::Array& list = arrayAt(*cells, QStringLiteral("\"cells\""));
    for (size_t i = 0; i < list.size(); ++i) {
        Value& cell = list[i];
        objectAt(cell, cellName(i));
        if (Value* source = cell.find("source"); source && source->isArray())
            *source = Value(concatenate(source->array(), "", Text::tr("the source of %1").arg(cellName(i))));
        forEachAttachment(cell, rejoinMimeBundle);
        const Value* type = cell.find("cell_type");
        if (type && type->isString() && type->string() == "code") {
            Value* outputs = cell.find("outputs");
            if (outputs) {
                for (Value& output : arrayAt(*outputs, Text::tr("the outputs of %1").arg(cellName(i)))) {
                    // Deferred outputs are joined when their tree is first needed (materializeOutputs).
                    if (output.isRaw() ? !output.raw().text.starts_with('{') : !output.isObject())
                        throw Invalid{Text::tr("an output of %1 is not a JSON object").arg(cellName(i))};
                    if (!output.isRaw())
                        rejoinOutputV4(output);
                }
            }
        }
        Value* cellMetadata = cell.find("metadata");
        if (!cellMetadata)
            throw Invalid{Text::tr("%1 has no \"metadata\"").arg(cellName(i))};
        objectAt(*cellMetadata, Text::tr("the metadata of %1").arg(cellName(i)));
        cellMetadata->remove("trusted");
    }
    metadata->remove("orig_nbformat");
    metadata->remove("orig_nbformat_minor");
    metadata->remove("signature");

    if (notebook.major == 4 && notebook.minor < 5)
        return;
    // nbformat gives cells without an id a random one when it validates; ids must be unique.
    std::map<std::string, size_t, std::less<>> seen;
    for (size_t i = 0; i < list.size(); ++i) {
        Value* id = list[i].find("id");
        if (!id) {
            list[i].set("id", Value(QString::number(QRandomGenerator::global()->generate(), 16)
                                        .rightJustified(8, u'0')
                                        .left(8)
                                        .toStdString()));
            continue;
        }
        if (!id->isString())
            throw Invalid{Text::tr("the id of %1 is not a string").arg(cellName(i))};
        if (const auto [it, inserted] = seen.emplace(id->string(), i); !inserted)
            throw Invalid{Text::tr("%1 and %2 have the same id \"%3\"; cell ids must be unique")
                              .arg(cellName(it->second), cellName(i), QString::fromStdString(id->string()))};
    }
}

void writeV4(Value& root)
{
    Value* cells = root.find("cells");
    for (Value& cell : cells->array()) {
        if (Value* source = cell.find("source"); source && source->isString())
            *source = splitToArray(source->string(), true);
        forEachAttachment(cell, splitMimeBundle);
        const Value* type = cell.find("cell_type");
        if (type && type->isString() && type->string() == "code") {
            if (Value* outputs = cell.find("outputs"); outputs && outputs->isArray()) {
                for (Value& output : outputs->array()) {
                    const Value* kind = output.find("output_type");
                    const std::string outputType = kind && kind->isString() ? kind->string() : std::string();
                    if (outputType == "execute_result" || outputType == "display_data")
                        splitMimeBundle(output.find("data"));
                    else if (outputType == "stream")
                        if (Value* text = output.find("text"); text && text->isString())
                            *text = splitToArray(text->string(), true);
                }
            }
        }
        if (Value* metadata = cell.find("metadata"))
            metadata->remove("trusted");
    }
    if (Value* metadata = root.find("metadata")) {
        metadata->remove("orig_nbformat");
        metadata->remove("orig_nbformat_minor");
        metadata->remove("signature");
    }
}

// --- nbformat 2 and 3 -------------------------------------------------------------------------------

// Visits the multi-line fields of a v2/v3 notebook: `input` of code cells, the multi-line keys of their
// outputs, `source`/`rendered` of the others.
template <typename Visit>
void forEachMultiline(Value& root, Visit&& visit)
{
    Value* worksheets = root.find("worksheets");
    if (!worksheets)
        throw Invalid{Text::tr("not a notebook: it has no \"worksheets\" list")};
    size_t index = 0;
    for (Value& worksheet : arrayAt(*worksheets, QStringLiteral("\"worksheets\""))) {
        objectAt(worksheet, Text::tr("a worksheet"));
        Value* cells = worksheet.find("cells");
        if (!cells)
            throw Invalid{Text::tr("a worksheet has no \"cells\" list")};
        for (Value& cell : arrayAt(*cells, QStringLiteral("\"cells\""))) {
            const QString name = cellName(index++);
            objectAt(cell, name);
            const Value* type = cell.find("cell_type");
            if (type && type->isString() && type->string() == "code") {
                if (Value* input = cell.find("input"))
                    visit(*input, name);
                Value* outputs = cell.find("outputs");
                if (!outputs)
                    throw Invalid{Text::tr("%1 has no \"outputs\"").arg(name)};
                for (Value& output : arrayAt(*outputs, Text::tr("the outputs of %1").arg(name)))
                    for (auto& [key, value] : objectAt(output, Text::tr("an output of %1").arg(name)))
                        if (v3MultilineOutputs.contains(key))
                            visit(value, name);
            } else {
                for (const char* key : {"source", "rendered"})
                    if (Value* value = cell.find(key))
                        visit(*value, name);
            }
        }
    }
}

void stripTransientV3(Value& root)
{
    root.remove("orig_nbformat");
    root.remove("orig_nbformat_minor");
    if (Value* worksheets = root.find("worksheets"))
        for (Value& worksheet : worksheets->array())
            if (Value* cells = worksheet.find("cells"))
                for (Value& cell : cells->array()) {
                    if (Value* metadata = cell.find("metadata"); metadata && metadata->isObject())
                        metadata->remove("trusted");
                    cell.remove("trusted");
                }
}

struct FormatRules
{
    json::WriteOptions write;
};

FormatRules rulesFor(const Notebook& notebook)
{
    if (notebook.major >= 4)
        return {{1, true, false}};
    if (notebook.major >= 2)
        return {{1, true, true}};
    return {{4, false, true}};
}

} // namespace

std::vector<Value::Array*> Notebook::cellLists()
{
    std::vector<Value::Array*> lists;
    if (hasVersion && major < 4) {
        if (Value* worksheets = root.find("worksheets"); worksheets && worksheets->isArray())
            for (Value& worksheet : worksheets->array())
                if (Value* cells = worksheet.find("cells"); cells && cells->isArray())
                    lists.push_back(&cells->array());
    } else if (Value* cells = root.find("cells"); cells && cells->isArray()) {
        lists.push_back(&cells->array());
    }
    return lists;
}

std::vector<const Value::Array*> Notebook::cellLists() const
{
    std::vector<const Value::Array*> lists;
    for (Value::Array* list : const_cast<Notebook*>(this)->cellLists())
        lists.push_back(list);
    return lists;
}

namespace {
Result<Notebook> notebookFrom(Result<Value> parsed, const QString& path);
}

Result<Notebook> parseNotebook(const QByteArray& bytes, const QString& path, bool forScript)
{
    return notebookFrom(json::parse(bytes, path, "outputs", !forScript), path);
}

Result<Notebook> parseNotebookInPlace(QByteArrayView bytes, const QString& path, bool forScript)
{
    return notebookFrom(json::parseInPlace(bytes.constData(), bytes.size(), path, "outputs", !forScript),
                        path);
}

namespace {

Result<Notebook> notebookFrom(Result<Value> parsed, const QString& path)
{
    if (!parsed)
        return std::unexpected(parsed.error());
    const QString operation = Text::tr("read notebook");
    if (!parsed->isObject())
        return fail(operation, path, Text::tr("not a notebook: the JSON value is not an object"));
    Notebook notebook;
    notebook.path = path;
    notebook.root = std::move(*parsed);
    if (const Value* version = notebook.root.find("nbformat")) {
        if (!version->isNumber() || !version->number().isInteger || version->number().text.size() > 6)
            return fail(operation, path,
                        Text::tr("unsupported nbformat version %1").arg(QString::fromStdString([&] {
                            std::string text;
                            json::write(*version, {}, text);
                            return text;
                        }())));
        notebook.major = json::boundedInteger(version, 0, 999999).value_or(0);
        notebook.hasVersion = true;
    }
    if (const Value* minor = notebook.root.find("nbformat_minor");
        minor && minor->isNumber() && minor->number().isInteger && minor->number().text.size() <= 6)
        notebook.minor = json::boundedInteger(minor, 0, 999999).value_or(0);
    if (notebook.major < 1 || notebook.major > 4)
        return fail(operation, path, Text::tr("unsupported nbformat version %1").arg(notebook.major));

    try {
        if (notebook.major != 4 || !notebook.hasVersion)
            materializeAll(notebook.root);
        if (notebook.major == 4 || !notebook.hasVersion) {
            if (notebook.hasVersion)
                readV4(notebook);
            else if (!notebook.root.find("cells") || !notebook.root.find("cells")->isArray())
                throw Invalid{Text::tr("not a notebook: it has no \"cells\" list")};
        } else if (notebook.major == 3) {
            forEachMultiline(notebook.root, [](Value& value, const QString& name) {
                if (value.isArray())
                    value = Value(joinV3(value.array(), name));
            });
            stripTransientV3(notebook.root);
        } else if (notebook.major == 2) {
            forEachMultiline(notebook.root, [](Value& value, const QString& name) {
                if (value.isArray())
                    value = Value(concatenate(value.array(), "\n", name));
            });
        }
    } catch (const Invalid& invalid) {
        return fail(operation, path, invalid.message);
    }
    return notebook;
}

} // namespace

Result<void> materializeOutputs(const Notebook& notebook, Value& cell)
{
    Value* outputs = cell.find("outputs");
    if (!outputs || !outputs->isArray())
        return {};
    for (Value& output : outputs->array()) {
        if (!output.isRaw())
            continue;
        auto tree = output.materialized();
        if (!tree)
            return fail(Text::tr("read notebook"), notebook.path, tree.error().message);
        output = std::move(*tree);
        try {
            rejoinOutputV4(output);
        } catch (const Invalid& invalid) {
            return fail(Text::tr("read notebook"), notebook.path, invalid.message);
        }
    }
    return {};
}

Result<QByteArray> serializeNotebook(const Notebook& notebook)
{
    Notebook copy{notebook.root, notebook.major, notebook.minor, notebook.hasVersion, notebook.path};
    Value& root = copy.root;
    if (notebook.hasVersion && notebook.major == 4) {
        for (Value::Array* cells : copy.cellLists())
            for (Value& cell : *cells)
                if (auto materialized = materializeOutputs(copy, cell); !materialized)
                    return std::unexpected(materialized.error());
        writeV4(root);
    } else if (notebook.hasVersion && notebook.major == 3) {
        stripTransientV3(root);
        forEachMultiline(root, [](Value& value, const QString&) {
            if (value.isString())
                value = splitToArray(value.string(), true);
        });
    } else if (notebook.hasVersion && notebook.major == 2) {
        forEachMultiline(root, [](Value& value, const QString&) {
            if (value.isString())
                value = splitToArray(value.string(), false);
        });
    }
    std::string out;
    json::write(root, rulesFor(notebook).write, out);
    out += '\n';
    return QByteArray::fromStdString(out);
}

} // namespace slipway::notebook
