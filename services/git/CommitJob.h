// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/core/Job.h"
#include "services/git/Repository.h"

#include <QFuture>
#include <QObject>
#include <QProcessEnvironment>

#include <functional>
#include <memory>

namespace slipway::git {

struct CommitRequest
{
    QString root;
    QString message;
    bool amend = false;
    // Hooks are the repository's own programs: run them only for a trusted project. When false, the commit
    // is made without them and the output says so.
    bool runHooks = false;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

struct CommitOutcome
{
    QString commit;       // the new commit's id
    QStringList hooksRun; // "pre-commit", "commit-msg", "post-commit"
};

// A commit the way git makes one: pre-commit (may change the index), commit-msg (may change the message
// in .git/COMMIT_EDITMSG), the commit through libgit2 (author from git config), then post-commit. A hook that
// fails stops the commit; the error carries the hook's whole output. Runs on the thread that owns it,
// without blocking it (hooks are asynchronous processes). Canceling during pre-commit or commit-msg makes no
// commit; once the commit is being written it completes (post-commit included) and the job succeeds.
class CommitJob : public ResultJob<CommitOutcome>
{
    Q_OBJECT
public:
    explicit CommitJob(CommitRequest request, QObject* parent = nullptr);
    ~CommitJob() override;

protected:
    void run() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
    void runHook(const QString& name, const QStringList& args, const std::function<void()>& next,
                 bool mayFail);
    void makeCommit();
    void afterCommit();
};

} // namespace slipway::git
