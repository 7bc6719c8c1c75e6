// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/pipeline/PipelineGraph.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace slipway::pipeline {

PipelineGraph::PipelineGraph(const Pipeline& pipeline)
    : m_pipeline(pipeline)
{
    const qsizetype n = m_pipeline.steps.size();
    m_layer.fill(0, n);
    m_dependents.resize(n);
    m_needs.resize(n);
    // Names to indexes once: a run asks for needs thousands of times (2000 steps at most).
    QHash<QString, qsizetype> byName;
    byName.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        byName.insert(m_pipeline.steps[i].name, i);
    QList<int> missing(n, 0); // needs not yet ordered
    for (qsizetype i = 0; i < n; ++i) {
        for (const QString& need : std::as_const(m_pipeline.steps[i].needs)) {
            const qsizetype j = byName.value(need, -1);
            if (j < 0 || m_needs[i].contains(j))
                continue;
            m_needs[i] << j;
            m_dependents[j] << i;
            ++missing[i];
        }
    }
    // Kahn's algorithm, taking the lowest index first so that equals keep the file's order.
    QList<qsizetype> ready;
    for (qsizetype i = 0; i < n; ++i)
        if (missing[i] == 0)
            ready << i;
    while (!ready.isEmpty()) {
        const auto lowest = std::ranges::min_element(ready);
        const qsizetype step = *lowest;
        ready.erase(lowest);
        m_order << step;
        for (qsizetype dependent : std::as_const(m_dependents[step])) {
            m_layer[dependent] = std::max(m_layer[dependent], m_layer[step] + 1);
            if (--missing[dependent] == 0)
                ready << dependent;
        }
    }
}

QSet<qsizetype> PipelineGraph::ancestors(qsizetype step) const
{
    QSet<qsizetype> seen;
    QList<qsizetype> todo{step};
    while (!todo.isEmpty()) {
        const qsizetype s = todo.takeLast();
        for (qsizetype j : m_needs[s]) {
            if (!seen.contains(j)) {
                seen.insert(j);
                todo << j;
            }
        }
    }
    return seen;
}

QSet<qsizetype> PipelineGraph::descendants(qsizetype step) const
{
    QSet<qsizetype> seen;
    QList<qsizetype> todo{step};
    while (!todo.isEmpty()) {
        const qsizetype s = todo.takeLast();
        for (qsizetype d : m_dependents[s])
            if (!seen.contains(d)) {
                seen.insert(d);
                todo << d;
            }
    }
    return seen;
}

QString dotQuoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"\n"_s, u"\\n"_s);
    return u'"' + escaped + u'"';
}

QByteArray PipelineGraph::toDot() const
{
    QString out = u"digraph pipeline {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n"_s;
    for (qsizetype i : m_order) {
        const StepDef& s = m_pipeline.steps[i];
        out += u"  "_s + dotQuoted(s.name) + u" [tooltip="_s + dotQuoted(s.commandLine()) + u"];\n"_s;
    }
    for (qsizetype i : m_order)
        for (const QString& need : m_pipeline.steps[i].needs)
            out += u"  "_s + dotQuoted(need) + u" -> "_s + dotQuoted(m_pipeline.steps[i].name) + u";\n"_s;
    out += u"}\n"_s;
    return out.toUtf8();
}

QByteArray PipelineGraph::toMermaid() const
{
    // Mermaid ids are restricted: s0, s1, … with the name as the label.
    QString out = u"flowchart LR\n"_s;
    for (qsizetype i : m_order) {
        QString label = m_pipeline.steps[i].name;
        label.replace(u"\""_s, u"#quot;"_s);
        out += u"  s%1[\"%2\"]\n"_s.arg(i).arg(label);
    }
    for (qsizetype i : m_order)
        for (qsizetype j : m_needs[i])
            out += u"  s%1 --> s%2\n"_s.arg(j).arg(i);
    return out.toUtf8();
}

QJsonObject PipelineGraph::toJson() const
{
    QJsonArray steps;
    for (qsizetype i : m_order) {
        const StepDef& s = m_pipeline.steps[i];
        QJsonObject o{{u"name"_s, s.name},
                      {u"uses"_s, kindName(s.kind)},
                      {u"command"_s, s.commandLine()},
                      {u"needs"_s, QJsonArray::fromStringList(s.needs)},
                      {u"layer"_s, m_layer[i]}};
        if (!s.inputs.isEmpty())
            o.insert(u"inputs"_s, QJsonArray::fromStringList(s.inputs));
        if (!s.outputs.isEmpty())
            o.insert(u"outputs"_s, QJsonArray::fromStringList(s.outputs));
        if (!s.when.isEmpty())
            o.insert(u"when"_s, s.when);
        if (s.line > 0)
            o.insert(u"line"_s, s.line);
        steps.append(o);
    }
    return QJsonObject{
        {u"file"_s, m_pipeline.file}, {u"default"_s, m_pipeline.isDefault}, {u"steps"_s, steps}};
}

} // namespace slipway::pipeline
