// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/MainWindow.h"
#include "services/project/Project.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class QDockWidget;

namespace slipway {

class DiagnosticsModel;
class EditorArea;
class ProblemsPanel;

namespace lint {
class LintJob;
struct Diagnostic;
} // namespace lint

// The Problems dock and lint runs from the window: flake8 and pylint over the project's files and notebooks
// (trusted projects only), findings streamed into the panel, activation opening the file at the line or the
// notebook at the cell.
class LintController : public QObject
{
    Q_OBJECT
public:
    LintController(const AppServices& services, EditorArea* editors, QObject* parent = nullptr);

    QDockWidget* dock() const { return m_dock; }
    DiagnosticsModel* model() const { return m_model; }
    void setProject(const std::optional<ProjectInfo>& project);
    void lintProject();
    // Writes the tool's suppression comment on the finding's line (in the open editor, else in the file).
    void ignore(const lint::Diagnostic& diagnostic);
    bool isRunning() const;

Q_SIGNALS:
    void finished();

private:
    void open(const QString& file, int cell, int line, int column);
    // The findings of one file into its editor, when it is open.
    void annotate(const QString& path);

    AppServices m_services;
    EditorArea* m_editors;
    DiagnosticsModel* m_model;
    ProblemsPanel* m_panel;
    QDockWidget* m_dock;
    std::optional<ProjectInfo> m_project;
    QPointer<lint::LintJob> m_job;
    QSet<QString> m_annotated; // files whose editors show findings, to clear them on the next run
};

} // namespace slipway
