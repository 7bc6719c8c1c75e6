// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/Project.h"

#include "services/project/ProjectScan.h"
#include "services/project/ProjectVersion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrentRun>

namespace slipway {

namespace {

constexpr qsizetype fileLimit = 200'000;

// This file's texts for translators, in the context "slipway::Project".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::Project)
};

void report(QPromise<Result<ProjectInfo>>* promise, int step, const QString& text)
{
    if (promise)
        promise->setProgressValueAndText(step, text);
}

} // namespace

QString ProjectInfo::versionLabel() const
{
    if (pyproject && !pyproject->version.isEmpty())
        return pyproject->version;
    if (scmVersion)
        return scmVersion->version;
    if (pyproject && pyproject->versionDynamic)
        return Text::tr("dynamic");
    return {};
}

Result<ProjectInfo> loadProject(const QString& path, QPromise<Result<ProjectInfo>>* promise)
{
    const QString operation = Text::tr("open project");
    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(operation, path, Text::tr("no folder given"));
    if (!info.exists())
        return fail(operation, path, Text::tr("no such folder"));
    if (!info.isDir())
        return fail(operation, path, Text::tr("is a file, not a folder"));
    if (!info.isReadable() || !info.isExecutable() || !QDir(path).isReadable())
        return fail(operation, path, Text::tr("permission denied: the folder cannot be read"));

    if (promise)
        promise->setProgressRange(0, 3);
    ProjectInfo project;
    project.root = info.canonicalFilePath();
    project.name = QFileInfo(project.root).fileName();
    const QDir root(project.root);

    report(promise, 0, Text::tr("Reading the git repository"));
    std::optional<git::Repository> repository;
    if (auto opened = git::Repository::open(project.root)) {
        project.git = opened->info();
        repository.emplace(std::move(*opened));
    }

    report(promise, 1, Text::tr("Reading pyproject.toml"));
    const QString pyprojectPath = root.filePath(QStringLiteral("pyproject.toml"));
    if (QFileInfo::exists(pyprojectPath)) {
        project.hasPyProjectFile = true;
        QFile file(pyprojectPath);
        if (!file.open(QIODevice::ReadOnly)) {
            project.problems.append(
                Error{Text::tr("read pyproject.toml"), pyprojectPath, file.errorString()});
        } else if (auto parsed = parsePyProject(file.readAll(), pyprojectPath, &project.problems)) {
            project.pyproject = std::move(*parsed);
            if (!project.pyproject->name.isEmpty())
                project.name = project.pyproject->name;
        } else {
            project.problems.append(parsed.error());
        }
    }
    if (repository && (!project.pyproject || project.pyproject->version.isEmpty())) {
        const PyProject settings = project.pyproject.value_or(PyProject{});
        const QString scmRoot = settings.scm.root.isEmpty()
                                    ? project.root
                                    : QDir::cleanPath(root.absoluteFilePath(settings.scm.root));
        if (auto v = version::computeVersion(scmRoot, scmSettings(settings)))
            project.scmVersion = std::move(*v);
        else if (project.pyproject && project.pyproject->usesSetuptoolsScm)
            project.problems.append(v.error());
    }
    project.hasSetupCfg = QFileInfo::exists(root.filePath(QStringLiteral("setup.cfg")));
    project.hasSetupPy = QFileInfo::exists(root.filePath(QStringLiteral("setup.py")));

    report(promise, 2, Text::tr("Listing files"));
    FileScan scan = scanProjectFiles(project.root, repository ? &*repository : nullptr, fileLimit,
                                     [promise] { return promise && promise->isCanceled(); });
    project.files = std::move(scan.files);
    project.filesTruncated = scan.truncated;
    project.problems.append(scan.problems);
    if (scan.truncated)
        project.problems.append(
            Error{Text::tr("list files"), project.root,
                  Text::tr("more than %1 files; the project tree shows the first ones").arg(fileLimit)});
    for (const QString& file : std::as_const(project.files))
        if (file.endsWith(u".ipynb", Qt::CaseInsensitive))
            project.notebooks.append(file);

    QStringList candidates = project.pyproject ? project.pyproject->testPaths : QStringList();
    candidates << QStringLiteral("tests") << QStringLiteral("test");
    for (const QString& candidate : std::as_const(candidates))
        if (QFileInfo(root.filePath(candidate)).isDir() && !project.testDirs.contains(candidate))
            project.testDirs.append(candidate);

    report(promise, 3, Text::tr("Project read"));
    return project;
}

QFuture<Result<ProjectInfo>> loadProjectAsync(const QString& path)
{
    return QtConcurrent::run(
        [path](QPromise<Result<ProjectInfo>>& promise) { promise.addResult(loadProject(path, &promise)); });
}

} // namespace slipway
