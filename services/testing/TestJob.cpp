// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/testing/TestJob.h"

#include "services/git/Repository.h"
#include "services/project/ProjectVersion.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtConcurrentRun>

namespace slipway::testing {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::testing)
};

Outcome outcomeOf(QStringView word)
{
    if (word == u"PASSED" || word == u"XFAIL" || word == u"XPASS")
        return Outcome::Passed;
    if (word == u"FAILED")
        return Outcome::Failed;
    if (word == u"ERROR")
        return Outcome::Error;
    if (word == u"SKIPPED")
        return Outcome::Skipped;
    return Outcome::NotRun;
}

std::optional<Error> missingPytest(const ProcessResult& result, const QString& python, const QString& root)
{
    if (result.started && !result.standardError.contains("No module named pytest"))
        return std::nullopt;
    return Error{Text::tr("test"), root,
                 result.started
                     ? Text::tr("pytest is not installed for %1; install it with `%1 -m pip install pytest`")
                           .arg(python)
                     : Text::tr("%1 could not be started: %2").arg(python, result.errorString)};
}

bool copyTree(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"__pycache__"_s))
            continue;
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir())
            QDir().mkpath(target);
        else if (!QFile::copy(path, target))
            return false;
    }
    return true;
}

} // namespace

int TestReport::count(Outcome outcome) const
{
    return int(std::ranges::count(results, outcome, &TestResult::outcome));
}

bool TestReport::passed() const
{
    return problems.isEmpty() && !canceled && count(Outcome::Failed) == 0 && count(Outcome::Error) == 0 &&
           (!coverage || coverage->passes());
}

CollectJob::CollectJob(TestRequest request, QObject* parent)
    : Job(Text::tr("Discover tests"), parent)
    , m_request(std::move(request))
{}

void CollectJob::run()
{
    ProcessSpec spec(m_request.python, {u"-m"_s, u"pytest"_s, u"--collect-only"_s, u"-q"_s, u"--color=no"_s});
    spec.arguments << m_request.selection;
    spec.workingDirectory = m_request.root;
    spec.environment = m_request.environment;
    runProcess(spec, {}, [this](const ProcessResult& result) {
        if (auto missing = missingPytest(result, m_request.python, m_request.root))
            m_problems.append(*missing);
        else
            m_collection = parseCollection(QString::fromUtf8(result.standardOutput));
        if (m_problems.isEmpty())
            succeed();
        else
            fail(m_problems.front());
    });
}

TestJob::TestJob(TestRequest request, QObject* parent)
    : Job(request.installed ? Text::tr("Test the installed package") : Text::tr("Run tests"), parent)
    , m_request(std::move(request))
    , m_work(std::make_unique<QTemporaryDir>())
{}

void TestJob::onCancel()
{
    m_canceled = true;
    m_report.canceled = true;
}

void TestJob::run()
{
    m_junit = m_request.junitFile.isEmpty() ? m_work->filePath(u"junit.xml"_s) : m_request.junitFile;
    m_coverageXml = m_work->filePath(u"coverage.xml"_s);
    if (!m_request.installed) {
        m_runRoot = m_request.root;
        runTests(m_request.python, m_request.root, m_request.selection);
        return;
    }
    // 1. the sources as committed: HEAD's tree exported (a stale build/ or an uncommitted file in the work
    //    tree cannot get into the package); a folder that is not a git work tree is used as it is
    m_sourceRoot = m_request.root;
    if (!git::Repository::mayBeInside(m_request.root))
        return buildWheel();
    const QString root = m_request.root;
    const QString target = m_work->filePath(u"export"_s);
    setProgressText(Text::tr("Exporting the commit…"));
    using Exported = Result<QPair<QString, QString>>; // commit, version
    await<Exported>(
        QtConcurrent::run([root, target]() -> Exported {
            version::ScmSettings committed;
            committed.committedOnly = true;
            auto v = projectVersion(root, committed);
            auto repo = git::Repository::open(root);
            if (!repo)
                return std::unexpected(repo.error().toError());
            auto exported = repo->exportTree(u"HEAD"_s, target);
            if (!exported)
                return std::unexpected(exported.error().toError());
            return QPair<QString, QString>(exported->first, v ? v->version : QString());
        }),
        [this, target](const QFuture<Exported>& done) {
            const Exported exported = done.result();
            if (exported) {
                m_sourceRoot = target;
                if (m_request.version.isEmpty())
                    m_request.version = exported->second;
                log(Text::tr("Testing commit %1 (a clean export of its tree)").arg(exported->first.left(12)));
            } else {
                log(Text::tr("Not a commit to export (%1): the work tree as it is")
                        .arg(exported.error().message));
            }
            buildWheel();
        });
}

