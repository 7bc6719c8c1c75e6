// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The git workbench's local operations on real repositories, each result checked with the real git:
// status (as `git status --porcelain` sees it), stage, unstage, discard with its backup, branches, tags,
// amend.

#include "services/core/ProcessRun.h"
#include "services/git/CommitJob.h"
#include "services/git/NotebookFilter.h"
#include "services/git/Repository.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace slipway;
using namespace slipway::git;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<CommitOutcome> commitWith(CommitRequest request, QStringList* output = nullptr)
{
    CommitJob job(std::move(request));
    return test::runJob(job, output);
}

bool writeHook(const QString& root, const QString& name, const QByteArray& script)
{
    const QString path = root + u"/.git/hooks/"_s + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n" + script) < 0)
        return false;
    file.close();
    return file.setPermissions(file.permissions() | QFile::ExeOwner);
}

const StatusEntry* find(const QList<StatusEntry>& entries, const QString& path)
{
    for (const StatusEntry& e : entries)
        if (e.path == path)
            return &e;
    return nullptr;
}

} // namespace

class TestGitWorkbench : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    // A repository with three committed files on main.
    QString makeRepo()
    {
        const QString root = m_dir.filePath(u"repo%1"_s.arg(++m_count));
        bool ok = false;
        test::git(m_dir.path(), {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s, root}, &ok);
        for (const char* name : {"a.py", "b.py", "c.py"})
            test::writeFile(root, QString::fromUtf8(name), QByteArray("print('") + name + "')\n");
        test::writeFile(root, u".gitignore"_s, "*.log\n");
        test::git(root, {u"add"_s, u"."_s}, &ok);
        test::git(root, {u"commit"_s, u"-qm"_s, u"first"_s}, &ok);
        return ok ? root : QString();
    }

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void statusMatchesGit()
    {
        const QString root = makeRepo();
        bool ok = false;
        test::writeFile(root, u"a.py"_s, "changed\n"); // unstaged modification
        test::writeFile(root, u"b.py"_s, "staged\n");  // staged, then changed again
        test::git(root, {u"add"_s, u"b.py"_s}, &ok);
        test::writeFile(root, u"b.py"_s, "staged and changed\n");
        test::git(root, {u"mv"_s, u"c.py"_s, u"renamed.py"_s}, &ok); // staged rename
        test::writeFile(root, u"new.py"_s, "x = 1\n");               // untracked
        test::writeFile(root, u"debug.log"_s, "noise\n");            // ignored

        auto repo = Repository::open(root);
        QVERIFY(repo.has_value());
        const auto entries = repo->status();
        QVERIFY(entries.has_value());
        QCOMPARE(entries->size(), 4);
        QCOMPARE(find(*entries, u"a.py"_s)->unstaged, Change::Modified);
        QCOMPARE(find(*entries, u"a.py"_s)->staged, Change::None);
        QCOMPARE(find(*entries, u"b.py"_s)->staged, Change::Modified);
        QCOMPARE(find(*entries, u"b.py"_s)->unstaged, Change::Modified);
        QCOMPARE(find(*entries, u"renamed.py"_s)->staged, Change::Renamed);
        QCOMPARE(find(*entries, u"renamed.py"_s)->oldPath, u"c.py"_s);
        QCOMPARE(find(*entries, u"new.py"_s)->unstaged, Change::Untracked);
        QVERIFY(!find(*entries, u"debug.log"_s));
        const auto withIgnored = repo->status({true, true});
        QCOMPARE(find(*withIgnored, u"debug.log"_s)->unstaged, Change::Ignored);

        // The same picture as git's porcelain status.
        const QString porcelain = test::git(root, {u"status"_s, u"--porcelain"_s}, &ok);
        QVERIFY(porcelain.contains(u" M a.py"));
        QVERIFY(porcelain.contains(u"MM b.py"));
        QVERIFY(porcelain.contains(u"R  c.py -> renamed.py"));
        QVERIFY(porcelain.contains(u"?? new.py"));
    }

    void conflictsAreShown()
    {
        const QString root = makeRepo();
        bool ok = false;
        test::git(root, {u"checkout"_s, u"-qb"_s, u"other"_s}, &ok);
        test::writeFile(root, u"a.py"_s, "theirs\n");
        test::git(root, {u"commit"_s, u"-qam"_s, u"theirs"_s}, &ok);
        test::git(root, {u"checkout"_s, u"-q"_s, u"main"_s}, &ok);
        test::writeFile(root, u"a.py"_s, "ours\n");
        test::git(root, {u"commit"_s, u"-qam"_s, u"ours"_s}, &ok);
        test::git(root, {u"merge"_s, u"-q"_s, u"other"_s}, &ok); // fails: conflict
        QVERIFY(!ok);
        auto repo = Repository::open(root);
        const auto entries = repo->status();
        QVERIFY(entries.has_value());
        QVERIFY(find(*entries, u"a.py"_s)->conflicted);
        QCOMPARE(find(*entries, u"a.py"_s)->unstaged, Change::Conflicted);
        // Staging the resolution clears the conflict, as `git add` does.
        test::writeFile(root, u"a.py"_s, "resolved\n");
        QVERIFY(repo->stage({u"a.py"_s}).has_value());
        QVERIFY(!test::git(root, {u"status"_s, u"--porcelain"_s}, &ok).contains(u"UU"));
    }

    void stageAndUnstage()
    {
        const QString root = makeRepo();
        test::writeFile(root, u"a.py"_s, "changed\n");
        test::writeFile(root, u"new.py"_s, "x = 1\n");
        QVERIFY(QFile::remove(root + u"/b.py"_s));
        auto repo = Repository::open(root);
        QVERIFY(repo->stage({u"a.py"_s, u"new.py"_s, u"b.py"_s}).has_value());
        bool ok = false;
        QCOMPARE(test::git(root, {u"diff"_s, u"--cached"_s, u"--name-status"_s}, &ok),
                 u"M\ta.py\nD\tb.py\nA\tnew.py\n"_s);
        QVERIFY(repo->unstage({u"a.py"_s, u"new.py"_s}).has_value());
        QCOMPARE(test::git(root, {u"diff"_s, u"--cached"_s, u"--name-status"_s}, &ok), u"D\tb.py\n"_s);
        QCOMPARE(readFile(root + u"/a.py"_s), QByteArray("changed\n")); // the work tree keeps the change
    }

    void discardKeepsABackup()
    {
        const QString root = makeRepo();
        test::writeFile(root, u"a.py"_s, "precious work\n");
        test::writeFile(root, u"scratch.py"_s, "untracked work\n");
        auto repo = Repository::open(root);
        const auto backup = repo->discard({u"a.py"_s, u"scratch.py"_s});
        QVERIFY2(backup.has_value(), qPrintable(backup ? QString() : backup.error().toString()));
        QCOMPARE(readFile(root + u"/a.py"_s), QByteArray("print('a.py')\n"));
        QVERIFY(!QFile::exists(root + u"/scratch.py"_s));
        bool ok = false;
        QCOMPARE(test::git(root, {u"status"_s, u"--porcelain"_s}, &ok), QString());
        // The backup is a real commit git can read.
        QCOMPARE(test::git(root, {u"show"_s, u"refs/slipway/discarded:a.py"_s}, &ok), u"precious work\n"_s);

        const auto backups = repo->discardBackups();
        QCOMPARE(backups->size(), 1);
        QCOMPARE(backups->first().id, *backup);
        QCOMPARE(backups->first().paths, (QStringList{u"a.py"_s, u"scratch.py"_s}));
        const auto restored = repo->restoreDiscarded(*backup);
        QVERIFY(restored.has_value());
        QCOMPARE(readFile(root + u"/a.py"_s), QByteArray("precious work\n"));
        QCOMPARE(readFile(root + u"/scratch.py"_s), QByteArray("untracked work\n"));

        // A second discard chains onto the first.
        test::writeFile(root, u"b.py"_s, "more\n");
        QVERIFY(repo->discard({u"b.py"_s}).has_value());
        QCOMPARE(repo->discardBackups()->size(), 2);
    }

    // A backup ref a hostile repository brings along: names git would never check out, and a folder of
    // the work tree that is a link out. Nothing is written outside; edits a restore replaces are kept.
    void restoreChecksPathsAndKeepsEdits()
    {
        const QString root = makeRepo();
        auto repo = Repository::open(root);
        bool ok = false;
        const QString blob = test::git(root, {u"hash-object"_s, u"-w"_s, u"a.py"_s}, &ok).trimmed();
        const auto backupOf = [&](const QString& entries) {
            const QString list = m_dir.filePath(u"tree.txt"_s);
            test::writeFile(m_dir.path(), u"tree.txt"_s, entries.toUtf8());
            QProcess mktree;
            mktree.setWorkingDirectory(root);
            mktree.setStandardInputFile(list);
            mktree.start(u"git"_s, {u"mktree"_s, u"--missing"_s});
            mktree.waitForFinished();
            const QString tree = QString::fromUtf8(mktree.readAllStandardOutput()).trimmed();
            return test::git(root, {u"commit-tree"_s, u"-m"_s, u"hostile"_s, tree}, &ok).trimmed();
        };
        for (const QString& name : {u".."_s, u".git"_s, u".GIT"_s}) {
            const QString commit = backupOf(u"100644 blob %1\t%2\n"_s.arg(blob, name));
            QVERIFY2(ok && !commit.isEmpty(), qPrintable(name));
            const auto refused = repo->restoreDiscarded(commit);
            QVERIFY2(!refused.has_value(), qPrintable(name));
            QVERIFY2(refused.error().message.contains(u"refused"_s), qPrintable(refused.error().toString()));
        }
        // sub/ is a link to a folder outside the work tree.
        const QString outside = m_dir.filePath(u"outside%1"_s.arg(m_count));
        QVERIFY(QDir().mkpath(outside));
        QVERIFY(QFile::link(outside, root + u"/sub"_s));
        const QString inner = [&] {
            test::writeFile(m_dir.path(), u"inner.txt"_s, u"100644 blob %1\tx.py\n"_s.arg(blob).toUtf8());
            QProcess mktree;
            mktree.setWorkingDirectory(root);
            mktree.setStandardInputFile(m_dir.filePath(u"inner.txt"_s));
            mktree.start(u"git"_s, {u"mktree"_s});
            mktree.waitForFinished();
            return QString::fromUtf8(mktree.readAllStandardOutput()).trimmed();
        }();
        const QString throughLink = backupOf(u"040000 tree %1\tsub\n"_s.arg(inner));
        QVERIFY(!repo->restoreDiscarded(throughLink).has_value());
        QVERIFY(!QFileInfo::exists(outside + u"/x.py"_s));

        // An edit the restore overwrites is itself backed up first.
        test::writeFile(root, u"b.py"_s, "precious edit\n");
        const QString plain = backupOf(u"100644 blob %1\tb.py\n"_s.arg(blob));
        const auto restored = repo->restoreDiscarded(plain);
        QVERIFY2(restored.has_value(), qPrintable(restored ? QString() : restored.error().toString()));
        QCOMPARE(readFile(root + u"/b.py"_s), QByteArray("print('a.py')\n"));
        QCOMPARE(test::git(root, {u"show"_s, u"refs/slipway/discarded:b.py"_s}, &ok), u"precious edit\n"_s);
    }

    void branches()
    {
        const QString root = makeRepo();
        auto repo = Repository::open(root);
        QVERIFY(repo->createBranch(u"feature"_s).has_value());
        QVERIFY(repo->switchBranch(u"feature"_s).has_value());
        bool ok = false;
        QCOMPARE(test::git(root, {u"branch"_s, u"--show-current"_s}, &ok), u"feature\n"_s);
        test::writeFile(root, u"a.py"_s, "on feature\n");
        test::git(root, {u"commit"_s, u"-qam"_s, u"feature work"_s}, &ok);

        // Switching back with a local change to a file that differs: refused, the file named, nothing moved.
        test::writeFile(root, u"a.py"_s, "uncommitted\n");
        const auto refused = repo->switchBranch(u"main"_s);
        QVERIFY(!refused.has_value());
        QVERIFY2(refused.error().message.contains(u"a.py"), qPrintable(refused.error().toString()));
        QCOMPARE(test::git(root, {u"branch"_s, u"--show-current"_s}, &ok), u"feature\n"_s);
        QCOMPARE(readFile(root + u"/a.py"_s), QByteArray("uncommitted\n"));
        test::git(root, {u"checkout"_s, u"--"_s, u"a.py"_s}, &ok);
        QVERIFY(repo->switchBranch(u"main"_s).has_value());
        QCOMPARE(readFile(root + u"/a.py"_s), QByteArray("print('a.py')\n"));

        const auto list = repo->branches();
        QCOMPARE(list->size(), 2);
        QVERIFY(list->at(1).head && list->at(1).name == u"main");
        QCOMPARE(list->at(0).tipSummary, u"feature work"_s);

        // Unmerged: refused unless forced.
        const auto unmerged = repo->deleteBranch(u"feature"_s);
        QVERIFY(!unmerged.has_value());
        QVERIFY2(unmerged.error().message.contains(u"not merged"), qPrintable(unmerged.error().message));
        QVERIFY(!repo->deleteBranch(u"main"_s).has_value()); // the current branch
        QVERIFY(repo->deleteBranch(u"feature"_s, true).has_value());
        QCOMPARE(test::git(root, {u"branch"_s, u"--list"_s, u"feature"_s}, &ok), QString());
    }

    // Hooks run as git runs them, for trusted projects only; a failing hook stops the commit and its whole
    // output reaches the user.
    void hooks()
    {
        const QString root = makeRepo();
        bool ok = false;
        test::git(root, {u"config"_s, u"user.name"_s, u"Ada"_s}, &ok);
        test::git(root, {u"config"_s, u"user.email"_s, u"ada@example.invalid"_s}, &ok);
        QVERIFY(writeHook(root, u"pre-commit"_s, "echo 'flake8: a.py:1:1: E999 syntax error' >&2\nexit 1\n"));
        auto repo = Repository::open(root);
        test::writeFile(root, u"a.py"_s, "broken(\n");
        QVERIFY(repo->stage({u"a.py"_s}).has_value());
        const QString before = test::git(root, {u"rev-parse"_s, u"HEAD"_s}, &ok);

        CommitRequest request;
        request.root = root;
        request.message = u"Break a.py"_s;
        request.runHooks = true;
        const auto refused = commitWith(request);
        QVERIFY(!refused.has_value());
        QVERIFY2(refused.error().message.contains(u"E999 syntax error"),
                 qPrintable(refused.error().toString()));
        QVERIFY(refused.error().toString().contains(u"pre-commit"));
        QCOMPARE(test::git(root, {u"rev-parse"_s, u"HEAD"_s}, &ok), before);

        // Untrusted: no hook runs, the commit is made, and the output says why.
        request.runHooks = false;
        QStringList output;
        const auto untrusted = commitWith(request, &output);
        QVERIFY2(untrusted.has_value(), qPrintable(untrusted ? QString() : untrusted.error().toString()));
        QVERIFY(output.join(u'\n').contains(u"not trusted"));
        QCOMPARE(test::git(root, {u"log"_s, u"-1"_s, u"--format=%an %s"_s}, &ok), u"Ada Break a.py\n"_s);

        // A pre-commit hook that stages what it fixes, and a commit-msg hook that signs off.
        QVERIFY(writeHook(root, u"pre-commit"_s, "echo 'fixed' > a.py && git add a.py\n"));
        QVERIFY(writeHook(root, u"commit-msg"_s, "echo 'Signed-off-by: Ada' >> \"$1\"\n"));
        test::writeFile(root, u"b.py"_s, "more\n");
        QVERIFY(repo->stage({u"b.py"_s}).has_value());
        request.runHooks = true;
        request.message = u"Fix a.py\n"_s;
        const auto made = commitWith(request);
        QVERIFY2(made.has_value(), qPrintable(made ? QString() : made.error().toString()));
        QCOMPARE(made->hooksRun, (QStringList{u"pre-commit"_s, u"commit-msg"_s}));
        QCOMPARE(test::git(root, {u"show"_s, u"HEAD:a.py"_s}, &ok), u"fixed\n"_s);
        QVERIFY(test::git(root, {u"log"_s, u"-1"_s, u"--format=%B"_s}, &ok).contains(u"Signed-off-by: Ada"));
    }

    // In a linked worktree the hooks are the main repository's (its common folder): they run there too.
    void hooksRunInALinkedWorktree()
    {
        const QString root = makeRepo();
        bool ok = false;
        QVERIFY(writeHook(root, u"pre-commit"_s, "echo 'worktree hook ran' >&2\nexit 1\n"));
        const QString tree = m_dir.filePath(u"linked%1"_s.arg(m_count));
        test::git(root, {u"worktree"_s, u"add"_s, u"-q"_s, u"-b"_s, u"side"_s, tree}, &ok);
        QVERIFY(ok);
        test::writeFile(tree, u"a.py"_s, "side\n");
        auto repo = Repository::open(tree);
        QVERIFY(repo->stage({u"a.py"_s}).has_value());
        CommitRequest request;
        request.root = tree;
        request.message = u"On the side"_s;
        request.runHooks = true;
        const auto refused = commitWith(request);
        QVERIFY2(!refused.has_value(), "the pre-commit hook did not run in the linked worktree");
        QVERIFY(refused.error().toString().contains(u"worktree hook ran"));
    }

    // Cancelling a commit while the real pre-commit runs a slow hook: pre-commit gets SIGINT first, as from
    // Ctrl+C, and puts the unstaged changes it stashed back; no commit is made.
    void cancelDuringPreCommitRestoresItsStash()
    {
        if (QStandardPaths::findExecutable(u"pre-commit"_s).isEmpty())
            QSKIP("pre-commit is not installed (tools/debian-13-packages.txt installs it)");
        const QString root = makeRepo();
        bool ok = false;
        test::writeFile(root, u".pre-commit-config.yaml"_s,
                        "repos:\n- repo: local\n  hooks:\n  - id: slow\n    name: slow\n    entry: sleep 60\n"
                        "    language: system\n    pass_filenames: false\n");
        test::git(root, {u"add"_s, u".pre-commit-config.yaml"_s}, &ok);
        QTemporaryDir cache;
        QProcessEnvironment env = test::isolatedEnvironment(cache.path());
        env.insert(u"PRE_COMMIT_HOME"_s, cache.filePath(u"pre-commit"_s));
        QProcess install;
        install.setWorkingDirectory(root);
        install.setProcessEnvironment(env);
        install.start(u"pre-commit"_s, {u"install"_s});
        QVERIFY(install.waitForFinished(60000) && install.exitCode() == 0);
        // a.py: one change staged, another on top of it left unstaged (what pre-commit stashes).
        test::writeFile(root, u"a.py"_s, "staged\n");
        test::git(root, {u"add"_s, u"a.py"_s}, &ok);
        test::writeFile(root, u"a.py"_s, "staged\nunstaged work\n");
        const QString before = test::git(root, {u"rev-parse"_s, u"HEAD"_s}, &ok);

        ProcessRun::setOwnProcessGroupsByDefault(true); // as in the window
        CommitRequest request;
        request.root = root;
        request.message = u"Never made"_s;
        request.runHooks = true;
        request.environment = env;
        CommitJob job(request);
        bool stashed = false;
        connect(&job, &Job::logLine, &job, [&](const QString& line) {
            if (!stashed && line.contains(u"Stashing unstaged files"_s)) {
                stashed = true;
                QTimer::singleShot(1500, &job, [&job] { job.cancel(); });
            }
        });
        const auto result = test::runJob(job);
        ProcessRun::setOwnProcessGroupsByDefault(false);
        QVERIFY2(stashed, "pre-commit never said it stashed the unstaged changes");
        QVERIFY(!result.has_value());
        QCOMPARE(readFile(root + u"/a.py"_s), QByteArray("staged\nunstaged work\n"));
        QCOMPARE(test::git(root, {u"rev-parse"_s, u"HEAD"_s}, &ok), before);
        QCOMPARE(test::git(root, {u"show"_s, u":a.py"_s}, &ok), u"staged\n"_s);
    }

    // `git add` in a terminal while Slipway stages a notebook through its clean filter (slow here, as on a
    // large notebook): what git staged is never lost — Slipway holds index.lock from reading the index to
    // writing it, so git waits its turn (retrying, as a user would) instead of being overwritten.
    void gitAddRacingStagingIsKept()
    {
        const QString root = makeRepo();
        git::registerNotebookFilter([](const QString&, const QString&, const QByteArray& content) {
            QThread::msleep(400);
            return Result<QByteArray>(content);
        });
        test::writeFile(root, u".gitattributes"_s, "*.ipynb filter=slipway\n");
        auto repo = Repository::open(root);
        bool ok = false;
        for (int round = 0; round < 3; ++round) {
            QThread::msleep(1100); // a new second: git compares whole-second times of racy entries
            const QByteArray b = "b " + QByteArray::number(round) + "\n";
            test::writeFile(root, u"nb.ipynb"_s, "{\"round\": " + QByteArray::number(round) + "}\n");
            test::writeFile(root, u"b.py"_s, b);
            QProcess gitAdd;
            gitAdd.setWorkingDirectory(root);
            gitAdd.setProcessEnvironment(test::isolatedEnvironment(m_dir.path()));
            // git add starts while the filter runs (git itself has no filter for b.py).
            gitAdd.start(u"sh"_s,
                         {u"-c"_s, u"sleep 0.15; until git add b.py 2>/dev/null; do sleep 0.01; done"_s});
            QVERIFY(gitAdd.waitForStarted());
            const auto staged = repo->stage({u"nb.ipynb"_s});
            QVERIFY2(staged.has_value(), qPrintable(staged ? QString() : staged.error().toString()));
            QVERIFY(gitAdd.waitForFinished(30000));
            QCOMPARE(test::git(root, {u"show"_s, u":b.py"_s}, &ok).toUtf8(), b);
            QVERIFY(
                test::git(root, {u"show"_s, u":nb.ipynb"_s}, &ok).contains(u"\"round\": %1"_s.arg(round)));
        }
        QVERIFY(!QFile::exists(root + u"/.git/index.lock"_s));
    }

    // Staging chosen lines: the index gets exactly them, the work tree keeps everything, and git agrees.
    void stagesAndUnstagesLines()
    {
        const QString root = makeRepo();
        QByteArray original;
        for (int i = 1; i <= 20; ++i)
            original += "line " + QByteArray::number(i) + "\n";
        test::writeFile(root, u"long.txt"_s, original);
        bool ok = false;
        test::git(root, {u"add"_s, u"long.txt"_s}, &ok);
        test::git(root, {u"commit"_s, u"-qm"_s, u"long"_s}, &ok);
        QByteArray changed = original;
        changed.replace("line 2\n", "line two\n");
        changed.replace("line 15\n", "line 15\nnew A\nnew B\n");
        test::writeFile(root, u"long.txt"_s, changed);

        auto repo = Repository::open(root);
        const auto diff = repo->diffFile(u"long.txt"_s, false);
        QVERIFY(diff.has_value());
        QCOMPARE(diff->hunks.size(), 2);
        QVERIFY(diff->patchText().contains(u"+line two"));
        // Second hunk: stage "new A" only.
        QList<LineRef> pick;
        for (int i = 0; i < diff->hunks[1].lines.size(); ++i)
            if (diff->hunks[1].lines[i].text == u"new A")
                pick.append({1, i});
        QCOMPARE(pick.size(), 1);
        QVERIFY(repo->stageLines(u"long.txt"_s, pick).has_value());
        QByteArray expected = original;
        expected.replace("line 15\n", "line 15\nnew A\n");
        QCOMPARE(test::git(root, {u"show"_s, u":long.txt"_s}, &ok).toUtf8(), expected);
        QCOMPARE(readFile(root + u"/long.txt"_s), changed); // the work tree keeps everything
        const QString unstaged = test::git(root, {u"diff"_s}, &ok);
        QVERIFY(unstaged.contains(u"+line two") && unstaged.contains(u"+new B") &&
                !unstaged.contains(u"+new A"));

        // The first hunk's change (a replaced line: one removal, one addition) as well.
        const auto again = repo->diffFile(u"long.txt"_s, false);
        QList<LineRef> first;
        for (int i = 0; i < again->hunks[0].lines.size(); ++i)
            if (again->hunks[0].lines[i].origin != ' ')
                first.append({0, i});
        QVERIFY(repo->stageLines(u"long.txt"_s, first).has_value());
        expected.replace("line 2\n", "line two\n");
        QCOMPARE(test::git(root, {u"show"_s, u":long.txt"_s}, &ok).toUtf8(), expected);

        // Unstage "new A" again: the index keeps only "line two".
        const auto staged = repo->diffFile(u"long.txt"_s, true);
        QList<LineRef> back;
        for (int h = 0; h < staged->hunks.size(); ++h)
            for (int i = 0; i < staged->hunks[h].lines.size(); ++i)
                if (staged->hunks[h].lines[i].text == u"new A")
                    back.append({h, i});
        QVERIFY(repo->unstageLines(u"long.txt"_s, back).has_value());
        QByteArray onlyTwo = original;
        onlyTwo.replace("line 2\n", "line two\n");
        QCOMPARE(test::git(root, {u"show"_s, u":long.txt"_s}, &ok).toUtf8(), onlyTwo);

        // A file without a final newline keeps it that way.
        test::writeFile(root, u"tail.txt"_s, "a\nb");
        test::git(root, {u"add"_s, u"tail.txt"_s}, &ok);
        test::git(root, {u"commit"_s, u"-qm"_s, u"tail"_s}, &ok);
        test::writeFile(root, u"tail.txt"_s, "a\nb\nc");
        const auto tail = repo->diffFile(u"tail.txt"_s, false);
        QList<LineRef> all;
        for (int i = 0; i < tail->hunks[0].lines.size(); ++i)
            if (tail->hunks[0].lines[i].origin != ' ')
                all.append({0, i});
        QVERIFY(repo->stageLines(u"tail.txt"_s, all).has_value());
        QCOMPARE(test::git(root, {u"show"_s, u":tail.txt"_s}, &ok).toUtf8(), QByteArray("a\nb\nc"));
        QCOMPARE(test::git(root, {u"diff"_s, u"tail.txt"_s}, &ok), QString());
    }

    void tagsAndAmend()
    {
        const QString root = makeRepo();
        auto repo = Repository::open(root);
        QVERIFY(repo->createTag(u"v1.0"_s, u"First release"_s, {u"T"_s, u"t@t.invalid"_s, {}}).has_value());
        QVERIFY(repo->createTag(u"light"_s, {}, {}).has_value());
        const auto tags = repo->tags();
        QCOMPARE(tags->size(), 2);
        const TagInfo& annotated = tags->at(0).name == u"v1.0" ? tags->at(0) : tags->at(1);
        QVERIFY(annotated.annotated);
        QCOMPARE(annotated.message, u"First release"_s);
        QVERIFY(repo->deleteTag(u"light"_s).has_value());
        bool ok = false;
        QCOMPARE(test::git(root, {u"tag"_s}, &ok), u"v1.0\n"_s);

        test::writeFile(root, u"a.py"_s, "fixed\n");
        QVERIFY(repo->stage({u"a.py"_s}).has_value());
        QVERIFY(repo->amend(u"first, fixed"_s, {u"T"_s, u"t@t.invalid"_s, {}}).has_value());
        QCOMPARE(test::git(root, {u"log"_s, u"--format=%s"_s}, &ok), u"first, fixed\n"_s);
        QCOMPARE(test::git(root, {u"show"_s, u"HEAD:a.py"_s}, &ok), u"fixed\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestGitWorkbench)
#include "tst_git_workbench.moc"
