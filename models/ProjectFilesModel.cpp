// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ProjectFilesModel.h"

#include <QHash>

#include <algorithm>

namespace slipway {

ProjectFilesModel::ProjectFilesModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_tree(std::make_unique<Node>())
{
    m_tree->folder = true;
}

ProjectFilesModel::~ProjectFilesModel() = default;

void ProjectFilesModel::setFiles(const QString& root, const QStringList& relativePaths)
{
    beginResetModel();
    m_root = root;
    m_tree = std::make_unique<Node>();
    m_tree->folder = true;
    QHash<QString, Node*> folders{{QString(), m_tree.get()}};

    // Appends the node for `path` (a file or folder) under its parent folder's node.
    const auto addNode = [](Node* parentNode, const QString& path, bool folder) {
        auto node = std::make_unique<Node>();
        node->name = path.mid(path.lastIndexOf(u'/') + 1);
        node->relativePath = path;
        node->folder = folder;
        node->parent = parentNode;
        return parentNode->children.emplace_back(std::move(node)).get();
    };
    // The node of folder `path`, created with its parents on first use.
    const auto folderFor = [&](const QString& path, const auto& self) -> Node* {
        if (Node* existing = folders.value(path))
            return existing;
        const qsizetype slash = path.lastIndexOf(u'/');
        Node* folder = addNode(self(slash < 0 ? QString() : path.left(slash), self), path, true);
        folders.insert(path, folder);
        return folder;
    };
    for (const QString& file : relativePaths) {
        const qsizetype slash = file.lastIndexOf(u'/');
        addNode(folderFor(slash < 0 ? QString() : file.left(slash), folderFor), file, false);
    }
    for (Node* folder : std::as_const(folders)) {
        std::ranges::sort(folder->children, [](const auto& a, const auto& b) {
            if (a->folder != b->folder)
                return a->folder;
            const int byName = QString::compare(a->name, b->name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a->name < b->name;
        });
        for (int row = 0; row < int(folder->children.size()); ++row)
            folder->children[size_t(row)]->row = row;
    }
    endResetModel();
}

QModelIndex ProjectFilesModel::indexForPath(const QString& relativePath) const
{
    QModelIndex current;
    const Node* node = m_tree.get();
    const auto parts = relativePath.split(u'/', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const auto it =
            std::ranges::find_if(node->children, [&](const auto& child) { return child->name == part; });
        if (it == node->children.end())
            return {};
        node = it->get();
        current = index(node->row, 0, current);
    }
    return current;
}

ProjectFilesModel::Node* ProjectFilesModel::nodeFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_tree.get();
}

QModelIndex ProjectFilesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFor(parent)->children[size_t(row)].get());
}

QModelIndex ProjectFilesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_tree.get())
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node*>(parentNode));
}

int ProjectFilesModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ProjectFilesModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant ProjectFilesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->name;
    case Qt::ToolTipRole:
    case RelativePathRole:
        return node->relativePath;
    case AbsolutePathRole:
        return QString(m_root + u'/' + node->relativePath);
    case IsFolderRole:
        return node->folder;
    default:
        return {};
    }
}

QVariant ProjectFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Name");
    return {};
}

QHash<int, QByteArray> ProjectFilesModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(RelativePathRole, "relativePath");
    names.insert(AbsolutePathRole, "absolutePath");
    names.insert(IsFolderRole, "isFolder");
    return names;
}

} // namespace slipway