void TestJob::buildWheel()
{
    if (!m_request.installArguments.isEmpty())
        return makeEnvironment({});
    // 2. the wheel, as pip would build it (offline: the build backend must be installed); from an sdist when
    //    the sources were exported, as `python -m build` does
    const QString dist = m_work->filePath(u"dist"_s);
    QStringList args{u"-m"_s, u"build"_s, u"--no-isolation"_s, u"--outdir"_s, dist};
    if (m_sourceRoot == m_request.root)
        args << u"--wheel"_s;
    args << m_sourceRoot;
    ProcessSpec build(m_request.python, args);
    build.workingDirectory = m_sourceRoot;
    build.environment = m_request.environment;
    if (m_sourceRoot != m_request.root) {
        QProcessEnvironment env = build.environment.value_or(QProcessEnvironment::systemEnvironment());
        if (!m_request.version.isEmpty())
            env.insert(u"SETUPTOOLS_SCM_PRETEND_VERSION"_s, m_request.version);
        build.environment = env;
    }
    build.ownProcessGroup = m_request.ownProcessGroup;
    runProcess(build, Text::tr("Building the wheel…"), [this, dist](const ProcessResult& built) {
        if (m_canceled)
            return finishWith(built);
        const QStringList wheels = QDir(dist).entryList({u"*.whl"_s}, QDir::Files);
        if (!built.succeeded() || wheels.isEmpty()) {
            m_report.problems.append(
                Error{Text::tr("test the installed package"), m_request.root,
                      Text::tr("the wheel could not be built: %1").arg(built.summary())});
            return finishWith(built);
        }
        makeEnvironment({u"--no-deps"_s, u"--no-index"_s, QDir(dist).filePath(wheels.front())});
    });
}

void TestJob::makeEnvironment(const QStringList& installFromBuild)
{
    // 3. a new environment (with the system's packages, so that pytest is there offline)
    const QString venv = m_work->filePath(u"venv"_s);
    ProcessSpec makeVenv(m_request.python, {u"-m"_s, u"venv"_s, u"--system-site-packages"_s, venv});
    makeVenv.environment = m_request.environment;
    const QStringList install = installFromBuild.isEmpty() ? m_request.installArguments : installFromBuild;
    runProcess(
        makeVenv, Text::tr("Creating a clean environment…"),
        [this, venv, install](const ProcessResult& made) {
            if (m_canceled || !made.succeeded()) {
                if (!made.succeeded() && !m_canceled)
                    m_report.problems.append(
                        Error{Text::tr("test the installed package"), venv, made.summary()});
                return finishWith(made);
            }
            // 4. the package into it, never the source tree
            const QString python = venv + u"/bin/python"_s;
            ProcessSpec spec(python, QStringList{u"-m"_s, u"pip"_s, u"install"_s, u"--no-cache-dir"_s,
                                                 u"--disable-pip-version-check"_s} +
                                         install);
            spec.environment = m_request.environment;
            runProcess(
                spec, Text::tr("Installing %1…").arg(install.constLast()),
                [this, python](const ProcessResult& installed) {
                    if (m_canceled || !installed.succeeded()) {
                        if (!installed.succeeded() && !m_canceled)
                            m_report.problems.append(Error{
                                Text::tr("test the installed package"), m_request.root,
                                Text::tr("the package could not be installed: %1").arg(installed.summary())});
                        return finishWith(installed);
                    }
                    runInstalled(python);
                });
        });
}

void TestJob::runInstalled(const QString& python)
{
    // 5. the project without its sources (src/, top-level packages, builds, environments) in a temporary
    //    folder: the tests and their data are there, the package only as installed
    m_runRoot = m_work->filePath(u"run"_s);
    QDir().mkpath(m_runRoot);
    QStringList targets;
    const QDir root(m_sourceRoot);
    static const QStringList skipped{u"src"_s,         u".git"_s,    u".venv"_s, u"venv"_s,
                                     u"build"_s,       u"dist"_s,    u".tox"_s,  u".pytest_cache"_s,
                                     u"__pycache__"_s, u".slipway"_s};
    const auto entries = root.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo& entry : entries) {
        const QString name = entry.fileName();
        if (skipped.contains(name) || name.endsWith(u".egg-info"_s) ||
            (entry.isDir() && QFile::exists(entry.filePath() + u"/__init__.py"_s)) ||
            name == u"pyproject.toml" || name == u"setup.cfg" || name == u"tox.ini" || name == u"pytest.ini")
            continue;
        if (entry.isDir())
            copyTree(entry.filePath(), m_runRoot + u'/' + name);
        else
            QFile::copy(entry.filePath(), m_runRoot + u'/' + name);
        if (entry.isDir() && (name == u"tests" || name == u"test"))
            targets << name;
    }
    // The rootdir is here, without the project's pytest settings (which may put src/ on the path).
    QFile(m_runRoot + u"/pytest.ini"_s).open(QIODevice::WriteOnly);
    runTests(python, m_runRoot, targets);
}

