// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/HostileInputs.h"

namespace slipway::test {

using namespace Qt::StringLiterals;

namespace {

QByteArray nested(int depth, char open, char close, const QByteArray& inner = {})
{
    return QByteArray(depth, open) + inner + QByteArray(depth, close);
}

QByteArray notebook(const QByteArray& cells, const QByteArray& metadata = "{}",
                    const QByteArray& version = "4, \"nbformat_minor\": 5")
{
    return "{\"cells\": [" + cells + "], \"metadata\": " + metadata + ", \"nbformat\": " + version + "}\n";
}

QByteArray cell(const QByteArray& source, const QByteArray& metadata, const QByteArray& outputs,
                const QByteArray& count = "null", const QByteArray& id = "c1")
{
    return "{\"cell_type\": \"code\", \"execution_count\": " + count + ", \"id\": \"" + id +
           "\", \"metadata\": " + metadata + ", \"outputs\": " + outputs + ", \"source\": \"" + source +
           "\"}";
}

QByteArray markdown(const QByteArray& source)
{
    return "{\"cell_type\": \"markdown\", \"id\": \"m1\", \"metadata\": {}, \"source\": \"" + source + "\"}";
}

} // namespace

QByteArray notebookWithCell(const QByteArray& source, const QByteArray& cellMetadata,
                            const QByteArray& outputs)
{
    return notebook(cell(source, cellMetadata, outputs));
}

QList<HostileNotebook> hostileNotebooks()
{
    QList<HostileNotebook> set;
    const auto count = [&](const char* name, const char* key, const QByteArray& value) {
        set.append({QString::fromLatin1(name),
                    notebookWithCell("x = 1", "{\"" + QByteArray(key) + "\": " + value + "}"),
                    QString::fromLatin1(key)});
    };
    // Deep nesting where the parser builds a tree (metadata), where it defers (outputs) and in sources.
    const QByteArray deep = nested(100000, '[', ']');
    set.append({u"deep-metadata.ipynb"_s, notebookWithCell("x = 1", "{\"a\": " + deep + "}"),
                u"nested more than"_s});
    set.append({u"deep-output.ipynb"_s,
                notebookWithCell("x = 1", "{}",
                                 "[{\"output_type\": \"execute_result\", \"execution_count\": 1, "
                                 "\"metadata\": {}, \"data\": {\"text/plain\": " +
                                     deep + "}}]"),
                u""_s}); // a script leaves outputs unread: converting may succeed

    set.append({u"deep-objects.ipynb"_s,
                notebook(cell("x = 1", "{}", "[]"),
                         QByteArray("{\"a\": ").repeated(100000) + "1" + QByteArray(100000, '}')),
                u""_s});
    // Integers past int and past 64 bits, negative ones, floats, in every integer-like key.
    count("lines-to-next-cell-huge.ipynb", "lines_to_next_cell", "99999999999");
    count("lines-to-next-cell-bigint.ipynb", "lines_to_next_cell", "1" + QByteArray(40, '0'));
    count("lines-to-next-cell-negative.ipynb", "lines_to_next_cell", "-99999999999");
    count("lines-to-next-cell-large.ipynb", "lines_to_next_cell", "100000000");
    count("cell-depth-huge.ipynb", "cell_depth", "99999999999");
    count("cell-depth-large.ipynb", "cell_depth", "2000000000");
    set.append({u"lines-to-next-cell-float.ipynb"_s,
                notebookWithCell("x = 1", "{\"lines_to_next_cell\": 1e308}"), u""_s});
    set.append({u"execution-count-huge.ipynb"_s,
                notebook(cell("x = 1", "{}", "[]", "99999999999999999999999")), u""_s});
    set.append(
        {u"nbformat-huge.ipynb"_s, notebook(cell("x = 1", "{}", "[]"), "{}", "99999999999"), u"nbformat"_s});
    set.append({u"nbformat-minor-huge.ipynb"_s,
                notebook(cell("x = 1", "{}", "[]"), "{}", "4, \"nbformat_minor\": 99999999999999999999"),
                u""_s});
    set.append(
        {u"v3-heading-level-huge.ipynb"_s,
         "{\"metadata\": {}, \"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": [{\"cells\": "
         "[{\"cell_type\": \"heading\", \"level\": 99999999999, \"metadata\": {}, \"source\": \"T\"}]}]}\n",
         u"level"_s});
    // Images pointing at a device that never ends and at local files; a scheme the viewer must not fetch.
    set.append({u"images.ipynb"_s,
                notebook(markdown("![zero](/dev/zero) ![passwd](file:///etc/passwd) "
                                  "<img src=\\\"/dev/urandom\\\"> ![net](http://127.0.0.1:9/x.png)") +
                         ", " +
                         cell("x = 1", "{}",
                              "[{\"output_type\": \"display_data\", \"metadata\": {}, \"data\": "
                              "{\"text/html\": \"<img src='/dev/zero'><img src='file:///etc/shadow'>\"}}]")),
                u""_s});
    // Many cells that each ask for the most blank lines allowed: output bounded by the input's size.
    QByteArray many;
    for (int i = 0; i < 2000; ++i)
        many += (i ? ", " : "") +
                cell("x = 1", "{\"lines_to_next_cell\": 1000}", "[]", "null", "c" + QByteArray::number(i));
    set.append({u"many-blank-lines.ipynb"_s, notebook(many), u""_s});
    return set;
}

} // namespace slipway::test
