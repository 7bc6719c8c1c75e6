// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/lint/LintJob.h"

#include "services/core/ProcessRun.h"
#include "services/lint/LintParsers.h"
#include "services/notebook/Convert.h"
#include "services/notebook/Notebook.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace slipway::lint {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::lint)
};

// A notebook's script and where its lines come from.
struct NotebookScript
{
    QString notebook;   // relative path of the .ipynb
    QString scriptName; // the name the tool is told (its configuration applies by it)
    QByteArray script;
    QList<notebook::ScriptLineOrigin> origins;
};

struct Step
{
    Tool tool;
    ProcessSpec spec;
    std::optional<NotebookScript> notebook;
};

bool isJsonTool(Tool tool)
{
    return tool == Tool::Pylint || tool == Tool::Ruff;
}

struct Plan
{
    QList<Step> steps;
    QList<Error> problems;
};

} // namespace

struct LintJob::Private
{
    LintRequest request;
    QList<Step> steps;
    QList<Diagnostic> all;
    QList<Diagnostic> pending;
    QList<Error> problems;
    QTimer* flush = nullptr;
    QStringList missingReported;
    QStringList tail; // the tools' last lines, logged when one of them failed
};

LintJob::LintJob(LintRequest request, QObject* parent)
    : Job(Text::tr("Lint"), parent)
    , d(std::make_unique<Private>())
{
    d->request = std::move(request);
    d->flush = new QTimer(this);
    d->flush->setInterval(50);
    connect(d->flush, &QTimer::timeout, this, [this] {
        if (!d->pending.isEmpty()) {
            Q_EMIT found(d->pending);
            d->pending.clear();
        }
    });
    connect(this, &Job::finished, this, [this] {
        d->flush->stop();
        if (!d->pending.isEmpty())
            Q_EMIT found(std::exchange(d->pending, {}));
    });
}

LintJob::~LintJob() = default;

const QList<Diagnostic>& LintJob::diagnostics() const
{
    return d->all;
}

const QList<Error>& LintJob::problems() const
{
    return d->problems;
}

namespace {

ProcessSpec specFor(const LintRequest& request, Tool tool, const QStringList& files, const QString& stdinName)
{
    const bool stdinMode = !stdinName.isEmpty();
    QStringList args;
    QString program = request.python;
    switch (tool) {
    case Tool::Flake8:
        args << u"-m"_s << u"flake8"_s << u"--format=default"_s << u"--exit-zero"_s;
        if (stdinMode)
            args << u"--stdin-display-name"_s << stdinName << u"-"_s;
        else
            args << files;
        break;
    case Tool::Pycodestyle:
        args << u"-m"_s << u"pycodestyle"_s;
        args << (stdinMode ? QStringList{u"-"_s} : files);
        break;
    case Tool::Pylint:
        args << u"-m"_s << u"pylint"_s << u"--output-format=json2"_s << u"--exit-zero"_s;
        if (stdinMode)
            args << u"--from-stdin"_s << stdinName;
        else
            args << files;
        break;
    case Tool::Ruff:
        program = u"ruff"_s;
        args << u"check"_s << u"--output-format=json"_s << u"--exit-zero"_s << u"--no-cache"_s;
        if (stdinMode)
            args << u"--stdin-filename"_s << stdinName << u"-"_s;
        else
            args << files;
        break;
    }
    ProcessSpec spec(program, args);
    spec.workingDirectory = request.root;
    spec.environment = request.environment;
    return spec;
}

// Maps a finding in a notebook's script back to the cell; nullopt for what is not in a code cell (the
// markdown comments, the header, the blank lines between cells).
std::optional<Diagnostic> toCell(Diagnostic d, const NotebookScript& script)
{
    if (d.line < 1 || d.line > script.origins.size())
        return std::nullopt;
    const notebook::ScriptLineOrigin& origin = script.origins[d.line - 1];
    if (!origin.code)
        return std::nullopt;
    if (d.endLine >= d.line && d.endLine <= script.origins.size() &&
        script.origins[d.endLine - 1].cell == origin.cell)
        d.endLine = script.origins[d.endLine - 1].line;
    else
        d.endLine = 0;
    d.file = script.notebook;
    d.cell = origin.cell;
    d.line = origin.line;
    return d;
}

} // namespace

namespace {

// Off the GUI thread: reading every notebook and turning it into a script is file I/O and parsing.
Plan planSteps(const LintRequest& r)
{
    Plan plan;
    for (Tool tool : r.tools) {
        if (tool == Tool::Ruff && resolveExecutable(u"ruff"_s, r.environment).isEmpty()) {
            plan.problems.append(Error{
                Text::tr("lint"), r.root,
                Text::tr("ruff is not installed (not on PATH); install it with `%1 -m pip install ruff`")
                    .arg(r.python)});
            continue;
        }
        if (!r.files.isEmpty())
            plan.steps.append({tool, specFor(r, tool, r.files, {}), std::nullopt});
        for (const QString& path : r.notebooks) {
            Result<notebook::Notebook> nb = notebook::readNotebookFile(QDir(r.root).filePath(path));
            if (!nb) {
                if (tool == r.tools.front())
                    plan.problems.append(nb.error());
                continue;
            }
            NotebookScript script;
            script.notebook = path;
            script.scriptName = path.chopped(6) + u".py"_s; // name.ipynb → name.py
            Result<QByteArray> text = notebook::toPercentScript(*nb, {}, &script.origins);
            if (!text)
                continue;
            script.script = *text;
            ProcessSpec spec = specFor(r, tool, {}, script.scriptName);
            spec.standardInput = script.script;
            plan.steps.append({tool, spec, script});
        }
    }
    return plan;
}

} // namespace

