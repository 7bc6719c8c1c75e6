// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/core/Job.h"
#include "services/lint/Diagnostic.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <memory>
#include <optional>

namespace slipway::lint {

struct LintRequest
{
    QString root; // the project folder; tools run there, so they find its configuration
    QString python = QStringLiteral("python3"); // runs flake8, pylint and pycodestyle as modules
    QList<Tool> tools{Tool::Flake8};
    QStringList files;     // Python files, relative to root
    QStringList notebooks; // notebooks, relative to root: linted as their percent scripts, mapped back
    std::optional<QProcessEnvironment> environment;
};

// One lint run: each tool over the files (one process) and over each notebook (its script on standard
// input), one process at a time, asynchronously on the thread that owns the job; the notebooks are turned
// into scripts on the pool first. Findings arrive in batches (at most every 50 ms, so that 100,000 of them do
// not flood a view); a tool that is missing, crashes or writes what its parser does not expect is a problem
// naming the tool and the interpreter, and the job then fails with the first problem and logs the tools'
// last 200 lines. Cancel stops the running process and everything after it.
class LintJob : public Job
{
    Q_OBJECT
public:
    explicit LintJob(LintRequest request, QObject* parent = nullptr);
    ~LintJob() override;

    const QList<Diagnostic>& diagnostics() const;
    const QList<Error>& problems() const;

Q_SIGNALS:
    void found(const QList<slipway::lint::Diagnostic>& batch);

protected:
    void run() override;

private:
    void runStep(int index);
    void stepFinished(int index, const ProcessResult& result);
    void accept(Diagnostic diagnostic, int index);
    void end();

    struct Private;
    std::unique_ptr<Private> d;
};

// The lines of the project's own noqa comment for a finding: "  # noqa: E501" (flake8, pycodestyle, ruff) or
// "  # pylint: disable=line-too-long" (pylint), to append to the line.
QString suppressionComment(const Diagnostic& diagnostic);
// `line` (without its line end) with the tool's own suppression for `diagnostic`: a new comment, or the code
// added to an existing `# noqa: …` / `# pylint: disable=…`; unchanged when it is already suppressed.
QString withSuppression(const QString& line, const Diagnostic& diagnostic);

} // namespace slipway::lint
