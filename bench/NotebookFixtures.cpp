// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/NotebookFixtures.h"

#include "services/notebook/Notebook.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include "bench/BenchSupport.h"
#include <string>

namespace slipway::bench {

QByteArray generatedNotebook(int megabytes)
{
    QRandomGenerator random(42);
    const qsizetype target = qsizetype(megabytes) * 1024 * 1024;
    const int cells = 2000;
    const qsizetype pngBytes = target / cells * 9 / 16;
    std::string out = "{\n \"cells\": [\n";
    out.reserve(size_t(target) + 1024 * 1024);
    for (int i = 0; i < cells; ++i) {
        QByteArray png(pngBytes, Qt::Uninitialized);
        for (char& c : png)
            c = char(random.bounded(256));
        const std::string n = std::to_string(i);
        out += "  {\n   \"cell_type\": \"code\",\n   \"execution_count\": " + std::to_string(i + 1) +
               ",\n   \"id\": \"c" + n +
               "\",\n   \"metadata\": {\n    \"scrolled\": true\n   },\n   \"outputs\": [\n" +
               "    {\n     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n     \"text\": [\n";
        for (int line = 0; line < 40; ++line)
            out += "      \"row " + std::to_string(line) + ": " + std::string(60, 'x') +
                   (line < 39 ? "\\n\",\n" : "\"\n");
        out += "     ]\n    },\n    {\n     \"data\": {\n      \"image/png\": \"";
        out += png.toBase64().toStdString();
        out +=
            "\",\n      \"text/plain\": [\n       \"<Figure size 640x480 with 1 Axes>\"\n      ]\n     },\n"
            "     \"metadata\": {},\n     \"output_type\": \"display_data\"\n    }\n   ],\n   \"source\": [\n"
            "    \"import numpy as np\\n\",\n    \"x = np.linspace(0, 1, " +
            n + ")\\n\",\n    \"plt.plot(x, x ** 2)\"\n   ]\n  }" + (i + 1 < cells ? ",\n" : "\n");
    }
    out += " ],\n \"metadata\": {\n  \"kernelspec\": {\n   \"display_name\": \"Python 3\",\n   \"language\": "
           "\"python\",\n   \"name\": \"python3\"\n  }\n },\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
    return QByteArray::fromStdString(out);
}

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

} // namespace

QString largeNotebookRepository(const QString& name, bool jupytextTextconv)
{
    const QString repo = workPath(name);
    if (QFile::exists(repo + QStringLiteral("/large.ipynb")))
        return repo;
    QDir().mkpath(repo);
    const auto git = [&](const QStringList& arguments) { runTool(QStringLiteral("git"), arguments, repo); };
    git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
    if (jupytextTextconv) {
        git({QStringLiteral("config"), QStringLiteral("diff.jupytext.textconv"),
             QStringLiteral("jupytext --to py:percent -o -")});
        writeFile(repo + QStringLiteral("/.gitattributes"), "*.ipynb diff=jupytext\n");
    }
    const QByteArray notebook = generatedNotebook(60);
    writeFile(repo + QStringLiteral("/large.ipynb"), notebook);
    git({QStringLiteral("add"), QStringLiteral(".")});
    git({QStringLiteral("-c"), QStringLiteral("user.name=Bench"), QStringLiteral("-c"),
         QStringLiteral("user.email=bench@bench.invalid"), QStringLiteral("commit"), QStringLiteral("-qm"),
         QStringLiteral("large")});
    auto parsed = notebook::parseNotebook(notebook, QStringLiteral("large.ipynb"));
    if (!parsed)
        return repo;
    auto& cells = *parsed->cellLists().front();
    int edited = 0;
    for (size_t i = 0; i < cells.size() && edited < 20; i += cells.size() / 20) {
        json::Value* source = cells[i].find("source");
        if (!source || !source->isString())
            continue;
        source->string() += "\nprint('reviewed')";
        if (json::Value* count = cells[i].find("execution_count"))
            *count = json::Value::integer(9999);
        ++edited;
    }
    if (auto bytes = notebook::serializeNotebook(*parsed))
        writeFile(repo + QStringLiteral("/large.ipynb"), *bytes);
    return repo;
}

} // namespace slipway::bench
