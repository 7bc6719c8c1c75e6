// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/notebook/NotebookDisplay.h"

#include "services/notebook/Notebook.h"

#include <QFileInfo>
#include <QtConcurrentRun>

#include <limits>

namespace slipway::notebook {

using json::Value;

namespace {

QString text(const Value* value)
{
    if (!value)
        return {};
    if (value->isString())
        return QString::fromStdString(value->string());
    if (value->isArray()) { // lists of lines (v3 and unjoined bundles)
        QString joined;
        for (const Value& line : value->array())
            if (line.isString())
                joined += QString::fromStdString(line.string());
        return joined;
    }
    return {};
}

std::optional<int> integer(const Value* value)
{
    return json::boundedInteger(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
}

// The representation Jupyter picks from a bundle, richest first.
std::optional<OutputDisplay> fromBundle(const Value& bundle)
{
    const auto pick = [&](const char* mime) { return bundle.find(mime); };
    if (const Value* png = pick("image/png"))
        return OutputDisplay{OutputDisplay::Kind::Image,
                             {},
                             {},
                             QByteArray::fromBase64(text(png).toLatin1()),
                             QStringLiteral("image/png")};
    if (const Value* jpeg = pick("image/jpeg"))
        return OutputDisplay{OutputDisplay::Kind::Image,
                             {},
                             {},
                             QByteArray::fromBase64(text(jpeg).toLatin1()),
                             QStringLiteral("image/jpeg")};
    if (const Value* svg = pick("image/svg+xml"))
        return OutputDisplay{
            OutputDisplay::Kind::Svg, {}, {}, text(svg).toUtf8(), QStringLiteral("image/svg+xml")};
    if (pick("application/vnd.jupyter.widget-view+json"))
        return OutputDisplay{OutputDisplay::Kind::Widget,
                             {},
                             text(pick("text/plain")),
                             {},
                             QStringLiteral("application/vnd.jupyter.widget-view+json")};
    if (const Value* markdown = pick("text/markdown"))
        return OutputDisplay{
            OutputDisplay::Kind::Markdown, {}, text(markdown), {}, QStringLiteral("text/markdown")};
    if (const Value* html = pick("text/html"))
        return OutputDisplay{OutputDisplay::Kind::Html, {}, text(html), {}, QStringLiteral("text/html")};
    if (const Value* plain = pick("text/plain"))
        return OutputDisplay{OutputDisplay::Kind::Text, {}, text(plain), {}, QStringLiteral("text/plain")};
    return std::nullopt;
}

std::optional<OutputDisplay> outputDisplay(const Value& output, int major)
{
    const Value* kind = output.find("output_type");
    const std::string type = kind && kind->isString() ? kind->string() : std::string();
    if (type == "stream") {
        const Value* name = output.find(major >= 4 ? "name" : "stream");
        return OutputDisplay{OutputDisplay::Kind::Stream,
                             text(name),
                             text(output.find("text")),
                             {},
                             QStringLiteral("text/plain")};
    }
    if (type == "error" || type == "pyerr") {
        QStringList lines;
        if (const Value* traceback = output.find("traceback"); traceback && traceback->isArray())
            for (const Value& line : traceback->array())
                if (line.isString())
                    lines.append(QString::fromStdString(line.string()));
        if (lines.isEmpty())
            lines.append(text(output.find("ename")) + u": " + text(output.find("evalue")));
        return OutputDisplay{
            OutputDisplay::Kind::Error, text(output.find("ename")), lines.join(u'\n'), {}, {}};
    }
    if (major >= 4) {
        if (const Value* data = output.find("data"); data && data->isObject())
            return fromBundle(*data);
        return std::nullopt;
    }
    // nbformat 3: the representations are keys of the output itself ("png", "html", "text"…).
    Value::Object bundle;
    for (const auto& [key, value] : output.object()) {
        static const std::pair<const char*, const char*> keys[] = {
            {"png", "image/png"},  {"jpeg", "image/jpeg"},        {"svg", "image/svg+xml"},
            {"html", "text/html"}, {"markdown", "text/markdown"}, {"text", "text/plain"}};
        for (const auto& [v3, mime] : keys)
            if (key == v3)
                bundle.emplace_back(mime, value);
    }
    return fromBundle(Value(std::move(bundle)));
}

} // namespace

Result<NotebookDisplay> displayOf(const Notebook& notebook)
{
    NotebookDisplay view;
    view.path = notebook.path;
    view.major = notebook.major;
    view.minor = notebook.minor;
    const Value* metadata = notebook.root.find("metadata");
    if (const Value* kernelspec = metadata ? metadata->find("kernelspec") : nullptr)
        view.language = text(kernelspec->find("language"));
    if (view.language.isEmpty())
        if (const Value* info = metadata ? metadata->find("language_info") : nullptr)
            view.language = text(info->find("name"));
    if (view.language.isEmpty())
        view.language = QStringLiteral("python");

    Notebook copy{notebook.root, notebook.major, notebook.minor, notebook.hasVersion, notebook.path};
    for (Value::Array* cells : copy.cellLists()) {
        for (Value& cell : *cells) {
            if (auto materialized = materializeOutputs(copy, cell); !materialized)
                return std::unexpected(materialized.error());
            CellDisplay c;
            const QString type = text(cell.find("cell_type"));
            c.type = type == u"code"  ? CellDisplay::Type::Code
                     : type == u"raw" ? CellDisplay::Type::Raw
                                      : CellDisplay::Type::Markdown; // markdown, and v3's heading cells
            c.source = text(cell.find(cell.contains("input") ? "input" : "source"));
            c.executionCount =
                integer(cell.find(cell.contains("prompt_number") ? "prompt_number" : "execution_count"));
            if (const Value* cellMetadata = cell.find("metadata"))
                if (const Value* tags = cellMetadata->find("tags"); tags && tags->isArray())
                    for (const Value& tag : tags->array())
                        if (tag.isString())
                            c.tags.append(QString::fromStdString(tag.string()));
            if (const Value* outputs = cell.find("outputs"); outputs && outputs->isArray())
                for (const Value& output : outputs->array())
                    if (auto shown = outputDisplay(output, notebook.major))
                        c.outputs.append(std::move(*shown));
            view.cells.append(std::move(c));
        }
    }
    return view;
}

QFuture<Result<NotebookDisplay>> loadNotebookDisplayAsync(const QString& path)
{
    return QtConcurrent::run([path]() -> Result<NotebookDisplay> {
        const auto notebook = readNotebookFile(path);
        if (!notebook)
            return std::unexpected(notebook.error());
        auto view = displayOf(*notebook);
        if (view)
            view->fileSize = QFileInfo(path).size();
        return view;
    });
}

} // namespace slipway::notebook
