// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/dist/Build.h"

#include "services/project/ProjectVersion.h"
#include "services/python/Environments.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace slipway::dist {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::dist::Build)
};

// Prints the build requirements the interpreter lacks, one a line (markers honoured, pre-releases allowed),
// and "build" when `python -m build` itself is missing.
const char* const probeScript = "import sys\n"
                                "from importlib import metadata\n"
                                "try:\n"
                                "    import build\n"
                                "except ImportError:\n"
                                "    print('build')\n"
                                "    sys.exit(0)\n"
                                "from packaging.requirements import Requirement\n"
                                "for text in sys.argv[1:]:\n"
                                "    r = Requirement(text)\n"
                                "    if r.marker is not None and not r.marker.evaluate():\n"
                                "        continue\n"
                                "    try:\n"
                                "        v = metadata.version(r.name)\n"
                                "    except metadata.PackageNotFoundError:\n"
                                "        print(text)\n"
                                "        continue\n"
                                "    if not r.specifier.contains(v, prereleases=True):\n"
                                "        print(text + ' (found ' + v + ')')\n";

// The executable's __main__.py: one artifact for every [project.scripts] entry, chosen by the name it is
// called as (a link named after a script, as schedulers call jobs), else by its first argument, else the
// default script.
QByteArray dispatcher(const QMap<QString, QString>& scripts, const QString& fallback)
{
    QByteArray table;
    for (auto it = scripts.cbegin(); it != scripts.cend(); ++it)
        table += "    " +
                 QJsonDocument(QJsonArray{it.key()}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + ": " +
                 QJsonDocument(QJsonArray{it.value().simplified().remove(u' ')})
                     .toJson(QJsonDocument::Compact)
                     .mid(1)
                     .chopped(1) +
                 ",\n";
    return "# Written by Slipway: runs one of the project's console scripts.\n"
           "import importlib\nimport os\nimport sys\n\nSCRIPTS = {\n" +
           table + "}\nDEFAULT = " +
           QJsonDocument(QJsonArray{fallback}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
           "\n\n\ndef run(name):\n"
           "    module, _, attribute = SCRIPTS[name].partition(':')\n"
           "    target = importlib.import_module(module)\n"
           "    for part in attribute.split('.'):\n"
           "        target = getattr(target, part)\n"
           "    sys.exit(target())\n\n\n"
           "called = os.path.basename(sys.argv[0])\n"
           "if called.endswith('.pyz'):\n    called = called[:-4]\n"
           "if called in SCRIPTS:\n    run(called)\n"
           "if len(sys.argv) > 1 and sys.argv[1] in SCRIPTS:\n"
           "    name = sys.argv.pop(1)\n    sys.argv[0] = name\n    run(name)\n"
           "run(DEFAULT)\n";
}

QString tail(const ProcessResult& result, int lines = 6)
{
    QStringList all = QString::fromUtf8(result.standardError).split(u'\n', Qt::SkipEmptyParts);
    if (all.isEmpty())
        all = QString::fromUtf8(result.standardOutput).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

} // namespace

struct BuildJob::Private
{
    BuildRequest request;
    PyProject pyproject;
    BuildOutcome outcome;
    std::unique_ptr<QTemporaryDir> staging;
    std::unique_ptr<QTemporaryDir> exported; // fromCommit: HEAD's tree
    QString buildRoot;                       // what `python -m build` builds: the project, or the export
    QHash<QString, QString> twineFailures;   // artifact file name → what twine said
    int step = 0;
};

BuildJob::BuildJob(BuildRequest request, QObject* parent)
    : ResultJob(Text::tr("Build"), parent)
    , d(std::make_unique<Private>())
{
    d->request = std::move(request);
    if (d->request.outputDir.isEmpty())
        d->request.outputDir = QDir(d->request.projectRoot).filePath(u"dist"_s);
    if (d->request.python.isEmpty())
        d->request.python = python::defaultPython(d->request.projectRoot);
    if (d->request.executable)
        d->request.wheel = true; // the executable is made from the wheel
}

BuildJob::~BuildJob() = default;

void BuildJob::run()
{
    setProgress(0, 4);
    const QString root = d->request.projectRoot;
    QFile file(QDir(root).filePath(u"pyproject.toml"_s));
    if (file.open(QIODevice::ReadOnly)) {
        auto parsed = parsePyProject(file.readAll(), file.fileName());
        if (!parsed)
            return fail(parsed.error());
        d->pyproject = std::move(*parsed);
    } else if (!QFileInfo::exists(QDir(root).filePath(u"setup.py"_s))) {
        return fail(Error{Text::tr("build"), root,
                          Text::tr("neither pyproject.toml nor setup.py: nothing to build")});
    }

    setProgress(0, progressMaximum(), Text::tr("Computing the version"));
    Result<version::ScmVersion> v;
    if (!d->pyproject.version.isEmpty()) {
        // A static version: still no release from a dirty work tree.
        v = version::ScmVersion{};
        v->version = d->pyproject.version;
        v->source = version::ScmVersion::Source::Fallback;
        if (!d->request.fromCommit && git::Repository::mayBeInside(root)) {
            if (auto repo = git::Repository::open(root)) {
                if (auto changed = repo->trackedChanges()) {
                    v->changedFiles = *changed;
                    v->dirty = !changed->isEmpty();
                }
            }
        }
    } else {
        version::ScmSettings overrides;
        overrides.committedOnly = d->request.fromCommit;
        v = projectVersion(root, overrides,
                           d->request.environment.value_or(QProcessEnvironment::systemEnvironment()));
    }
    if (!v)
        return fail(v.error());
    d->outcome.version = v->version;
    const version::ReleaseGuard guard = version::checkReleasable(*v);
    if (!guard.allowed && !d->request.allowUnreleasable)
        return fail(Error{Text::tr("build"), root, guard.reason});
    if (!guard.allowed)
        log(Text::tr("Building %1 anyway: %2").arg(v->version, guard.reason));
    QDir().mkpath(d->request.outputDir);
    d->buildRoot = root;
    if (d->request.fromCommit)
        return exportCommit();
    probeBackend();
}

void BuildJob::exportCommit()
{
    setProgress(0, progressMaximum(), Text::tr("Exporting the commit"));
    d->exported = std::make_unique<QTemporaryDir>();
    const QString target = d->exported->filePath(u"src"_s);
    const QString root = d->request.projectRoot;
    using Exported = Result<QPair<QString, qint64>>;
    auto work = QtConcurrent::run([root, target]() -> Exported {
        auto repo = git::Repository::open(root);
        if (!repo)
            return std::unexpected(repo.error().toError());
        auto exported = repo->exportTree(u"HEAD"_s, target);
        if (!exported)
            return std::unexpected(exported.error().toError());
        return *exported;
    });
    await<Exported>(work, [this, target](const QFuture<Exported>& done) {
        const Exported exported = done.result();
        if (!exported)
            return fail(exported.error());
        d->outcome.commit = exported->first;
        d->buildRoot = target;
        // No .git in the export: setuptools_scm gets the version computed here, the archives the commit's
        // time.
        QProcessEnvironment env = d->request.environment.value_or(QProcessEnvironment::systemEnvironment());
        env.insert(u"SOURCE_DATE_EPOCH"_s, QString::number(exported->second));
        env.insert(u"SETUPTOOLS_SCM_PRETEND_VERSION"_s, d->outcome.version);
        d->request.environment = env;
        log(Text::tr("Building commit %1 from a clean export of its tree (SOURCE_DATE_EPOCH=%2)")
                .arg(exported->first.left(12))
                .arg(exported->second));
        probeBackend();
    });
}

void BuildJob::runStep(const QString& what, ProcessSpec spec,
                       const std::function<void(const ProcessResult&)>& next, bool failureIsFine)
{
    setProgress(++d->step, progressMaximum(), what);
    spec.environment = d->request.environment;
    if (spec.workingDirectory.isEmpty())
        spec.workingDirectory = d->buildRoot;
    QStringList shown = spec.arguments;
    if (shown.value(0) == u"-c" && shown.size() > 1)
        shown[1] = u"…"_s; // an inline script: its purpose is `what`
    const QString announce = u"$ "_s + spec.program + u' ' + shown.join(u' ');
    runProcess(std::move(spec), announce, [this, what, next, failureIsFine](const ProcessResult& result) {
        if (!result.succeeded() && !failureIsFine)
            return fail(Error{what, d->request.projectRoot, result.summary() + u":\n"_s + tail(result)});
        next(result);
    });
}

void BuildJob::probeBackend()
{
    QStringList requires_ = d->pyproject.buildRequires;
    if (d->pyproject.buildBackend.isEmpty() && requires_.isEmpty())
        requires_ << u"setuptools>=40.8.0"_s; // PEP 517's fallback for projects without [build-system]
    runStep(Text::tr("Checking the build backend in %1").arg(d->request.python),
            ProcessSpec(d->request.python, QStringList{u"-c"_s, QString::fromUtf8(probeScript)} + requires_),
            [this](const ProcessResult& result) {
                const QStringList missing =
                    QString::fromUtf8(result.standardOutput).split(u'\n', Qt::SkipEmptyParts);
                if (missing == QStringList{u"build"_s})
                    return fail(Error{Text::tr("build"), d->request.projectRoot,
                                      Text::tr("%1 has no `build` module: install it (Debian: python3-build)")
                                          .arg(d->request.python)});
                if (!missing.isEmpty())
                    log(Text::tr("%1 lacks %2: building in an isolated environment, which needs the "
                                 "network")
                            .arg(d->request.python, missing.join(u", "_s)));
                d->outcome.isolated = !missing.isEmpty();
                buildPackages(missing.isEmpty());
            });
}

void BuildJob::buildPackages(bool noIsolation)
{
    QStringList args{u"-m"_s, u"build"_s};
    if (d->request.wheel && !d->request.sdist)
        args << u"--wheel"_s;
    if (d->request.sdist && !d->request.wheel)
        args << u"--sdist"_s; // both: the sdist, then the wheel built from it, as installers would
    args << u"--outdir"_s << d->request.outputDir;
    if (noIsolation)
        args << u"--no-isolation"_s;
    args << d->buildRoot;
    runStep(Text::tr("Building with python -m build"), ProcessSpec(d->request.python, args),
            [this](const ProcessResult& result) {
                // "Successfully built churn-0.1.tar.gz and churn-0.1-py3-none-any.whl"
                const auto lines = QString::fromUtf8(result.standardOutput).split(u'\n');
                for (const QString& line : lines) {
                    if (!line.startsWith(u"Successfully built "))
                        continue;
                    const auto names = line.mid(19).trimmed().split(u" and "_s);
                    for (const QString& name : names)
                        d->outcome.artifacts.append(QDir(d->request.outputDir).filePath(name.trimmed()));
                }
                if (d->outcome.artifacts.isEmpty())
                    return fail(Error{Text::tr("build"), d->request.projectRoot,
                                      Text::tr("python -m build succeeded but named no artifact")});
                if (d->request.executable)
                    buildExecutable();
                else
                    checkWithTwine();
            });
}

void BuildJob::buildExecutable()
{
    const QString root = d->request.projectRoot;
    if (d->pyproject.scripts.isEmpty())
        return fail(Error{Text::tr("build executable"), QDir(root).filePath(u"pyproject.toml"_s),
                          Text::tr("no [project.scripts] entry: the executable needs an entry point")});
    const QString script = d->request.script.isEmpty() ? d->pyproject.scripts.firstKey() : d->request.script;
    const QString entry = d->pyproject.scripts.value(script);
    if (entry.isEmpty() || !entry.contains(u':'))
        return fail(
            Error{Text::tr("build executable"), QDir(root).filePath(u"pyproject.toml"_s),
                  Text::tr("[project.scripts] has no entry \"%1\" of the form module:function").arg(script)});
    QString wheel;
    for (const QString& artifact : std::as_const(d->outcome.artifacts))
        if (artifact.endsWith(u".whl"))
            wheel = artifact;
    // pex when a working pex ≥ 2 is on PATH (Debian 13's 1.5.3 fails on Python 3.13); zipapp otherwise.
    if (const QString pex = resolveExecutable(u"pex"_s, d->request.environment); !pex.isEmpty()) {
        runStep(
            Text::tr("Asking pex for its version"), ProcessSpec(pex, {u"--version"_s}),
            [this, pex, script, wheel](const ProcessResult& result) {
                const QString version = QString::fromUtf8(result.standardOutput).trimmed();
                if (version.section(u'.', 0, 0).toInt() < 2)
                    return buildZipapp(script, wheel);
                const QString output =
                    QDir(d->request.outputDir).filePath(script + u'-' + d->outcome.version + u".pex"_s);
                runStep(Text::tr("Writing the executable with pex %1").arg(version),
                        ProcessSpec(pex, {wheel, u"--no-index"_s, u"--find-links"_s, d->request.outputDir,
                                          u"--console-script"_s, script, u"--output-file"_s, output}),
                        [this, output](const ProcessResult&) {
                            d->outcome.artifacts.append(output);
                            checkWithTwine();
                        });
            },
            /*failureIsFine=*/true);
        return;
    }
    buildZipapp(script, wheel);
}

void BuildJob::buildZipapp(const QString& script, const QString& wheel)
{
    d->staging = std::make_unique<QTemporaryDir>();
    const QString target = d->staging->filePath(u"app"_s);
    const QString output =
        QDir(d->request.outputDir).filePath(script + u'-' + d->outcome.version + u".pyz"_s);
    // Dependencies come from the output folder and nowhere else: offline, and exactly what was built.
    runStep(
        Text::tr("Vendoring the wheel and its dependencies"),
        ProcessSpec(d->request.python,
                    {u"-m"_s, u"pip"_s, u"install"_s, u"--target"_s, target, u"--no-index"_s,
                     u"--find-links"_s, d->request.outputDir, u"--no-compile"_s,
                     u"--disable-pip-version-check"_s, u"--no-warn-script-location"_s, wheel}),
        [this, target, output, script](const ProcessResult&) {
            QDir(QDir(target).filePath(u"bin"_s)).removeRecursively(); // console scripts: not needed inside
            QFile main(QDir(target).filePath(u"__main__.py"_s));
            if (!main.open(QIODevice::WriteOnly) || main.write(dispatcher(d->pyproject.scripts, script)) < 0)
                return fail(Error{Text::tr("build executable"), main.fileName(), main.errorString()});
            main.close();
            runStep(
                Text::tr("Writing the executable with zipapp"),
                ProcessSpec(d->request.python, {u"-m"_s, u"zipapp"_s, target, u"--output"_s, output,
                                                u"--python"_s, u"/usr/bin/env python3"_s, u"--compress"_s}),
                [this, output](const ProcessResult&) {
                    d->outcome.artifacts.append(output);
                    checkWithTwine();
                });
        });
}

// twine check renders each long description the way the index will (reStructuredText through docutils):
// run it rather than guess. Its verdicts join the inspection as findings; without twine, the inspection's
// own description checks stand alone.
void BuildJob::checkWithTwine()
{
    QStringList packages;
    for (const QString& artifact : std::as_const(d->outcome.artifacts))
        if (!artifact.endsWith(u".pyz"))
            packages.append(artifact);
    if (packages.isEmpty())
        return inspectAll();
    ProcessSpec spec(d->request.python, QStringList{u"-m"_s, u"twine"_s, u"check"_s} + packages);
    QProcessEnvironment env = d->request.environment.value_or(QProcessEnvironment::systemEnvironment());
    env.insert(u"NO_COLOR"_s, u"1"_s); // rich colours its verdicts even into a pipe
    env.insert(u"COLUMNS"_s, u"200"_s);
    spec.environment = env;
    spec.workingDirectory = d->request.projectRoot;
    setProgress(++d->step, progressMaximum(), Text::tr("Checking the descriptions with twine"));
    const QString announce = u"$ "_s + spec.program + u' ' + spec.arguments.join(u' ');
    runProcess(std::move(spec), announce, [this](const ProcessResult& result) {
        static const QRegularExpression ansi(u"\x1b\\[[0-9;]*m"_s);
        const QString text = QString::fromUtf8(result.standardOutput + result.standardError).remove(ansi);
        if (!result.started || text.contains(u"No module named twine")) {
            log(Text::tr("twine is not installed in %1: descriptions not rendered").arg(d->request.python));
            return inspectAll();
        }
        d->outcome.twineChecked = true;
        // "Checking dist/churn-0.2.0.tar.gz: FAILED" and the renderer's complaint after it.
        QString current;
        const auto lines = text.split(u'\n');
        for (const QString& line : lines) {
            if (line.startsWith(u"Checking ")) {
                const qsizetype colon = line.lastIndexOf(u": "_s);
                current = QFileInfo(line.mid(9, colon - 9)).fileName();
                if (line.mid(colon + 2).trimmed().startsWith(u"FAILED"))
                    d->twineFailures.insert(current, QString());
            } else if (d->twineFailures.contains(current) && line.trimmed().startsWith(u"line ")) {
                QString& why = d->twineFailures[current]; // "line 4: Error: Unknown directive type …"
                why += (why.isEmpty() ? QString() : u" "_s) + line.trimmed();
            }
        }
        inspectAll();
    });
}

void BuildJob::inspectAll()
{
    setProgress(++d->step, progressMaximum(), Text::tr("Inspecting the artifacts"));
    const QStringList artifacts = d->outcome.artifacts;
    const QString root = d->request.projectRoot;
    const QString version = d->outcome.version;
    auto inspection = QtConcurrent::run([artifacts, root, version] {
        QString sdist;
        for (const QString& a : artifacts)
            if (a.endsWith(u".tar.gz"))
                sdist = a;
        QList<Result<Artifact>> results;
        for (const QString& a : artifacts) {
            InspectOptions options;
            options.expectedVersion = version;
            options.projectRoot = a.endsWith(u".whl") ? root : QString();
            options.companionSdist = a.endsWith(u".whl") ? sdist : QString();
            results.append(inspectArtifact(a, options));
        }
        return results;
    });
    await<QList<Result<Artifact>>>(inspection, [this](const QFuture<QList<Result<Artifact>>>& done) {
        const auto inspections = done.result();
        for (Result<Artifact> inspected : inspections) {
            if (!inspected)
                return fail(inspected.error());
            if (const auto twine = d->twineFailures.constFind(inspected->fileName);
                twine != d->twineFailures.cend())
                inspected->findings.prepend(
                    {Finding::Severity::Error,
                     u"twine-check-failed"_s,
                     Text::tr("twine check: the long description would not render on the index. %1")
                         .arg(*twine),
                     {}});
            d->outcome.inspected.append(*inspected);
        }
        finish(d->outcome);
    });
}

} // namespace slipway::dist
