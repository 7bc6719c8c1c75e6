// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QTabWidget>

#include <functional>

namespace slipway {

class CodeEditor;
class NotebookPage;

// The central tabbed editors. Files are read and written by the text-file service off the GUI thread;
// the area only shows them, tracks unsaved changes and asks before they would be lost.
class EditorArea : public QTabWidget
{
    Q_OBJECT
public:
    explicit EditorArea(QWidget* parent = nullptr);

    void openFile(const QString& path);
    // Opens `path` (reading it on the pool when it is not open yet) and puts the cursor on `line`:`column`
    // (1-based); a notebook shows `cell` (1-based) instead when it is given.
    void openAt(const QString& path, int line, int column = 1, int cell = 0);
    // Shows a page that is not a file (history, a review) as a tab, adding it when it is not there yet.
    // Closing the tab deletes the page.
    void showPage(QWidget* page, const QString& title);
    void saveCurrent();
    // Closes every tab, asking about unsaved changes. True when all are closed now; false when the user
    // canceled, or when saves are still running: allClosed() follows once they have landed.
    bool closeAll();
    CodeEditor* editorFor(const QString& path) const;
    NotebookPage* notebookFor(const QString& path) const;
    QString currentPath() const;
    bool hasUnsavedChanges() const;

Q_SIGNALS:
    void fileOpened(const QString& path);
    void fileSaved(const QString& path);
    void allClosed();
    void failed(const slipway::Error& error);

private:
    enum class CloseResult
    {
        Closed,
        Canceled,
        Saving
    };
    CloseResult closeTab(int index);
    // Saves `editor` on the thread pool; `then` runs on success.
    void save(CodeEditor* editor, const std::function<void()>& then = {});
    void updateTabTitle(CodeEditor* editor);
    // Notebooks open in a notebook tab (cells and outputs), not as JSON.
    void openNotebook(const QString& path);

    QStringList m_loading;
    bool m_closingAll = false;
};

} // namespace slipway
