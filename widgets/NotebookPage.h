// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QListView>
#include <QWidget>

class QLabel;
class QUndoStack;

namespace slipway {

class NotebookCellDelegate;
class NotebookModel;

// The cells of a notebook, read-only, scrolling per pixel. Only visible cells are laid out and painted.
class NotebookView : public QListView
{
    Q_OBJECT
public:
    explicit NotebookView(NotebookModel* model, QWidget* parent = nullptr);

protected:
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    NotebookCellDelegate* m_delegate;
};

// A notebook's tab: a line about the file and its cells, over the view. Reads the file off the GUI thread.
class NotebookPage : public QWidget
{
    Q_OBJECT
public:
    explicit NotebookPage(const QString& path, QWidget* parent = nullptr);

    QString path() const { return m_path; }
    NotebookModel* model() const { return m_model; }
    NotebookView* view() const { return m_view; }
    QUndoStack* undoStack() const { return m_undo; }

    // Plans stripping this notebook (with the project's settings), shows the plan when `ask`, and applies
    // it as one undoable step.
    void stripOutputs(bool ask = true);
    // Reads the file again.
    void reload();
    // Writes `bytes` to the notebook off the GUI thread, then reloads (the strip command's redo and undo).
    void writeAndReload(const QByteArray& bytes);

Q_SIGNALS:
    void loaded();
    void failed(const slipway::Error& error);
    void message(const QString& text);

private:
    QString m_path;
    NotebookModel* m_model;
    NotebookView* m_view;
    QLabel* m_summary;
    QUndoStack* m_undo;
};

} // namespace slipway