void LintJob::run()
{
    d->flush->start();
    setProgress(0, 0, Text::tr("Reading the notebooks"));
    await<Plan>(QtConcurrent::run(planSteps, d->request), [this](const QFuture<Plan>& planned) {
        Plan plan = planned.result();
        d->steps = std::move(plan.steps);
        d->problems += plan.problems;
        runStep(0);
    });
}

void LintJob::accept(Diagnostic diagnostic, int index)
{
    if (QDir::isAbsolutePath(diagnostic.file)) // ruff names files absolutely
        diagnostic.file = QDir(d->request.root).relativeFilePath(diagnostic.file);
    if (const std::optional<NotebookScript>& notebook = d->steps[index].notebook) {
        std::optional<Diagnostic> mapped = toCell(std::move(diagnostic), *notebook);
        if (!mapped)
            return;
        diagnostic = std::move(*mapped);
    }
    d->all.append(diagnostic);
    d->pending.append(std::move(diagnostic));
}

void LintJob::runStep(int index)
{
    if (index >= d->steps.size())
        return end();
    const Step& step = d->steps[index];
    const Tool tool = step.tool;
    setProgress(index, int(d->steps.size()),
                Text::tr("%1 on %2")
                    .arg(toolName(tool), step.notebook ? step.notebook->notebook : Text::tr("the files")));
    runProcess(
        step.spec, {}, [this, index](const ProcessResult& result) { stepFinished(index, result); },
        [this, tool, index](ProcessStream stream, const QString& line) {
            d->tail.append(toolName(tool) + u": "_s + line);
            if (d->tail.size() > 200)
                d->tail.removeFirst();
            if (stream == ProcessStream::StandardOutput && !isJsonTool(tool))
                if (std::optional<Diagnostic> diagnostic = parseFlake8Line(line, tool))
                    accept(std::move(*diagnostic), index);
        });
}

void LintJob::stepFinished(int index, const ProcessResult& result)
{
    const Tool tool = d->steps[index].tool;
    const QString name = toolName(tool);
    const bool missingModule = result.standardError.contains("No module named");
    if (!result.started || missingModule) {
        if (!d->missingReported.contains(name)) {
            d->missingReported.append(name);
            d->problems.append(
                Error{Text::tr("lint"), d->request.root,
                      Text::tr("%1 is not installed for %2; install it with `%2 -m pip install %1`")
                          .arg(name, d->request.python)});
        }
    } else if (result.crashed || (tool == Tool::Pycodestyle ? result.exitCode > 1 : result.exitCode != 0)) {
        d->problems.append(
            Error{Text::tr("lint"), d->request.root,
                  Text::tr("%1 failed: %2; its output is in the Log").arg(name, result.summary())});
    } else if (isJsonTool(tool)) {
        // Parsed as the tool ran out; JSON comes whole (100,000 findings parse in ~100 ms: on the pool, then
        // handed over in the 50 ms batches).
        const QByteArray out = result.standardOutput;
        await<Result<QList<Diagnostic>>>(
            QtConcurrent::run(
                [tool, out] { return tool == Tool::Pylint ? parsePylintJson(out) : parseRuffJson(out); }),
            [this, index](const QFuture<Result<QList<Diagnostic>>>& done) {
                const Result<QList<Diagnostic>> parsed = done.result();
                if (!parsed)
                    d->problems.append(
                        Error{parsed.error().operation, d->request.root, parsed.error().message});
                else
                    for (const Diagnostic& diagnostic : *parsed)
                        accept(diagnostic, index);
                runStep(index + 1);
            });
        return;
    }
    runStep(index + 1);
}

void LintJob::end()
{
    if (d->problems.isEmpty())
        return succeed();
    for (const QString& line : std::as_const(d->tail))
        log(line);
    fail(d->problems.front());
}

QString withSuppression(const QString& line, const Diagnostic& diagnostic)
{
    const bool pylint = diagnostic.tool == Tool::Pylint;
    const QString code = pylint && !diagnostic.symbol.isEmpty() ? diagnostic.symbol : diagnostic.code;
    static const QRegularExpression noqa(u"#\\s*noqa(?::\\s*([A-Za-z0-9, ]*))?"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression disable(u"#\\s*pylint:\\s*disable=([A-Za-z0-9_,\\- ]*)"_s);
    const QRegularExpressionMatch m = (pylint ? disable : noqa).match(line);
    if (!m.hasMatch())
        return line + suppressionComment(diagnostic);
    if (!pylint && !m.hasCaptured(1))
        return line; // a bare "# noqa" suppresses everything already
    QStringList codes = m.captured(1).split(u',', Qt::SkipEmptyParts);
    for (QString& c : codes)
        c = c.trimmed();
    if (codes.contains(code) || (pylint && codes.contains(diagnostic.code)))
        return line;
    // Added to the list: "# noqa: E501" → "# noqa: E501, F401".
    QString before = line.left(m.capturedEnd(1));
    while (before.endsWith(u' '))
        before.chop(1);
    return before + (codes.isEmpty() ? QString() : u", "_s) + code + line.mid(m.capturedEnd(1));
}

QString suppressionComment(const Diagnostic& diagnostic)
{
    if (diagnostic.tool == Tool::Pylint)
        return u"  # pylint: disable="_s +
               (diagnostic.symbol.isEmpty() ? diagnostic.code : diagnostic.symbol);
    return u"  # noqa: "_s + diagnostic.code;
}

} // namespace slipway::lint
