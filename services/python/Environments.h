// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QFuture>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The Python interpreters a project could use, and what each has installed.
namespace slipway::python {

struct Interpreter
{
    QString path; // the executable
    QString
        origin; // "project .venv", "$VIRTUAL_ENV", "conda base", "conda env NAME", "pyenv VERSION", "system"
    QString version;   // "3.13.5"; empty when it could not be asked
    QStringList tools; // of flake8, pylint, pycodestyle, pytest, pytest_cov, coverage, build, twine, pip
    QString problem;   // why it could not be asked
    bool usable() const { return problem.isEmpty() && !version.isEmpty(); }
};

// The candidates, in the order they are preferred: the project's .venv and venv, $VIRTUAL_ENV, $CONDA_PREFIX
// and conda's envs/, pyenv's versions, then python3 on PATH. Paths that resolve to the same interpreter are
// listed once.
QList<Interpreter> candidates(const QString& projectRoot, const QProcessEnvironment& environment);
// Asks each candidate its version and which tools it can import (one short process each), on the pool.
// An interpreter inside the project is the project's code (its site-packages run .pth files on start): when
// the project is not trusted it is listed, not probed, with the problem saying so.
QFuture<QList<Interpreter>> discoverAsync(const QString& projectRoot, const QProcessEnvironment& environment,
                                          bool projectTrusted);
// The same, waiting (for the command line).
QList<Interpreter> discover(const QString& projectRoot, const QProcessEnvironment& environment,
                            bool projectTrusted);
// Whether `interpreter` lies inside `projectRoot`, as written or with its links resolved.
bool isInsideProject(const QString& interpreter, const QString& projectRoot);

// The tools an interpreter is asked about.
QStringList knownTools();

// The project's .venv interpreter when it exists, else python3 from PATH. Only a name: nothing is run.
QString defaultPython(const QString& projectRoot);

} // namespace slipway::python

#include "services/core/Job.h"

namespace slipway::python {

struct CreateRequest
{
    QString projectRoot;
    QString python = QStringLiteral("python3"); // the base interpreter
    QString folder = QStringLiteral(".venv");   // relative to the project
    bool systemSitePackages = false;
    bool installProject = true; // pip install -e .[test] (the extra only when the project declares it)
    QString findLinks;          // offline: --no-index --find-links DIR (and no build isolation)
    bool offline = false;       // --no-index without a folder: only what the environment already has
    std::optional<QProcessEnvironment> environment;
};

// `python -m venv` then `pip install -e .[test]`, with the tools' output as it comes; the new interpreter's
// path when it worked. The job fails with the first problem.
class CreateEnvironmentJob : public Job
{
    Q_OBJECT
public:
    explicit CreateEnvironmentJob(CreateRequest request, QObject* parent = nullptr);
    const QString& interpreter() const { return m_interpreter; }
    const QList<Error>& problems() const { return m_problems; }

protected:
    void run() override;

private:
    void done();

    CreateRequest m_request;
    QString m_interpreter;
    QList<Error> m_problems;
};

} // namespace slipway::python
