// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/git/Status.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTreeView;

namespace slipway {

class StatusModel;

// What changed in the work tree (staged and not), with keyboard-first staging (S stages, U unstages the
// selection; Ctrl+Return commits), a guarded discard, and the commit box: summary-line guidance, amend.
class ChangesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesPanel(StatusModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    QPlainTextEdit* messageEdit() const { return m_message; }
    // After a commit: clear the message (and amend).
    void commitDone();
    void setBusy(bool busy);
    // The diff of the current file (asked for with diffRequested); lines can be selected and staged.
    void setDiff(const git::FileDiff& diff);
    QPlainTextEdit* diffView() const { return m_diff; }
    // The added and removed lines the selection in the diff view covers.
    QList<git::LineRef> selectedLines() const;

Q_SIGNALS:
    void stageRequested(const QStringList& paths);
    void unstageRequested(const QStringList& paths);
    void discardRequested(const QStringList& paths);
    void commitRequested(const QString& message, bool amend);
    void refreshRequested();
    void showIgnoredToggled(bool show);
    void diffRequested(const QString& path, bool staged);
    void stageLinesRequested(const QString& path, const QList<slipway::git::LineRef>& lines);
    void unstageLinesRequested(const QString& path, const QList<slipway::git::LineRef>& lines);
    void stageCellsRequested(const QString& path);

private:
    QStringList selectedPaths(int group) const;
    void updateMessageHint();

    StatusModel* m_model;
    QTreeView* m_view;
    QPlainTextEdit* m_diff;
    QToolButton* m_lines;
    QToolButton* m_cells;
    git::FileDiff m_shownDiff;
    QList<std::optional<git::LineRef>> m_diffLines; // per text line of m_diff
    QPlainTextEdit* m_message;
    QLabel* m_hint;
    QCheckBox* m_amend;
    QPushButton* m_commit;
};

} // namespace slipway
