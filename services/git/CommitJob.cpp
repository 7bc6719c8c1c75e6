// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/CommitJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrentRun>

namespace slipway::git {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::git::CommitJob)
};

} // namespace

struct CommitJob::Private
{
    CommitRequest request;
    CommitOutcome outcome;
    QString gitDir;
    QString hooksDir;
};

CommitJob::CommitJob(CommitRequest request, QObject* parent)
    : ResultJob(request.amend ? Text::tr("Amend commit") : Text::tr("Commit"), parent)
    , d(std::make_unique<Private>())
{
    d->request = std::move(request);
}

CommitJob::~CommitJob() = default;

void CommitJob::run()
{
    if (d->request.message.trimmed().isEmpty())
        return finish(
            slipway::fail(Text::tr("commit"), d->request.root, Text::tr("the commit message is empty")));
    auto repo = Repository::open(d->request.root);
    if (!repo)
        return finish(std::unexpected(repo.error().toError()));
    const RepositoryInfo info = repo->info();
    d->gitDir = info.gitdir;
    const QString hooksPath = repo->configString(QStringLiteral("core.hooksPath")).value_or(QString());
    // Hooks live in the common folder: a linked worktree's gitdir has none of its own.
    d->hooksDir = hooksPath.isEmpty() ? QDir(info.commonDir).filePath(QStringLiteral("hooks"))
                                      : QDir(d->request.root).absoluteFilePath(hooksPath);

    // The message goes where hooks (and git) expect it.
    QSaveFile message(QDir(d->gitDir).filePath(QStringLiteral("COMMIT_EDITMSG")));
    if (!message.open(QIODevice::WriteOnly) || message.write(d->request.message.toUtf8()) < 0 ||
        !message.commit())
        return finish(slipway::fail(Text::tr("commit"), message.fileName(), message.errorString()));

    runHook(
        QStringLiteral("pre-commit"), {},
        [this] {
            runHook(
                QStringLiteral("commit-msg"), {QDir(d->gitDir).filePath(QStringLiteral("COMMIT_EDITMSG"))},
                [this] { makeCommit(); }, false);
        },
        false);
}

void CommitJob::runHook(const QString& name, const QStringList& args, const std::function<void()>& next,
                        bool mayFail)
{
    const QString hook = QDir(d->hooksDir).filePath(name);
    const QFileInfo file(hook);
    if (!file.isFile() || !file.isExecutable())
        return next();
    if (!d->request.runHooks) {
        log(Text::tr("%1 hook not run: the project is not trusted").arg(name));
        return next();
    }
    ProcessSpec spec(hook, args);
    spec.workingDirectory = d->request.root;
    QProcessEnvironment env = d->request.environment;
    env.insert(QStringLiteral("GIT_INDEX_FILE"), QDir(d->gitDir).filePath(QStringLiteral("index")));
    env.insert(QStringLiteral("GIT_EDITOR"), QStringLiteral(":"));
    spec.environment = env;
    runProcess(
        std::move(spec), Text::tr("Running the %1 hook").arg(name),
        [this, name, hook, next, mayFail](const ProcessResult& result) {
            d->outcome.hooksRun.append(name);
            if (!result.succeeded() && !mayFail) {
                QString text = QString::fromUtf8(result.standardOutput + result.standardError).trimmed();
                return finish(slipway::fail(
                    Text::tr("%1 hook").arg(name), hook,
                    Text::tr("%1; the commit was not made%2")
                        .arg(result.summary(), text.isEmpty() ? QString() : QStringLiteral(":\n") + text)));
            }
            next();
        });
}

namespace {

// The commit itself, on the thread pool: the index may be large, and this is git I/O.
Result<QString> commitIndex(const QString& root, const QString& gitDir, const QString& fallbackMessage,
                            bool amend)
{
    QString message = fallbackMessage;
    QFile edited(QDir(gitDir).filePath(QStringLiteral("COMMIT_EDITMSG")));
    if (edited.open(QIODevice::ReadOnly))
        message = QString::fromUtf8(edited.readAll()); // commit-msg may have changed it
    auto repo = Repository::open(root);
    if (!repo)
        return std::unexpected(repo.error().toError());
    auto author = repo->defaultSignature();
    if (!author)
        return fail(Text::tr("commit"), root,
                    Text::tr("git does not know who you are: set user.name and user.email"));
    auto commit = amend ? repo->amend(message, *author) : repo->commit(message, *author);
    if (!commit)
        return std::unexpected(commit.error().toError());
    return *commit;
}

} // namespace

void CommitJob::makeCommit()
{
    // From here on the commit is made whatever happens: a cancel would leave it made but reported canceled.
    setCancelable(false);
    setProgressText(Text::tr("Writing the commit"));
    await<Result<QString>>(
        QtConcurrent::run(commitIndex, d->request.root, d->gitDir, d->request.message, d->request.amend),
        [this](const QFuture<Result<QString>>& done) {
            const Result<QString> commit = done.result();
            if (!commit)
                return finish(std::unexpected(commit.error()));
            d->outcome.commit = *commit;
            afterCommit();
        });
}

void CommitJob::afterCommit()
{
    runHook(QStringLiteral("post-commit"), {}, [this] { finish(d->outcome); }, true);
}

} // namespace slipway::git
