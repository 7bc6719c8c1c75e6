// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/NotebookModel.h"

#include <QBuffer>
#include <QImageReader>

namespace slipway {

using notebook::CellDisplay;

NotebookModel::NotebookModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_images(qsizetype{128} * 1024) // 128 MB of decoded images at most
{}

void NotebookModel::setDisplay(notebook::NotebookDisplay display)
{
    beginResetModel();
    m_display = std::move(display);
    m_images.clear();
    m_sizes.clear();
    m_expanded.clear();
    endResetModel();
}

QSize NotebookModel::imageSize(int row, int output) const
{
    const quint64 k = key(row, output);
    if (const auto it = m_sizes.constFind(k); it != m_sizes.constEnd())
        return *it;
    QByteArray data = m_display.cells.at(row).outputs.at(output).data;
    QBuffer buffer(&data);
    QImageReader reader(&buffer);
    const QSize size = reader.size(); // the header only
    m_sizes.insert(k, size);
    return size;
}

QImage NotebookModel::image(int row, int output) const
{
    const quint64 k = key(row, output);
    if (const QImage* cached = m_images.object(k))
        return *cached;
    const auto& shown = m_display.cells.at(row).outputs.at(output);
    auto* decoded = new QImage(QImage::fromData(shown.data));
    const QImage copy = *decoded;
    m_images.insert(k, decoded, qMax<qsizetype>(1, decoded->sizeInBytes() / 1024));
    return copy;
}

void NotebookModel::setExpanded(int row, int output, bool expanded)
{
    if (expanded)
        m_expanded.insert(key(row, output));
    else
        m_expanded.remove(key(row, output));
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

int NotebookModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_display.cells.size());
}

QVariant NotebookModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CellDisplay& c = m_display.cells.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SourceRole:
        return c.source;
    case CellTypeRole:
        return int(c.type);
    case ExecutionCountRole:
        return c.executionCount ? QVariant(*c.executionCount) : QVariant();
    case OutputCountRole:
        return int(c.outputs.size());
    case TagsRole:
        return c.tags;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotebookModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(CellTypeRole, "cellType");
    names.insert(SourceRole, "source");
    names.insert(ExecutionCountRole, "executionCount");
    names.insert(OutputCountRole, "outputCount");
    names.insert(TagsRole, "tags");
    return names;
}

} // namespace slipway
