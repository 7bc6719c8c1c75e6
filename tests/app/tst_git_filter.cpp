// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/StripCases.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

// The git integration with the real git: `slipway filter install` makes `git add` strip notebooks through
// Slipway's long-running filter process, with the same blobs as nbstripout's own filter.
class TestGitFilter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = test::isolatedEnvironment(m_home.path());
        env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), m_home.filePath(QStringLiteral(".gitconfig")));
        return env;
    }

    // Runs `program arguments` in `dir`; returns exit code, stdout and stderr.
    std::tuple<int, QByteArray, QString> run(const QString& dir, const QString& program,
                                             const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(dir);
        process.start(program, arguments);
        if (!process.waitForFinished(120000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    QByteArray git(const QString& dir, const QStringList& arguments, int expectedExit = 0)
    {
        const auto [code, out, err] = run(dir, QStringLiteral("git"), arguments);
        if (code != expectedExit)
            qWarning().noquote() << "git" << arguments.join(u' ') << "exited" << code << err;
        return code == expectedExit ? out : QByteArray("(git failed)");
    }

    QString newRepository(const QTemporaryDir& parent, const QString& name)
    {
        const QString path = parent.filePath(name);
        QDir().mkpath(path);
        git(path, {QStringLiteral("init"), QStringLiteral("-q")});
        return path;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void copy(const QString& from, const QString& to)
    {
        QFile::remove(to);
        QFile::copy(from, to);
        QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void installStatusUninstall()
    {
        QTemporaryDir dir;
        const QString repo = newRepository(dir, QStringLiteral("r"));
        QVERIFY(test::writeFile(repo, QStringLiteral(".git/info/attributes"), "*.csv -text"));
        QCOMPARE(std::get<0>(
                     run(repo, test::slipwayBinary(), {QStringLiteral("filter"), QStringLiteral("status")})),
                 1);
        QCOMPARE(std::get<0>(
                     run(repo, test::slipwayBinary(), {QStringLiteral("filter"), QStringLiteral("install")})),
                 0);
        QCOMPARE(
            readAll(repo + u"/.git/info/attributes"),
            QByteArray(
                "*.csv -text\n*.ipynb filter=nbstripout\n*.zpln filter=nbstripout\n*.ipynb diff=ipynb\n"));
        QVERIFY(git(repo, {QStringLiteral("config"), QStringLiteral("filter.nbstripout.process")})
                    .endsWith("slipway' filter-process\n"));
        QCOMPARE(git(repo, {QStringLiteral("config"), QStringLiteral("filter.nbstripout.required")}),
                 QByteArray("true\n"));
        const auto [code, out, err] =
            run(repo, test::slipwayBinary(), {QStringLiteral("filter"), QStringLiteral("status")});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("Notebooks are stripped by Slipway when they are staged."), out.constData());
        // Installing twice changes nothing.
        QCOMPARE(std::get<0>(
                     run(repo, test::slipwayBinary(), {QStringLiteral("filter"), QStringLiteral("install")})),
                 0);
        QCOMPARE(readAll(repo + u"/.git/info/attributes").count("filter=nbstripout"), 2);

        QCOMPARE(std::get<0>(run(repo, test::slipwayBinary(),
                                 {QStringLiteral("filter"), QStringLiteral("uninstall")})),
                 0);
        QCOMPARE(readAll(repo + u"/.git/info/attributes"), QByteArray("*.csv -text\n"));
        QCOMPARE(
            git(repo,
                {QStringLiteral("config"), QStringLiteral("--get-regexp"), QStringLiteral("filter|diff")}, 1),
            QByteArray());
        QCOMPARE(std::get<0>(
                     run(repo, test::slipwayBinary(), {QStringLiteral("filter"), QStringLiteral("status")})),
                 1);

        QTemporaryDir plain;
        const auto outside =
            run(plain.path(), test::slipwayBinary(), {QStringLiteral("filter"), QStringLiteral("install")});
        QCOMPARE(std::get<0>(outside), 2);
        QVERIFY(std::get<2>(outside).contains(u"not inside a git repository"));
    }

    // The same notebooks staged through nbstripout's filter and through Slipway's give the same blobs.
    void sameBlobsAsNbstripoutsFilter()
    {
        QTemporaryDir dir;
        const QString ours = newRepository(dir, QStringLiteral("slipway"));
        const QString theirs = newRepository(dir, QStringLiteral("nbstripout"));
        QCOMPARE(std::get<0>(
                     run(ours, test::slipwayBinary(), {QStringLiteral("filter"), QStringLiteral("install")})),
                 0);
        const auto [code, out, err] =
            run(theirs, QStringLiteral("nbstripout"), {QStringLiteral("--install")});
        QVERIFY2(code == 0, qPrintable(err));

        QStringList notebooks;
        QDirIterator it(test::sharedDir() + u"/corpus/real-world", {QStringLiteral("*.ipynb")}, QDir::Files);
        while (it.hasNext())
            notebooks.append(it.next());
        notebooks.sort();
        QVERIFY(notebooks.size() >= 30);
        for (const QString& notebook : std::as_const(notebooks)) {
            const QString name = QFileInfo(notebook).fileName();
            copy(notebook, ours + u'/' + name);
            copy(notebook, theirs + u'/' + name);
        }
        git(ours, {QStringLiteral("add"), QStringLiteral(".")});
        git(theirs, {QStringLiteral("add"), QStringLiteral(".")});
        const QByteArray ourTree = git(ours, {QStringLiteral("write-tree")});
        const QByteArray theirTree = git(theirs, {QStringLiteral("write-tree")});
        if (ourTree != theirTree) {
            const QByteArray diff = git(ours, {QStringLiteral("diff"), QStringLiteral("--stat"),
                                               QString::fromUtf8(theirTree.trimmed())});
            qWarning().noquote() << diff;
        }
        // The index of each repository holds the blobs; equal trees mean byte-identical blobs.
        QCOMPARE(ourTree, theirTree);
        // And the work trees keep their outputs.
        QCOMPARE(readAll(ours + u'/' + QFileInfo(notebooks.first()).fileName()), readAll(notebooks.first()));
    }

    void manyNotebooksOneProcess()
    {
        QTemporaryDir dir;
        const QString repo = newRepository(dir, QStringLiteral("r"));
        QCOMPARE(std::get<0>(
                     run(repo, test::slipwayBinary(), {QStringLiteral("filter"), QStringLiteral("install")})),
                 0);
        for (int i = 0; i < 200; ++i)
            copy(test::e2eFile(QStringLiteral("test_metadata.ipynb")),
                 repo + QStringLiteral("/nb%1.ipynb").arg(i, 3, 10, QLatin1Char('0')));
        git(repo, {QStringLiteral("add"), QStringLiteral(".")});
        const QByteArray expected = readAll(test::e2eFile(QStringLiteral("test_metadata.ipynb.expected")));
        QCOMPARE(git(repo, {QStringLiteral("show"), QStringLiteral(":nb000.ipynb")}), expected);
        QCOMPARE(git(repo, {QStringLiteral("show"), QStringLiteral(":nb199.ipynb")}), expected);
        QCOMPARE(git(repo, {QStringLiteral("ls-files")}).count('\n'), 200);
    }

    void outputsAloneAreNoChange()
    {
        QTemporaryDir dir;
        const QString repo = newRepository(dir, QStringLiteral("r"));
        QCOMPARE(std::get<0>(
                     run(repo, test::slipwayBinary(), {QStringLiteral("filter"), QStringLiteral("install")})),
                 0);
        copy(test::e2eFile(QStringLiteral("test_metadata.ipynb")), repo + u"/nb.ipynb");
        git(repo, {QStringLiteral("add"), QStringLiteral("nb.ipynb")});
        git(repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("nb")});
        // Re-running the notebook changes only outputs and counts: git sees no change.
        QByteArray text = readAll(repo + u"/nb.ipynb");
        text.replace("\"execution_count\": 1", "\"execution_count\": 7");
        QVERIFY(test::writeFile(repo, QStringLiteral("nb.ipynb"), text));
        QCOMPARE(git(repo, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray());
        // A malformed notebook is refused, and nothing is staged.
        copy(test::e2eFile(QStringLiteral("test_invalid_json.ipynb")), repo + u"/bad.ipynb");
        const auto [code, out, err] =
            run(repo, QStringLiteral("git"), {QStringLiteral("add"), QStringLiteral("bad.ipynb")});
        QVERIFY(code != 0);
        QVERIFY2(err.contains(u"bad.ipynb:33:1: invalid JSON structure"), qPrintable(err));
        QCOMPARE(
            git(repo, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only")}),
            QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestGitFilter)
#include "tst_git_filter.moc"
