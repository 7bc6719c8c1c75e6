// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/DiffCommand.h"

#include "app/cli/Cli.h"
#include "services/git/Repository.h"
#include "services/project/NotebookCleaner.h"
#include "services/project/ReviewDiff.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace slipway::cli {

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::cli)
};

} // namespace

int diff(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    project::ReviewRequest request;
    project::ReviewOptions options;
    bool cached = false, summaries = false, exitCode = false;
    QString colour = u"auto"_s;
    QStringList revisions;
    QString directory = QDir::currentPath();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == u"--") {
            request.paths = arguments.mid(i + 1);
            break;
        }
        if (argument == u"--cached" || argument == u"--staged") {
            cached = true;
        } else if (argument == u"--outputs") {
            summaries = true;
        } else if (argument == u"--no-notebook") {
            options.notebookAware = false;
        } else if (argument == u"--exit-code") {
            exitCode = true;
        } else if (argument == u"--color" || argument.startsWith(u"--color=")) {
            colour = argument.contains(u'=') ? argument.section(u'=', 1) : u"always"_s;
            if (colour != u"auto" && colour != u"always" && colour != u"never")
                return usageError(err, argument, Text::tr("expects auto, always or never"));
        } else if (argument == u"--no-color") {
            colour = u"never"_s;
        } else if (argument == u"-U" || argument.startsWith(u"-U") || argument.startsWith(u"--unified=")) {
            const QString value = argument == u"-U"            ? arguments.value(++i)
                                  : argument.startsWith(u"-U") ? argument.mid(2)
                                                               : argument.section(u'=', 1);
            bool ok = false;
            options.context = value.toInt(&ok);
            if (!ok || options.context < 0)
                return usageError(err, u"-U"_s, Text::tr("expects a number of lines"));
        } else if (argument == u"-C") {
            directory = arguments.value(++i);
        } else if (argument.startsWith(u'-')) {
            return usageError(err, argument, Text::tr("unknown option"));
        } else {
            revisions << argument;
        }
    }
    if (revisions.size() > 2)
        return usageError(err, u"diff"_s, Text::tr("takes at most two revisions"));
    if (revisions.size() == 1 && revisions.front().contains(u".."_s)) {
        const QString range = revisions.takeFirst();
        revisions << range.section(u".."_s, 0, 0) << range.section(u".."_s, 1);
        for (QString& revision : revisions)
            if (revision.isEmpty())
                revision = u"HEAD"_s;
    }
    // As git diff: nothing → index vs work tree; --cached → HEAD (or REV) vs index; REV → REV vs work tree;
    // A B → A vs B.
    if (cached) {
        request.from = git::TreeSpec::commit(revisions.value(0, u"HEAD"_s));
        request.to = git::TreeSpec::index();
    } else if (revisions.size() == 1) {
        request.from = git::TreeSpec::commit(revisions[0]);
        request.to = git::TreeSpec::workTree();
    } else if (revisions.size() == 2) {
        request.from = git::TreeSpec::commit(revisions[0]);
        request.to = git::TreeSpec::commit(revisions[1]);
    }
    git::GitResult<git::Repository> repository = git::Repository::open(directory);
    if (!repository)
        return inputError(err, repository.error().toError());
    request.repository = repository->workdir();
    // Relative paths are taken from the current folder, as git does.
    for (QString& path : request.paths)
        path = QDir(request.repository).relativeFilePath(QDir(directory).absoluteFilePath(path));
    installNotebookFilter();
    Result<QList<project::ReviewFile>> files = project::reviewDiff(request, options);
    if (!files)
        return inputError(err, files.error());
    const bool useColour = colour == u"always" || (colour == u"auto" && isatty(STDOUT_FILENO));
    const QByteArray text = project::unifiedText(*files, useColour, summaries).toUtf8();
    out.flush();
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
    return exitCode && !files->isEmpty() ? ProblemsFound : Ok;
}

} // namespace slipway::cli
