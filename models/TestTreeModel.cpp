// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TestTreeModel.h"

#include <QColor>

namespace slipway {

using namespace Qt::StringLiterals;
using testing::Outcome;
using testing::TestResult;

namespace {

QColor colourFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return QColor(0x2d, 0xa4, 0x4e);
    case Outcome::Failed:
    case Outcome::Error:
        return QColor(0xd7, 0x3a, 0x4a);
    case Outcome::Skipped:
        return QColor(0xd9, 0x8a, 0x1c);
    case Outcome::NotRun:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

} // namespace

TestTreeModel::TestTreeModel(QObject* parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Test"), tr("Outcome"), tr("Time")});
}

QStandardItem* TestTreeModel::itemFor(const TestResult& test, bool create)
{
    if (QStandardItem* existing = m_tests.value(test.nodeId))
        return existing;
    if (!create)
        return nullptr;
    QStandardItem* parent = m_groups.value(test.file);
    if (!parent) {
        parent = new QStandardItem(test.file);
        parent->setData(test.file, NodeIdRole);
        appendRow({parent, new QStandardItem, new QStandardItem});
        m_groups.insert(test.file, parent);
    }
    if (!test.className.isEmpty()) {
        const QString key = test.file + u"::"_s + test.className;
        QStandardItem* group = m_groups.value(key);
        if (!group) {
            group = new QStandardItem(test.className);
            group->setData(key, NodeIdRole);
            parent->appendRow({group, new QStandardItem, new QStandardItem});
            m_groups.insert(key, group);
        }
        parent = group;
    }
    auto* item = new QStandardItem(test.name.isEmpty() ? test.file : test.name);
    item->setData(test.nodeId, NodeIdRole);
    item->setToolTip(test.nodeId);
    parent->appendRow({item, new QStandardItem, new QStandardItem});
    m_tests.insert(test.nodeId, item);
    return item;
}

void TestTreeModel::show(QStandardItem* item, const TestResult& result)
{
    QStandardItem* parent = item->parent() ? item->parent() : invisibleRootItem();
    QStandardItem* outcome = parent->child(item->row(), OutcomeColumn);
    QStandardItem* time = parent->child(item->row(), TimeColumn);
    outcome->setText(testing::outcomeName(result.outcome));
    outcome->setForeground(colourFor(result.outcome));
    item->setForeground(result.outcome == Outcome::Failed || result.outcome == Outcome::Error
                            ? colourFor(result.outcome)
                            : QBrush());
    if (result.seconds > 0)
        time->setText(u"%1 s"_s.arg(result.seconds, 0, 'f', 3));
    item->setData(QVariant::fromValue(result), ResultRole);
}

void TestTreeModel::setCollection(const testing::Collection& collection)
{
    removeRows(0, rowCount()); // not clear(): the columns (and a view's header settings) stay
    m_tests.clear();
    m_groups.clear();
    m_results.clear();
    for (const TestResult& test : collection.tests)
        itemFor(test, true);
    for (const TestResult& error : collection.errors) {
        // A file that could not be collected is a node of its own, not an empty branch.
        QStandardItem* item = itemFor(error, true);
        item->setText(tr("%1 — could not be collected").arg(error.file));
        show(item, error);
    }
}

void TestTreeModel::setOutcome(const QString& nodeId, Outcome outcome)
{
    TestResult result = m_results.value(nodeId);
    if (result.nodeId.isEmpty()) {
        result.nodeId = nodeId;
        const QStringList parts = nodeId.split(u"::"_s);
        result.file = parts.value(0);
        result.name = parts.size() > 1 ? parts.last() : QString();
        if (parts.size() > 2)
            result.className = parts.mid(1, parts.size() - 2).join(u"::"_s);
    }
    result.outcome = outcome;
    m_results.insert(nodeId, result);
    show(itemFor(result, true), result);
}

void TestTreeModel::setResults(const QList<TestResult>& results)
{
    for (const TestResult& result : results) {
        m_results.insert(result.nodeId, result);
        show(itemFor(result, true), result);
    }
}

QStringList TestTreeModel::nodeIdsUnder(const QModelIndex& index) const
{
    // A test, a class or a file: pytest takes each node id as it is.
    const QModelIndex first = index.siblingAtColumn(NameColumn);
    if (!first.isValid())
        return {};
    return {first.data(NodeIdRole).toString()};
}

QStringList TestTreeModel::failedNodeIds() const
{
    QStringList ids;
    for (auto it = m_results.cbegin(); it != m_results.cend(); ++it)
        if (it->outcome == Outcome::Failed || it->outcome == Outcome::Error)
            ids << it.key();
    ids.sort();
    return ids;
}

const TestResult* TestTreeModel::resultAt(const QModelIndex& index) const
{
    const QString id = index.siblingAtColumn(NameColumn).data(NodeIdRole).toString();
    const auto it = m_results.constFind(id);
    return it == m_results.constEnd() ? nullptr : &*it;
}

} // namespace slipway
