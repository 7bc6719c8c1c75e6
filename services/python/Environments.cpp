#include "services/python/Environments.h"

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
    for (const QJsonValue& tool : answer.value(u"tools"_s).toArray())
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
        for (const QString& env :
             QDir(base + u"/envs"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            add(base + u"/envs/"_s + env + u"/bin/python"_s, Text::tr("conda env %1").arg(env));
    }
    QString pyenv = environment.value(u"PYENV_ROOT"_s);
    if (pyenv.isEmpty() && !environment.value(u"HOME"_s).isEmpty())
        pyenv = environment.value(u"HOME"_s) + u"/.pyenv"_s;
    for (const QString& version :
         QDir(pyenv + u"/versions"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        add(pyenv + u"/versions/"_s + version + u"/bin/python"_s, Text::tr("pyenv %1").arg(version));
    const QStringList path = environment.value(u"PATH"_s).split(u':', Qt::SkipEmptyParts);
    for (const QString& name : {u"python3"_s, u"python"_s}) {
        const QString system = QStandardPaths::findExecutable(name, path);
        if (!system.isEmpty())
            add(system, Text::tr("on PATH"));
    }
    return found;
}

QList<Interpreter> discover(const QString& projectRoot, const QProcessEnvironment& environment)
{
    QList<Interpreter> found = candidates(projectRoot, environment);
    for (Interpreter& interpreter : found)
        probe(interpreter, environment);
    return found;
}

QFuture<QList<Interpreter>> discoverAsync(const QString& projectRoot, const QProcessEnvironment& environment)
{
    return QtConcurrent::run([projectRoot, environment] { return discover(projectRoot, environment); });
}

} // namespace slipway::python
