// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/LintController.h"

#include "app/common/AppSettings.h"
#include "models/DiagnosticsModel.h"
#include "services/core/Continuation.h"
#include "services/core/Job.h"
#include "services/core/JobManager.h"
#include "services/core/LogSink.h"
#include "services/lint/LintJob.h"
#include "services/project/TextFile.h"
#include "services/project/TrustStore.h"
#include "widgets/CodeEditor.h"
#include "widgets/EditorArea.h"
#include "widgets/ProblemsPanel.h"

#include <QDir>
#include <QDockWidget>
#include <QStatusBar>

namespace slipway {

using namespace Qt::StringLiterals;

LintController::LintController(const AppServices& services, EditorArea* editors, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_editors(editors)
    , m_model(new DiagnosticsModel(this))
{
    m_panel = new ProblemsPanel(m_model);
    m_dock = new QDockWidget(tr("Problems"));
    m_dock->setObjectName(u"problemsDock"_s);
    m_dock->setWidget(m_panel);
    connect(m_panel, &ProblemsPanel::lintRequested, this, &LintController::lintProject);
    connect(m_panel, &ProblemsPanel::activated, this, &LintController::open);
    connect(m_editors, &EditorArea::fileOpened, this, &LintController::annotate);
    connect(m_panel, &ProblemsPanel::ignoreRequested, this, &LintController::ignore);
}

void LintController::ignore(const lint::Diagnostic& diagnostic)
{
    if (!m_project || diagnostic.cell > 0 || diagnostic.line < 1)
        return;
    const QString path = QDir(m_project->root).filePath(diagnostic.file);
    if (CodeEditor* editor = m_editors->editorFor(path)) {
        // In the editor, as an edit the user can undo (and save).
        const int line = diagnostic.line - 1;
        QString text = editor->text(line);
        const qsizetype end = text.size() - (text.endsWith(u"\r\n"_s) ? 2 : text.endsWith(u'\n') ? 1 : 0);
        editor->setSelection(line, 0, line, int(end));
        editor->replaceSelectedText(lint::withSuppression(text.left(end), diagnostic));
        m_model->removeMatching(diagnostic);
        annotate(path);
        return;
    }
    whenResult(readTextFileAsync(path), this, [this, diagnostic](Result<TextDocument> document) {
        if (!document) {
            m_services.log->error(tr("lint"), document.error().toString());
            return;
        }
        QStringList lines = document->text.split(u'\n');
        if (diagnostic.line > lines.size())
            return;
        QString& line = lines[diagnostic.line - 1];
        const bool cr = line.endsWith(u'\r');
        if (cr)
            line.chop(1);
        line = lint::withSuppression(line, diagnostic) + (cr ? u"\r"_s : QString());
        document->text = lines.join(u'\n');
        whenResult(writeTextFileAsync(*document), this, [this, diagnostic](const Result<void>& written) {
            if (!written)
                m_services.log->error(tr("lint"), written.error().toString());
            else
                m_model->removeMatching(diagnostic);
        });
    });
}

void LintController::annotate(const QString& path)
{
    CodeEditor* editor = m_editors->editorFor(path);
    if (!editor || !m_project)
        return;
    const QString relative = QDir(m_project->root).relativeFilePath(path);
    QList<CodeEditor::LineNote> notes;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const lint::Diagnostic* d = m_model->at(row);
        if (d->file == relative && d->cell == 0)
            notes.append({d->line, int(d->severity),
                          u"%1 %2 (%3)"_s.arg(d->code, d->message, lint::toolName(d->tool))});
    }
    editor->setLineNotes(notes);
    if (!notes.isEmpty())
        m_annotated.insert(path);
}

void LintController::setProject(const std::optional<ProjectInfo>& project)
{
    if (m_job)
        m_job->cancel();
    m_project = project;
    m_model->clear();
}

bool LintController::isRunning() const
{
    return m_job && m_job->isRunning();
}

void LintController::lintProject()
{
    if (!m_project || isRunning())
        return;
    // The tools run the project's interpreter and load plugins its configuration names: trusted projects
    // only.
    if (!m_services.trust->isTrusted(m_project->root)) {
        m_services.log->warning(tr("lint"),
                                tr("%1 is not trusted: lint runs its tools and their plugins; trust the "
                                   "project first")
                                    .arg(m_project->root));
        return;
    }
    lint::LintRequest request;
    request.root = m_project->root;
    request.python = AppSettings::pythonFor(m_project->root);
    request.tools = {lint::Tool::Flake8, lint::Tool::Pylint};
    for (const QString& file : std::as_const(m_project->files))
        if (file.endsWith(u".py"))
            request.files << file;
    request.notebooks = m_project->notebooks;
    m_model->clear();
    auto* job = new lint::LintJob(request);
    job->setTitle(tr("Lint %1").arg(m_project->name));
    m_job = job;
    m_panel->setRunning(true);
    m_dock->raise();
    connect(job, &lint::LintJob::found, m_model, &DiagnosticsModel::append);
    connect(job, &Job::finished, this, [this, job] {
        m_panel->setRunning(false);
        for (const Error& problem : job->problems())
            m_services.log->error(tr("lint"), problem.toString());
        m_services.log->info(tr("lint"), job->state() == Job::State::Canceled
                                             ? tr("Lint canceled")
                                             : tr("Lint found %1 errors, %2 warnings and %3 notes")
                                                   .arg(m_model->count(lint::Severity::Error))
                                                   .arg(m_model->count(lint::Severity::Warning))
                                                   .arg(m_model->count(lint::Severity::Info)));
        // The editors that are open show the findings on their lines.
        QSet<QString> files = m_annotated;
        m_annotated.clear();
        for (int row = 0; row < m_model->rowCount(); ++row)
            files.insert(QDir(m_project->root).filePath(m_model->at(row)->file));
        for (const QString& path : std::as_const(files))
            annotate(path);
        Q_EMIT finished();
    });
    m_services.jobs->add(job);
}

void LintController::open(const QString& file, int cell, int line, int column)
{
    if (m_project)
        m_editors->openAt(QDir(m_project->root).filePath(file), line, column, cell);
}

} // namespace slipway
