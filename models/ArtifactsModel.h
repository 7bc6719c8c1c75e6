// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/dist/Artifact.h"

#include <QAbstractItemModel>

namespace slipway {

// Built artifacts as a tree: each artifact (file name, kind, size, version), under it what the inspection
// found, then a "Files" node with every file inside. Filled by whoever inspects; does no I/O itself.
class ArtifactsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        SizeColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        ArtifactIndexRole = Qt::UserRole + 1, // which artifact a row belongs to
        SeverityRole,                         // int(Finding::Severity) on finding rows
        PathRole                              // the artifact's path on artifact rows
    };

    explicit ArtifactsModel(QObject* parent = nullptr);

    void setArtifacts(QList<dist::Artifact> artifacts);
    const QList<dist::Artifact>& artifacts() const { return m_artifacts; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<dist::Artifact> m_artifacts;
};

} // namespace slipway
