// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTreeView;
class QLineEdit;
class QSortFilterProxyModel;

namespace slipway {

class ProjectFilesModel;

// The project's files as a tree with a filter box; activating a file asks for it to be opened.
class ProjectPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectPanel(ProjectFilesModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }

Q_SIGNALS:
    void fileActivated(const QString& absolutePath);

private:
    ProjectFilesModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QTreeView* m_view;
};

} // namespace slipway