void TestJob::runTests(const QString& python, const QString& workingDirectory, const QStringList& targets)
{
    ProcessSpec spec(python, {u"-m"_s, u"pytest"_s, u"-v"_s, u"--color=no"_s, u"-o"_s,
                              u"junit_family=xunit1"_s, u"--junitxml="_s + m_junit});
    if (m_request.failedLastTime)
        spec.arguments << u"--last-failed"_s;
    if (m_request.coverage)
        spec.arguments << (QFileInfo(QDir(workingDirectory).filePath(u"src"_s)).isDir() ? u"--cov=src"_s
                                                                                        : u"--cov=."_s)
                       << u"--cov-report=xml:"_s + m_coverageXml;
    spec.arguments << targets;
    spec.workingDirectory = workingDirectory;
    spec.environment = m_request.environment;
    spec.ownProcessGroup = m_request.ownProcessGroup;
    if (m_request.installed) {
        QProcessEnvironment env = spec.environment.value_or(QProcessEnvironment::systemEnvironment());
        env.remove(u"PYTHONPATH"_s);
        spec.environment = env;
    }
    static const QRegularExpression line(
        u"^(\\S+::\\S+) (PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)\\b.*\\[\\s*(\\d+)%\\]\\s*$"_s);
    connect(this, &Job::logLine, this, [this](const QString& text) {
        const QRegularExpressionMatch m = line.match(text);
        if (m.hasMatch())
            Q_EMIT progress(m.captured(3).toInt(), m.captured(1), outcomeOf(m.capturedView(2)));
    });
    runProcess(spec, Text::tr("Running pytest…"), [this, python](const ProcessResult& result) {
        if (auto missing = missingPytest(result, python, m_request.root)) {
            m_report.problems.append(*missing);
            return finishWith(result);
        }
        if (!result.canceled && (result.crashed || result.exitCode >= 3) && result.exitCode != 5)
            m_report.problems.append(
                Error{Text::tr("test"), m_request.root,
                      Text::tr("pytest failed: %1; its output is in the Log").arg(result.summary())});
        QFile junit(m_junit);
        if (junit.open(QIODevice::ReadOnly)) {
            Result<QList<TestResult>> results = parseJUnitXml(junit.readAll());
            if (results)
                m_report.results = *results;
            else
                m_report.problems.append(results.error());
        }
        if (m_request.coverage) {
            QFile xml(m_coverageXml);
            if (xml.open(QIODevice::ReadOnly)) {
                Result<CoverageReport> coverage = parseCoberturaXml(xml.readAll(), m_runRoot);
                if (coverage) {
                    coverage->failUnder = coverageFailUnder(m_request.root);
                    m_report.coverage = *coverage;
                } else {
                    m_report.problems.append(coverage.error());
                }
            } else if (!result.canceled) {
                m_report.problems.append(
                    Error{Text::tr("coverage"), m_request.root,
                          Text::tr("no coverage report: is pytest-cov installed for %1?").arg(python)});
            }
        }
        if (m_request.installed)
            explainInstalledFailures();
        finishWith(result);
    });
}

void TestJob::explainInstalledFailures()
{
    // What the installed package lacks shows as FileNotFoundError or ModuleNotFoundError in the tracebacks.
    static const QRegularExpression missingFile(u"No such file or directory: '([^']+)'"_s);
    static const QRegularExpression missingModule(u"No module named '([^']+)'"_s);
    QStringList said;
    for (const TestResult& result : std::as_const(m_report.results)) {
        if (result.outcome != Outcome::Failed && result.outcome != Outcome::Error)
            continue;
        const QString text = result.details + u'\n' + result.message;
        if (const QRegularExpressionMatch m = missingFile.match(text); m.hasMatch()) {
            QString file = m.captured(1);
            const qsizetype site = file.indexOf(u"site-packages/"_s);
            if (site < 0)
                continue; // not a file of the package: the test's own business
            file = file.mid(site + 14);
            if (!said.contains(file)) {
                said << file;
                m_report.problems.append(
                    Error{Text::tr("test the installed package"), file,
                          Text::tr("the installed package lacks %1 (%2 fails with FileNotFoundError); "
                                   "declare it as package data")
                              .arg(file, result.nodeId)});
            }
        } else if (const QRegularExpressionMatch n = missingModule.match(text);
                   n.hasMatch() && !said.contains(n.captured(1))) {
            said << n.captured(1);
            m_report.problems.append(
                Error{Text::tr("test the installed package"), m_request.root,
                      Text::tr("the installed package cannot import %1 (%2): a module left out of the "
                               "wheel or an undeclared dependency")
                          .arg(n.captured(1), result.nodeId)});
        }
    }
}

void TestJob::finishWith(const ProcessResult& result)
{
    m_report.canceled = m_canceled || result.canceled;
    if (m_report.canceled)
        finishCanceled();
    else if (!m_report.problems.isEmpty())
        fail(m_report.problems.front());
    else
        succeed();
}

} // namespace slipway::testing
