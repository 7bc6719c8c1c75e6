// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/python/Environments.h"

#include "services/core/SafeWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace slipway::python {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::python)
};

// Asks the interpreter for its version and which of the tools it can import, as JSON on one line.
const char* const probeScript =
    "import importlib.util, json, sys\n"
    "tools = sys.argv[1].split(',')\n"
    "found = [t for t in tools if importlib.util.find_spec(t) is not None]\n"
    "print(json.dumps({'version': '%d.%d.%d' % sys.version_info[:3], 'tools': found}))\n";

void probe(Interpreter& interpreter, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    // -I: isolated, so that neither the current folder nor PYTHON* variables decide what it finds.
    process.start(interpreter.path,
                  {u"-I"_s, u"-c"_s, QString::fromLatin1(probeScript), knownTools().join(u',')});
    if (!process.waitForStarted(5000)) {
        interpreter.problem = Text::tr("cannot be started: %1").arg(process.errorString());
        return;
    }
    if (!process.waitForFinished(20000)) { // on the pool or in the command line, never on the GUI thread
        process.kill();
        interpreter.problem = Text::tr("did not answer within 20 s");
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
    if (process.exitCode() != 0 || answer.isEmpty()) {
        interpreter.problem =
            Text::tr("did not run: %1").arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return;
    }
    interpreter.version = answer.value(u"version"_s).toString();
    const QJsonArray tools = answer.value(u"tools"_s).toArray();
    for (const auto& tool : tools)
        interpreter.tools << tool.toString();
}

} // namespace

QStringList knownTools()
{
    return {u"pip"_s,    u"pytest"_s,      u"pytest_cov"_s, u"coverage"_s, u"flake8"_s,
            u"pylint"_s, u"pycodestyle"_s, u"build"_s,      u"twine"_s};
}

QList<Interpreter> candidates(const QString& projectRoot, const QProcessEnvironment& environment)
{
    QList<Interpreter> found;
    QStringList seen;
    const auto add = [&](const QString& path, const QString& origin) {
        const QFileInfo info(path);
        if (!info.isExecutable())
            return;
        // The same interpreter through a different path (a venv's python is a symlink to the base one, but
        // it is a different environment: compare the paths as given, resolved only when they are links to
        // links).
        const QString key = QDir::cleanPath(info.absoluteFilePath());
        if (seen.contains(key))
            return;
        seen << key;
        found.append({key, origin, {}, {}, {}});
    };
    for (const QString& folder : {u".venv"_s, u"venv"_s})
        add(QDir(projectRoot).filePath(folder + u"/bin/python"_s), Text::tr("project %1").arg(folder));
    if (const QString venv = environment.value(u"VIRTUAL_ENV"_s); !venv.isEmpty())
        add(venv + u"/bin/python"_s, u"$VIRTUAL_ENV"_s);
    if (const QString conda = environment.value(u"CONDA_PREFIX"_s); !conda.isEmpty()) {
        add(conda + u"/bin/python"_s, Text::tr("conda (%1)").arg(QFileInfo(conda).fileName()));
        // The base installation's envs/ (CONDA_PREFIX may itself be an env under it).
        QString base = conda;
        if (QFileInfo(base).dir().dirName() == u"envs")
            base = QFileInfo(QFileInfo(base).absolutePath()).absolutePath();
        const auto envs = QDir(base + u"/envs"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& env : envs)
            add(base + u"/envs/"_s + env + u"/bin/python"_s, Text::tr("conda env %1").arg(env));
    }
    QString pyenv = environment.value(u"PYENV_ROOT"_s);
    if (pyenv.isEmpty() && !environment.value(u"HOME"_s).isEmpty())
        pyenv = environment.value(u"HOME"_s) + u"/.pyenv"_s;
    const auto versions =
        QDir(pyenv + u"/versions"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& version : versions)
        add(pyenv + u"/versions/"_s + version + u"/bin/python"_s, Text::tr("pyenv %1").arg(version));
    const QStringList path = environment.value(u"PATH"_s).split(u':', Qt::SkipEmptyParts);
    for (const QString& name : {u"python3"_s, u"python"_s}) {
        const QString system = QStandardPaths::findExecutable(name, path);
        if (!system.isEmpty())
            add(system, Text::tr("on PATH"));
    }
    return found;
}

