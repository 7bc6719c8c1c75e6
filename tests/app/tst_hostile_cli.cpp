// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/Config.h"
#include "tests/support/HostileInputs.h"
#include "tests/support/HostileRepository.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace slipway;
using namespace Qt::StringLiterals;

// The command line on files a hostile repository may hold: every command answers with a result or an
// error naming the file, under a bounded address space, never with a signal; and no write leaves the
// project through a symbolic link.
class TestHostileCli : public QObject
{
    Q_OBJECT

    using Run = test::CliRun;

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_repo;
    QString m_outside;

    Run slipway(const QStringList& arguments)
    {
        // 1 GiB of address space: several times what any of these needs, far below what a bomb asks for.
        return test::runSlipway(
            arguments,
            {.home = m_home.path(), .workingDirectory = m_repo, .addressSpaceLimit = qint64(1) << 30});
    }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString describe(const Run& run)
    {
        return u"exit %1, stderr: %2"_s.arg(run.exitCode).arg(run.err.left(400));
    }

    // The hostile repository (tests/support/HostileRepository), made on first use; its sentinels go to
    // m_dir/sentinels.
    QString hostileRepository()
    {
        const QString repo = m_dir.filePath(u"hostile"_s);
        if (!QFileInfo::exists(repo)) {
            QVERIFY(test::makeHostileRepository(repo, m_dir.filePath(u"sentinels"_s)));
            // Channels, so that publish and promote get as far as their gate.
            const QString channels = QUrl::fromLocalFile(m_dir.filePath(u"channels"_s)).toString();
            QVERIFY(test::writeFile(
                repo, u"slipway.yaml"_s,
                (u"channels:\n  unstable: {url: \"%1/unstable/\"}\n  testing: {url: \"%1/testing/\"}\n"
                 "promotion:\n  - {from: unstable, to: testing, requires: [installed-tests]}\n"
                 // A pipeline whose own step would leave a sentinel, beside the built-in steps.
                 "pipeline:\n  steps:\n    mine: {run: [sh, -c, \"touch '%2/pipeline-run-step'\"]}\n"
                 "    lint: {uses: lint}\n    test: {uses: test}\n    build: {uses: build, needs: [test]}\n"
                 "    publish: {uses: publish, with: {channel: unstable}, needs: [build]}\n"_s)
                    .arg(channels, m_dir.filePath(u"sentinels"_s))
                    .toUtf8()));
        }
        return repo;
    }

    // The symbolic-link cases of every write: a link to a file outside, a dangling link (writing would
    // create its target), a folder link that leads out. The file outside must stay as it was.
    void expectRefusedAndOutsideUntouched(const Run& run, const QString& link)
    {
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(link) && run.err.contains(u"refused"_s), qPrintable(describe(run)));
        QCOMPARE(read(m_outside + u"/victim.txt"_s), QByteArray("precious\n"));
        QVERIFY(!QFileInfo::exists(m_outside + u"/created.py"_s));
        QVERIFY(!QFileInfo::exists(m_outside + u"/nb.ipynb"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        m_repo = m_dir.filePath(u"repo"_s);
        m_outside = m_dir.filePath(u"outside"_s);
        QVERIFY(QDir().mkpath(m_repo) && QDir().mkpath(m_outside));
        QVERIFY(test::writeFile(m_outside, u"victim.txt"_s, "precious\n"));
        bool ok = false;
        test::git(m_repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}, &ok);
        QVERIFY(ok);
        // Two commits, so that `slipway diff` compares a plain notebook with each hostile one.
        const auto hostile = test::hostileNotebooks();
        for (const test::HostileNotebook& nb : hostile)
            QVERIFY(test::writeFile(m_repo, nb.name, test::notebookWithCell("x = 0")));
        test::git(m_repo, {u"add"_s, u"-A"_s}, &ok);
        test::git(m_repo, {u"commit"_s, u"-qm"_s, u"plain"_s}, &ok);
        QVERIFY(ok);
        for (const test::HostileNotebook& nb : hostile)
            QVERIFY(test::writeFile(m_repo, nb.name, nb.bytes));
        test::git(m_repo, {u"add"_s, u"-A"_s}, &ok);
        test::git(m_repo, {u"commit"_s, u"-qm"_s, u"hostile"_s}, &ok);
        QVERIFY(ok);
    }

