// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/project/ReviewDiff.h"
#include "widgets/ReviewHtml.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;

namespace slipway {

// A read-only review of changes: unified or side by side, syntax colours from the editor theme, changed
// words marked, long unchanged runs folded (click to open), next/previous change, wrap, the notebooks'
// output and metadata summaries on demand, and an HTML export of exactly what is shown.
class ReviewDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewDiffView(QWidget* parent = nullptr);

    void setReview(const QList<project::ReviewFile>& files, const QString& title);
    // A message in place of the diff ("Loading…", an error).
    void setMessage(const QString& message);
    int changeCount() const { return m_changeCount; }
    int currentChange() const { return m_current; }
    QTextBrowser* browser() const { return m_browser; }
    const ReviewHtmlOptions& options() const { return m_options; }
    void setSideBySide(bool sideBySide);
    void setShowSummaries(bool show);
    void setWrap(bool wrap);
    // The standalone HTML of what is shown (what Export writes).
    QString exportHtml() const;

public Q_SLOTS:
    void nextChange();
    void previousChange();

Q_SIGNALS:
    // The user chose where to export; the owner writes the file.
    void exportRequested(const QString& path, const QString& html);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void goTo(int change);

    QList<project::ReviewFile> m_files;
    QString m_title;
    ReviewHtmlOptions m_options;
    QTextBrowser* m_browser = nullptr;
    QLabel* m_position = nullptr;
    QToolButton* m_sideBySide = nullptr;
    QToolButton* m_wrap = nullptr;
    QToolButton* m_summaries = nullptr;
    QToolButton* m_export = nullptr;
    int m_changeCount = 0;
    int m_current = -1;
};

} // namespace slipway