bool isInsideProject(const QString& interpreter, const QString& projectRoot)
{
    const QString root = QDir::cleanPath(QFileInfo(projectRoot).absoluteFilePath());
    const QString canonicalRoot = QFileInfo(projectRoot).canonicalFilePath();
    const QString path = QDir::cleanPath(QFileInfo(interpreter).absoluteFilePath());
    const QString resolved = QFileInfo(interpreter).canonicalFilePath();
    return isPathInside(path, root) || isPathInside(path, canonicalRoot) ||
           isPathInside(resolved, canonicalRoot) ||
           isPathInside(QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath(), canonicalRoot);
}

QList<Interpreter> discover(const QString& projectRoot, const QProcessEnvironment& environment,
                            bool projectTrusted)
{
    QList<Interpreter> found = candidates(projectRoot, environment);
    for (Interpreter& interpreter : found) {
        if (!projectTrusted && isInsideProject(interpreter.path, projectRoot))
            interpreter.problem = Text::tr("not probed: the project is not trusted");
        else
            probe(interpreter, environment);
    }
    return found;
}

QFuture<QList<Interpreter>> discoverAsync(const QString& projectRoot, const QProcessEnvironment& environment,
                                          bool projectTrusted)
{
    return QtConcurrent::run([projectRoot, environment, projectTrusted] {
        return discover(projectRoot, environment, projectTrusted);
    });
}

} // namespace slipway::python

namespace slipway::python {

CreateEnvironmentJob::CreateEnvironmentJob(CreateRequest request, QObject* parent)
    : Job(Text::tr("Create the environment %1").arg(request.folder), parent)
    , m_request(std::move(request))
{}

void CreateEnvironmentJob::done()
{
    if (m_problems.isEmpty())
        succeed();
    else
        fail(m_problems.front());
}

void CreateEnvironmentJob::run()
{
    const QString venv = QDir(m_request.projectRoot).filePath(m_request.folder);
    QStringList args{u"-m"_s, u"venv"_s};
    if (m_request.systemSitePackages)
        args << u"--system-site-packages"_s;
    args << venv;
    ProcessSpec make(m_request.python, args);
    make.workingDirectory = m_request.projectRoot;
    make.environment = m_request.environment;
    runProcess(make, Text::tr("Creating %1…").arg(venv), [this, venv](const ProcessResult& made) {
        if (!made.succeeded()) {
            m_problems.append(Error{Text::tr("create environment"), venv,
                                    Text::tr("python -m venv failed: %1").arg(made.summary())});
            return done();
        }
        const QString python = venv + u"/bin/python"_s;
        if (!m_request.installProject) {
            m_interpreter = python;
            return done();
        }
        // `.[test]` only when the project declares a test extra (pip warns otherwise, and some pips fail).
        QString target = u"."_s;
        QFile pyproject(QDir(m_request.projectRoot).filePath(u"pyproject.toml"_s));
        if (pyproject.open(QIODevice::ReadOnly) && pyproject.readAll().contains("\ntest = ["))
            target = u".[test]"_s;
        QStringList pip{u"-m"_s, u"pip"_s, u"install"_s, u"--disable-pip-version-check"_s};
        if (!m_request.findLinks.isEmpty() || m_request.offline) {
            pip << u"--no-index"_s << u"--no-build-isolation"_s;
            if (!m_request.findLinks.isEmpty())
                pip << u"--find-links"_s << m_request.findLinks;
        }
        pip << u"-e"_s << target;
        ProcessSpec install(python, pip);
        install.workingDirectory = m_request.projectRoot;
        install.environment = m_request.environment;
        runProcess(
            install, Text::tr("Installing the project (pip install -e %1)…").arg(target),
            [this, python](const ProcessResult& installed) {
                if (!installed.succeeded())
                    m_problems.append(Error{
                        Text::tr("create environment"), m_request.projectRoot,
                        installed.standardError.contains("No module named pip")
                            ? Text::tr("%1 has no pip: create it from an interpreter with pip").arg(python)
                            : Text::tr("pip install failed: %1; its output is in the Log")
                                  .arg(installed.summary())});
                else
                    m_interpreter = python;
                done();
            });
    });
}

QString defaultPython(const QString& projectRoot)
{
    const QString venv = QDir(projectRoot).filePath(QStringLiteral(".venv/bin/python"));
    return QFileInfo(venv).isExecutable() ? venv : QStringLiteral("python3");
}

} // namespace slipway::python
