// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/EditorArea.h"

#include "services/core/Continuation.h"
#include "services/project/TextFile.h"
#include "widgets/CodeEditor.h"
#include "widgets/NotebookPage.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>

namespace slipway {

EditorArea::EditorArea(QWidget* parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setElideMode(Qt::ElideMiddle);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(index); });
}

void EditorArea::openAt(const QString& path, int line, int column, int cell)
{
    const auto place = [this, path, line, column, cell] {
        if (cell > 0) {
            if (NotebookPage* page = notebookFor(path)) {
                const QModelIndex index = page->view()->model()->index(cell - 1, 0);
                page->view()->scrollTo(index, QAbstractItemView::PositionAtTop);
                page->view()->setCurrentIndex(index);
            }
            return;
        }
        if (CodeEditor* editor = editorFor(path)) {
            editor->setCursorPosition(std::max(line - 1, 0), std::max(column - 1, 0));
            editor->ensureLineVisible(std::max(line - 1, 0));
            editor->setFocus();
        }
    };
    if ((cell > 0 && notebookFor(path)) || (cell == 0 && editorFor(path))) {
        openFile(path); // brings its tab forward
        place();
        return;
    }
    // Read on the pool: place the cursor once it is there.
    auto* connection = new QMetaObject::Connection;
    *connection =
        connect(this, &EditorArea::fileOpened, this, [connection, path, place](const QString& opened) {
            if (opened != path)
                return;
            QObject::disconnect(*connection);
            delete connection;
            place();
        });
    openFile(path);
}

void EditorArea::showPage(QWidget* page, const QString& title)
{
    int index = indexOf(page);
    if (index < 0)
        index = addTab(page, title);
    setTabText(index, title);
    setCurrentIndex(index);
}

CodeEditor* EditorArea::editorFor(const QString& path) const
{
    for (int i = 0; i < count(); ++i)
        if (auto* editor = qobject_cast<CodeEditor*>(widget(i)); editor && editor->fileName() == path)
            return editor;
    return nullptr;
}

QString EditorArea::currentPath() const
{
    if (auto* page = qobject_cast<NotebookPage*>(currentWidget()))
        return page->path();
    auto* editor = qobject_cast<CodeEditor*>(currentWidget());
    return editor ? editor->fileName() : QString();
}

NotebookPage* EditorArea::notebookFor(const QString& path) const
{
    for (int i = 0; i < count(); ++i)
        if (auto* page = qobject_cast<NotebookPage*>(widget(i)); page && page->path() == path)
            return page;
    return nullptr;
}

void EditorArea::openNotebook(const QString& path)
{
    if (NotebookPage* open = notebookFor(path)) {
        setCurrentWidget(open);
        return;
    }
    auto* page = new NotebookPage(path, this);
    connect(page, &NotebookPage::loaded, this, [this, path] { Q_EMIT fileOpened(path); });
    connect(page, &NotebookPage::failed, this, &EditorArea::failed);
    const int index = addTab(page, QFileInfo(path).fileName());
    setTabToolTip(index, path);
    setCurrentIndex(index);
}

bool EditorArea::hasUnsavedChanges() const
{
    for (int i = 0; i < count(); ++i)
        if (auto* editor = qobject_cast<CodeEditor*>(widget(i)); editor && editor->isModified())
            return true;
    return false;
}

void EditorArea::openFile(const QString& path)
{
    if (path.endsWith(u".ipynb", Qt::CaseInsensitive)) {
        openNotebook(path);
        return;
    }
    if (CodeEditor* open = editorFor(path)) {
        setCurrentWidget(open);
        return;
    }
    if (m_loading.contains(path))
        return;
    m_loading.append(path);
    whenFinished(readTextFileAsync(path), this, [this, path](const QFuture<Result<TextDocument>>& done) {
        m_loading.removeAll(path);
        if (done.isCanceled() || done.resultCount() == 0)
            return; // canceled (from the Jobs panel, or on the way out): no result to read
        const Result<TextDocument> document = done.result();
        if (!document) {
            Q_EMIT failed(document.error());
            return;
        }
        auto* editor = new CodeEditor(this);
        editor->setFileName(path);
        editor->setText(document->text);
        editor->setModified(false);
        editor->setProperty("bom", document->hadByteOrderMark);
        connect(editor, &QsciScintilla::modificationChanged, this,
                [this, editor] { updateTabTitle(editor); });
        const int index = addTab(editor, QFileInfo(path).fileName());
        setTabToolTip(index, path);
        setCurrentIndex(index);
        Q_EMIT fileOpened(path);
    });
}

void EditorArea::saveCurrent()
{
    if (auto* editor = qobject_cast<CodeEditor*>(currentWidget()); editor && editor->isModified())
        save(editor);
}

void EditorArea::save(CodeEditor* editor, const std::function<void()>& then)
{
    const TextDocument document{editor->fileName(), editor->text(), editor->property("bom").toBool()};
    // The text is a snapshot: the user may type on while it is written.
    const QPointer<CodeEditor> target(editor);
    whenFinished(writeTextFileAsync(document), this,
                 [this, target, document, then](const QFuture<Result<void>>& done) {
                     if (done.isCanceled() || done.resultCount() == 0)
                         return; // canceled (from the Jobs panel, or on the way out): no result to read
                     const Result<void> result = done.result();
                     if (!result) {
                         m_closingAll = false;
                         Q_EMIT failed(result.error());
                         return;
                     }
                     if (target && target->text() == document.text)
                         target->setModified(false);
                     Q_EMIT fileSaved(document.path);
                     if (then)
                         then();
                 });
}

bool EditorArea::closeAll()
{
    m_closingAll = true;
    bool saving = false;
    for (int i = count() - 1; i >= 0; --i) {
        const CloseResult result = closeTab(i);
        if (result == CloseResult::Canceled) {
            m_closingAll = false;
            return false;
        }
        saving = saving || result == CloseResult::Saving;
    }
    if (saving)
        return false;
    m_closingAll = false;
    return true;
}

EditorArea::CloseResult EditorArea::closeTab(int index)
{
    auto* editor = qobject_cast<CodeEditor*>(widget(index));
    if (editor && editor->isModified()) {
        setCurrentIndex(index);
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("%1 has changes that are not saved. Save them before closing?")
                .arg(QFileInfo(editor->fileName()).fileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return CloseResult::Canceled;
        if (answer == QMessageBox::Save) {
            save(editor, [this, target = QPointer<CodeEditor>(editor)] {
                if (!target)
                    return;
                removeTab(indexOf(target));
                delete target;
                if (m_closingAll && count() == 0) {
                    m_closingAll = false;
                    Q_EMIT allClosed();
                }
            });
            return CloseResult::Saving;
        }
    }
    QWidget* page = widget(index);
    removeTab(index);
    delete page;
    return CloseResult::Closed;
}

void EditorArea::updateTabTitle(CodeEditor* editor)
{
    const int index = indexOf(editor);
    if (index >= 0)
        setTabText(index, QFileInfo(editor->fileName()).fileName() +
                              (editor->isModified() ? QStringLiteral(" •") : QString()));
}

} // namespace slipway
