// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QStringList>

#include <memory>
#include <vector>

namespace slipway {

// The project's files as a tree (folders first, then files, each sorted by name), built from the
// relative paths of a ProjectInfo snapshot. setFiles() replaces the whole tree.
class ProjectFilesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        RelativePathRole = Qt::UserRole + 1,
        AbsolutePathRole,
        IsFolderRole
    };

    explicit ProjectFilesModel(QObject* parent = nullptr);
    ~ProjectFilesModel() override;

    void setFiles(const QString& root, const QStringList& relativePaths);
    QString root() const { return m_root; }
    QModelIndex indexForPath(const QString& relativePath) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        QString name;
        QString relativePath;
        bool folder = false;
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node* nodeFor(const QModelIndex& index) const;

    QString m_root;
    std::unique_ptr<Node> m_tree;
};

} // namespace slipway
