// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/notebook/NotebookDisplay.h"

#include <QAbstractListModel>
#include <QCache>
#include <QHash>
#include <QImage>
#include <QSet>

namespace slipway {

// The cells of one notebook, from a NotebookDisplay snapshot. Images are decoded when first asked for and
// kept in a bounded cache; their sizes come from the image headers, so laying out needs no decoding.
class NotebookModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        CellTypeRole = Qt::UserRole + 1,
        SourceRole,
        ExecutionCountRole,
        OutputCountRole,
        TagsRole
    };

    explicit NotebookModel(QObject* parent = nullptr);

    void setDisplay(notebook::NotebookDisplay display);
    const notebook::NotebookDisplay& display() const { return m_display; }
    const notebook::CellDisplay& cell(int row) const { return m_display.cells.at(row); }

    QSize imageSize(int row, int output) const;
    QImage image(int row, int output) const;

    // Long outputs show their beginning until the user asks for all of them.
    bool isExpanded(int row, int output) const { return m_expanded.contains(key(row, output)); }
    void setExpanded(int row, int output, bool expanded);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static quint64 key(int row, int output) { return (quint64(quint32(row)) << 32) | quint32(output); }

    notebook::NotebookDisplay m_display;
    mutable QCache<quint64, QImage> m_images; // cost in KB
    mutable QHash<quint64, QSize> m_sizes;
    QSet<quint64> m_expanded;
};

} // namespace slipway