    void hostileNotebooks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("convertError");
        const QList<QPair<QString, QStringList>> commands{
            {u"strip"_s, {u"strip"_s, u"-t"_s}},
            {u"strip-verify"_s, {u"strip"_s, u"--verify"_s}},
            {u"textconv"_s, {u"convert"_s, u"--to"_s, u"percent"_s, u"-o"_s, u"-"_s}},
            {u"databricks"_s, {u"convert"_s, u"--to"_s, u"databricks"_s, u"-o"_s, u"-"_s}},
            {u"diff"_s, {u"diff"_s, u"HEAD~1..HEAD"_s, u"--"_s}},
        };
        const auto hostile = test::hostileNotebooks();
        for (const test::HostileNotebook& nb : hostile)
            for (const auto& [name, arguments] : commands)
                QTest::addRow("%s %s", qPrintable(nb.name), qPrintable(name))
                    << nb.name << arguments
                    << (arguments.contains(u"convert"_s) ? nb.convertError : QString());
    }

    void hostileNotebooks()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, arguments);
        QFETCH(QString, convertError);
        const Run run = slipway(arguments + QStringList{file});
        QVERIFY2(run.exitCode >= 0 && run.exitCode <= 2, qPrintable(describe(run)));
        if (run.exitCode == 2)
            QVERIFY2(run.err.contains(file), qPrintable(describe(run)));
        if (!convertError.isEmpty()) {
            QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
            QVERIFY2(run.err.contains(convertError), qPrintable(describe(run)));
        }
        // No conversion multiplies its input by more than a bounded count of blank lines per cell.
        QVERIFY2(run.out.size() < qsizetype(64) * 1024 * 1024, qPrintable(describe(run)));
    }

    // Lint converts every notebook of the project to a script first (real flake8, trusted for the run).
    void lintOnHostileNotebooks()
    {
        const Run run = slipway({u"lint"_s, u"--trust"_s, u"--tool"_s, u"flake8"_s, m_repo});
        QVERIFY2(run.exitCode >= 0 && run.exitCode <= 2, qPrintable(describe(run)));
    }

    // Every command on a hostile repository while it is untrusted: not one of its programs runs.
    void untrustedProjectRunsNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString repo = m_dir.filePath(u"hostile"_s);
        QTest::newRow("info") << QStringList{u"info"_s, repo};
        QTest::newRow("info --json") << QStringList{u"info"_s, u"--json"_s, repo};
        QTest::newRow("strip --verify") << QStringList{u"strip"_s, u"--verify"_s, repo};
        QTest::newRow("strip") << QStringList{u"strip"_s, repo + u"/analysis.ipynb"_s};
        QTest::newRow("filter status") << QStringList{u"filter"_s, u"status"_s};
        QTest::newRow("version") << QStringList{u"version"_s, repo};
        QTest::newRow("env") << QStringList{u"env"_s, repo};
        QTest::newRow("env --json") << QStringList{u"env"_s, u"--json"_s, repo};
        QTest::newRow("build") << QStringList{u"build"_s, repo};
        QTest::newRow("lint") << QStringList{u"lint"_s, repo};
        QTest::newRow("test") << QStringList{u"test"_s, repo};
        QTest::newRow("test --installed") << QStringList{u"test"_s, u"--installed"_s, repo};
        QTest::newRow("convert --pair") << QStringList{u"convert"_s, u"--pair"_s, repo};
        QTest::newRow("convert textconv") << QStringList{
            u"convert"_s, u"--to"_s, u"percent"_s, u"-o"_s, u"-"_s, repo + u"/analysis.ipynb"_s};
        QTest::newRow("diff") << QStringList{u"diff"_s};
        QTest::newRow("diff --cached") << QStringList{u"diff"_s, u"--cached"_s};
        QTest::newRow("diff HEAD") << QStringList{u"diff"_s, u"HEAD"_s};
        // A release runs the build backend, a promotion the tests: both refused; reading and yanking run
        // nothing of the project's.
        QTest::newRow("publish") << QStringList{u"publish"_s, u"--channel"_s, u"unstable"_s, repo};
        QTest::newRow("promote") << QStringList{u"promote"_s, u"1.0"_s,     u"--from"_s, u"unstable"_s,
                                                u"--to"_s,    u"testing"_s, repo};
        QTest::newRow("promote --dry-run")
            << QStringList{u"promote"_s, u"1.0"_s,     u"--from"_s,    u"unstable"_s,
                           u"--to"_s,    u"testing"_s, u"--dry-run"_s, repo};
        QTest::newRow("channels") << QStringList{u"channels"_s, repo};
        QTest::newRow("yank") << QStringList{
            u"yank"_s, u"1.0"_s, u"--channel"_s, u"unstable"_s, u"--reason"_s, u"x"_s, repo};
        // The pipeline runs nothing untrusted (exit 2); a dry run, the check, the graph and the export read.
        QTest::newRow("pipeline run") << QStringList{u"pipeline"_s, u"run"_s, repo};
        QTest::newRow("pipeline run mine") << QStringList{u"pipeline"_s, u"run"_s, u"mine"_s, repo};
        QTest::newRow("pipeline run --dry-run") << QStringList{u"pipeline"_s, u"run"_s, u"--dry-run"_s, repo};
        QTest::newRow("pipeline check") << QStringList{u"pipeline"_s, u"check"_s, repo};
        QTest::newRow("pipeline graph") << QStringList{u"pipeline"_s, u"graph"_s, repo};
        QTest::newRow("pipeline export")
            << QStringList{u"pipeline"_s, u"export"_s, u"--to"_s, u"gitlab"_s, repo};
    }

    void untrustedProjectRunsNothing()
    {
        QFETCH(QStringList, arguments);
        const QString repo = hostileRepository();
        const QString sentinels = m_dir.filePath(u"sentinels"_s);
        const Run run = test::runSlipway(arguments, {.home = m_home.path(), .workingDirectory = repo});
        QVERIFY2(run.exitCode >= 0 && run.exitCode <= 2, qPrintable(describe(run)));
        const QStringList ran = test::sentinelsFound(sentinels);
        QVERIFY2(ran.isEmpty(), qPrintable(u"ran while untrusted: "_s + ran.join(u", "_s)));
    }

    // The git processes Slipway starts in an untrusted repository (a signed tag) carry protective options:
    // the real git, with them, runs none of the repository's programs — not for a signed tag, a commit, a
    // status, a diff, an add through the filter, nor a fetch. Without them (the check that the fixture
    // bites), git runs several.
    void protectiveOptionsStopGitRunningTheRepositorysPrograms()
    {
        const QString repo = hostileRepository();
        const QString sentinels = m_dir.filePath(u"sentinels"_s);
        const QStringList protective = git::protectiveOptions(repo);
        QVERIFY(protective.contains(u"gpg.program="_s));
        QVERIFY(protective.contains(u"credential.helper="_s));
        const QList<QStringList> commands{
            {u"tag"_s, u"-s"_s, u"-m"_s, u"signed"_s, u"v1"_s},
            {u"commit"_s, u"--allow-empty"_s, u"-m"_s, u"empty"_s},
            {u"status"_s},
            {u"diff"_s, u"HEAD"_s},
            {u"log"_s, u"-p"_s, u"-1"_s},
            {u"add"_s, u"data.txt"_s},
            {u"fetch"_s, u"origin"_s},
        };
        const auto run = [&](const QStringList& options, const QStringList& command) {
            test::writeFile(repo, u"data.txt"_s,
                            "changed " + QByteArray::number(QRandomGenerator::global()->generate()));
            QProcess git;
            git.setWorkingDirectory(repo);
            QProcessEnvironment env = test::isolatedEnvironment(m_home.path());
            env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
            env.insert(u"GIT_PAGER"_s, QString()); // let core.pager decide, as a terminal user's git would
            git.setProcessEnvironment(env);
            git.start(u"git"_s, options + command);
            QVERIFY(git.waitForFinished(60000));
        };
        for (const QStringList& command : commands)
            run(protective, command);
        QVERIFY2(
            test::sentinelsFound(sentinels).isEmpty(),
            qPrintable(u"ran with protective options: "_s + test::sentinelsFound(sentinels).join(u", "_s)));
        for (const QStringList& command : commands)
            run({}, command);
        QVERIFY2(test::sentinelsFound(sentinels).size() >= 3,
                 "the fixture's programs did not run without protection");
        QDir(sentinels).removeRecursively();
        QDir().mkpath(sentinels);
    }

    // Trusted, the intended things run: the project's environment is probed and its tests run with it.
    void trustedProjectRunsItsCode()
    {
        const QString repo = hostileRepository();
        const QString sentinels = m_dir.filePath(u"sentinels"_s);
        const Run env = test::runSlipway({u"env"_s, u"--trust"_s, repo}, {.home = m_home.path()});
        QVERIFY2(test::sentinelsFound(sentinels).contains(u".venv-python"_s), qPrintable(describe(env)));
        QDir(sentinels).removeRecursively();
        QDir().mkpath(sentinels);
        const Run trusted = test::runSlipway({u"trust"_s, repo}, {.home = m_home.path()});
        QCOMPARE(trusted.exitCode, 0);
        const Run tests = test::runSlipway({u"test"_s, repo}, {.home = m_home.path()});
        QVERIFY2(test::sentinelsFound(sentinels).contains(u".venv-python"_s), qPrintable(describe(tests)));
        test::runSlipway({u"trust"_s, u"--remove"_s, repo}, {.home = m_home.path()});
    }

    void convertRefusesLinksOut()
    {
        const QString nb = m_repo + u"/links/analysis.ipynb"_s;
        QVERIFY(test::writeFile(m_repo, u"links/analysis.ipynb"_s, test::notebookWithCell("x = 1")));
        QVERIFY(QFile::link(m_outside + u"/victim.txt"_s, m_repo + u"/links/analysis.py"_s));
        expectRefusedAndOutsideUntouched(slipway({u"convert"_s, u"--to"_s, u"percent"_s, nb}),
                                         m_repo + u"/links/analysis.py"_s);
        expectRefusedAndOutsideUntouched(slipway({u"convert"_s, u"--pair"_s, nb}),
                                         m_repo + u"/links/analysis.py"_s);

        QVERIFY(test::writeFile(m_repo, u"links/dangling.ipynb"_s, test::notebookWithCell("x = 1")));
        QVERIFY(QFile::link(m_outside + u"/created.py"_s, m_repo + u"/links/dangling.py"_s));
        expectRefusedAndOutsideUntouched(
            slipway({u"convert"_s, u"--to"_s, u"percent"_s, m_repo + u"/links/dangling.ipynb"_s}),
            m_repo + u"/links/dangling.py"_s);

        // A folder of the project that is a link out: the script would land outside.
        QVERIFY(QFile::link(m_outside, m_repo + u"/out"_s));
        QVERIFY(test::writeFile(m_repo, u"back.py"_s, "# %%\nx = 1\n"));
        expectRefusedAndOutsideUntouched(slipway({u"convert"_s, u"--to"_s, u"ipynb"_s, u"-o"_s,
                                                  m_repo + u"/out/nb.ipynb"_s, m_repo + u"/back.py"_s}),
                                         m_repo + u"/out/nb.ipynb"_s);

        // A link that stays inside the project is followed, as an editor would.
        QVERIFY(test::writeFile(m_repo, u"links/inside.ipynb"_s, test::notebookWithCell("x = 2")));
        QVERIFY(test::writeFile(m_repo, u"links/real-inside.py"_s, "old\n"));
        QVERIFY(QFile::link(u"real-inside.py"_s, m_repo + u"/links/inside.py"_s));
        const Run inside =
            slipway({u"convert"_s, u"--to"_s, u"percent"_s, m_repo + u"/links/inside.ipynb"_s});
        QVERIFY2(inside.exitCode == 0, qPrintable(describe(inside)));
        QVERIFY(read(m_repo + u"/links/real-inside.py"_s).contains("x = 2"));
        QVERIFY(QFileInfo(m_repo + u"/links/inside.py"_s).isSymLink());
    }

    void stripRefusesLinksOut()
    {
        // The notebook itself a link to a notebook outside: stripping in place would write there.
        QVERIFY(test::writeFile(m_outside, u"theirs.ipynb"_s,
                                test::notebookWithCell("x = 1", "{}",
                                                       "[{\"output_type\": \"stream\", \"name\": \"stdout\", "
                                                       "\"text\": \"out\"}]")));
        const QByteArray before = read(m_outside + u"/theirs.ipynb"_s);
        QVERIFY(QFile::link(m_outside + u"/theirs.ipynb"_s, m_repo + u"/theirs.ipynb"_s));
        const Run run = slipway({u"strip"_s, m_repo + u"/theirs.ipynb"_s});
        QVERIFY2(run.exitCode == 1 && run.err.contains(u"refused"_s), qPrintable(describe(run)));
        QCOMPARE(read(m_outside + u"/theirs.ipynb"_s), before);
    }

    // Command lines and the window trust and untrust at the same time: no choice is lost.
    void parallelTrustKeepsEveryChoice()
    {
        QTemporaryDir home, projects;
        QList<QProcess*> running;
        const auto startAll = [&](const QStringList& extra) {
            for (int i = 0; i < 12; ++i) {
                const QString folder = projects.filePath(u"p%1"_s.arg(i));
                QDir().mkpath(folder);
                auto* process = new QProcess(this);
                process->setProcessEnvironment(test::isolatedEnvironment(home.path()));
                process->start(test::slipwayBinary(), QStringList{u"trust"_s} + extra + QStringList{folder});
                running.append(process);
            }
            for (QProcess* process : std::as_const(running)) {
                QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(60000));
                QCOMPARE(process->exitCode(), 0);
                delete process;
            }
            running.clear();
        };
        startAll({});
        const Run listed = test::runSlipway({u"trust"_s, u"--list"_s}, {.home = home.path()});
        for (int i = 0; i < 12; ++i)
            QVERIFY2(listed.out.contains(QByteArray(
                         QDir(projects.filePath(u"p%1"_s.arg(i))).canonicalPath().toUtf8() + '\n')),
                     listed.out.constData());
        startAll({u"--remove"_s});
        const Run none = test::runSlipway({u"trust"_s, u"--list"_s}, {.home = home.path()});
        QVERIFY2(!none.out.contains("/p"), none.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostile_cli.moc"
