// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/project/SampleProject.h"

#include "services/git/Repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QTimeZone>

namespace slipway {

namespace {

const QString resourceRoot = QStringLiteral(":/slipway/examples/churn");

// This file's texts for translators, in the context "slipway::SampleProject".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::SampleProject)
};

git::Signature sampleAuthor(int dayOfJanuary)
{
    return {QStringLiteral("Ada Analyst"), QStringLiteral("ada@churn.example"),
            QDateTime(QDate(2026, 1, dayOfJanuary), QTime(10, 0), QTimeZone::UTC)};
}

Result<void> writeFile(const QString& path, const QByteArray& contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return fail(Text::tr("create sample project"), path, file.errorString());
    return {};
}

Result<void> gitStep(const git::GitResult<void>& result)
{
    if (!result)
        return std::unexpected(result.error().toError());
    return {};
}

} // namespace

Result<QString> createSampleProject(const QString& destination)
{
    const QString operation = Text::tr("create sample project");
    QDir target(destination);
    if (QFileInfo(destination).isFile())
        return fail(operation, destination, Text::tr("is a file"));
    if (target.exists() && !target.isEmpty())
        return fail(operation, destination, Text::tr("the folder is not empty"));
    if (!QDir().mkpath(destination))
        return fail(operation, destination, Text::tr("the folder cannot be created"));

    QDirIterator it(resourceRoot, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = source.mid(resourceRoot.size() + 1);
        const QString path = target.filePath(relative);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(operation, path, Text::tr("the folder cannot be created"));
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return fail(operation, source, in.errorString());
        if (auto written = writeFile(path, in.readAll()); !written)
            return std::unexpected(written.error());
        ++copied;
    }
    if (copied == 0)
        return fail(operation, resourceRoot, Text::tr("the sample project is missing from this build"));

    auto repository = git::Repository::init(target.absolutePath());
    if (!repository)
        return std::unexpected(repository.error().toError());
    if (auto staged = gitStep(repository->stageAll()); !staged)
        return std::unexpected(staged.error());
    auto first =
        repository->commit(QStringLiteral("Churn analysis: package, notebook and tests\n"), sampleAuthor(5));
    if (!first)
        return std::unexpected(first.error().toError());
    if (auto tagged = gitStep(repository->createTag(QStringLiteral("v0.1.0"),
                                                    QStringLiteral("Release 0.1.0\n"), sampleAuthor(5)));
        !tagged)
        return std::unexpected(tagged.error());

    // One commit after the release, so the version is a development version of the next one.
    QFile changelog(target.filePath(QStringLiteral("CHANGELOG.md")));
    if (!changelog.open(QIODevice::ReadOnly))
        return fail(operation, changelog.fileName(), changelog.errorString());
    const QByteArray text = changelog.readAll();
    changelog.close();
    const QByteArray unreleased = "## Unreleased\n\n- Tenure buckets for the churn-rate table.\n\n";
    const qsizetype firstRelease = text.indexOf("## ");
    QByteArray updated = text;
    updated.insert(firstRelease < 0 ? text.size() : firstRelease, unreleased);
    if (auto written = writeFile(changelog.fileName(), updated); !written)
        return std::unexpected(written.error());
    if (auto staged = gitStep(repository->stageAll()); !staged)
        return std::unexpected(staged.error());
    if (auto second = repository->commit(QStringLiteral("Changelog: tenure buckets\n"), sampleAuthor(12));
        !second)
        return std::unexpected(second.error().toError());
    return target.absolutePath();
}

} // namespace slipway
