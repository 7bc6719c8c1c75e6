// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/StripCases.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace slipway;

// `slipway strip` as nbstripout's end-to-end tests run nbstripout: every case of the corpus MANIFEST in stdin
// mode and in file mode, each with and without --verify; then folders, git configuration and pyproject.toml.
class TestStripCli : public QObject
{
    Q_OBJECT

    using Run = test::CliRun;

    QTemporaryDir m_home;

    Run slipway(const QStringList& arguments, const QString& stdinFile = {},
                const QString& workingDirectory = {})
    {
        return test::runSlipway(
            QStringList{QStringLiteral("strip")} + arguments,
            {.home = m_home.path(),
             .workingDirectory = workingDirectory.isEmpty() ? m_home.path() : workingDirectory,
             .standardInputFile = stdinFile});
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString writableCopy(const QTemporaryDir& dir, const QString& source, const QString& name)
    {
        const QString target = dir.filePath(name);
        QFile::copy(source, target);
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return target;
    }

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    void corpusCases_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("expected");
        const auto cases = test::stripCases();
        for (const test::StripCase& c : cases)
            QTest::newRow(c.name) << test::e2eFile(c.input) << c.flags << test::e2eFile(c.expected);
    }

    void corpusCases()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, flags);
        QFETCH(QString, expected);
        const QByteArray want = readAll(expected);
        const bool changes = readAll(input) != want;

        // stdin mode
        const Run stdinRun = slipway(flags + QStringList{QStringLiteral("-")}, input);
        QCOMPARE(stdinRun.exitCode, 0);
        QCOMPARE(stdinRun.out, want);
        const Run stdinVerify = slipway(
            QStringList{QStringLiteral("--verify")} + flags + QStringList{QStringLiteral("-")}, input);
        QCOMPARE(stdinVerify.exitCode, changes ? 1 : 0);
        QCOMPARE(stdinVerify.out,
                 changes ? QByteArray("Dry run: would have stripped input from stdin\n") : QByteArray());

        // file mode
        QTemporaryDir dir;
        const QString file = writableCopy(dir, input, QStringLiteral("nb.ipynb"));
        const Run verify = slipway(QStringList{QStringLiteral("--verify")} + flags + QStringList{file});
        QCOMPARE(verify.exitCode, changes ? 1 : 0);
        QCOMPARE(verify.out, changes ? "Dry run: would have stripped " + file.toUtf8() + '\n' : QByteArray());
        QCOMPARE(readAll(file), readAll(input)); // a dry run changes nothing
        const Run inPlace = slipway(flags + QStringList{file});
        QCOMPARE(inPlace.exitCode, 0);
        QVERIFY(inPlace.out.isEmpty());
        QCOMPARE(readAll(file), want);
        const Run verifyAgain = slipway(QStringList{QStringLiteral("--verify")} + flags + QStringList{file});
        QCOMPARE(verifyAgain.exitCode, 0);
    }

    void badNotebooksAreReportedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString bad = writableCopy(dir, test::e2eFile(QStringLiteral("test_invalid_json.ipynb")),
                                         QStringLiteral("bad.ipynb"));
        const QString good = writableCopy(dir, test::e2eFile(QStringLiteral("test_metadata.ipynb")),
                                          QStringLiteral("good.ipynb"));
        const QByteArray before = readAll(bad);
        const Run run = slipway({bad, good});
        QCOMPARE(run.exitCode,
                 1); // as nbstripout: a notebook that cannot be stripped is 1, not a usage error
        QCOMPARE(run.err, QStringLiteral(
                              "slipway: %1:33:1: invalid JSON structure (a missing or extra comma, colon or "
                              "bracket)\n")
                              .arg(bad));
        QCOMPARE(readAll(bad), before);
        QCOMPARE(readAll(good), readAll(test::e2eFile(QStringLiteral("test_metadata.ipynb.expected"))));

        const Run contradiction =
            slipway({QStringLiteral("-")}, test::e2eFile(QStringLiteral("test_metadata_exception.ipynb")));
        QCOMPARE(contradiction.exitCode, 1);
        QVERIFY(contradiction.err.contains(u"cell metadata contradicts tags"));
        QVERIFY(contradiction.out.isEmpty());

        const Run missing = slipway({dir.filePath(QStringLiteral("none.ipynb"))});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(
            missing.err,
            QStringLiteral("slipway: %1: no such file\n").arg(dir.filePath(QStringLiteral("none.ipynb"))));

        QVERIFY(test::writeFile(dir.path(), QStringLiteral("notes.txt"), "x"));
        const Run skipped = slipway({dir.filePath(QStringLiteral("notes.txt"))});
        QCOMPARE(skipped.exitCode, 0);
        QVERIFY(skipped.err.contains(u"skipped: not a .ipynb file"));
    }

    void foldersGitConfigAndPyproject()
    {
        QTemporaryDir dir;
        bool ok = false;
        test::git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q")}, &ok);
        QVERIFY(ok);
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("nb/ignored")));
        const QString kept = writableCopy(dir, test::e2eFile(QStringLiteral("test_metadata.ipynb")),
                                          QStringLiteral("nb/a.ipynb"));
        const QString ignored = writableCopy(dir, test::e2eFile(QStringLiteral("test_metadata.ipynb")),
                                             QStringLiteral("nb/ignored/b.ipynb"));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral(".gitignore"), "ignored/\n"));
        // nbstripout's git settings apply, as nbstripout reads them…
        test::git(dir.path(),
                  {QStringLiteral("config"), QStringLiteral("filter.nbstripout.extrakeys"),
                   QStringLiteral("metadata.kernelspec")},
                  &ok);
        QVERIFY(ok);
        // …and so does [tool.slipway.strip].
        QVERIFY(test::writeFile(
            dir.path(), QStringLiteral("pyproject.toml"),
            "[tool.slipway.strip]\nextra-keys = \"metadata.language_info\"\nkeep-count = false\n"));
        const QByteArray ignoredBefore = readAll(ignored);
        const Run run = slipway({QStringLiteral("--verify"), dir.path()});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, "Dry run: would have stripped " +
                              QDir(dir.path()).filePath(QStringLiteral("nb/a.ipynb")).toUtf8() + '\n');
        QCOMPARE(slipway({dir.path()}).exitCode, 0);
        QCOMPARE(readAll(kept),
                 readAll(test::e2eFile(QStringLiteral("test_metadata_extra_keys.ipynb.expected"))));
        QCOMPARE(readAll(ignored), ignoredBefore);

        QVERIFY(test::writeFile(dir.path(), QStringLiteral("pyproject.toml"),
                                "[tool.slipway.strip]\nkeep-outputs = true\n"));
        const Run typo = slipway({dir.path()});
        QCOMPARE(typo.exitCode, 2);
        QCOMPARE(typo.err.section(u'\n', 0, 0),
                 QStringLiteral("slipway: %1:2:16: unknown key keep-outputs")
                     .arg(QDir(dir.path()).canonicalPath() + u"/pyproject.toml"));
    }

    void hostileSettingsFilesEndTheCommand()
    {
        // A pyproject.toml that is a FIFO (or a link to /dev/zero) is refused, not read until it ends.
        QTemporaryDir dir;
        const QString copy = writableCopy(dir, test::e2eFile(QStringLiteral("test_metadata.ipynb")),
                                          QStringLiteral("a.ipynb"));
        QCOMPARE(
            ::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pyproject.toml"))).constData(), 0600), 0);
        const Run fifo = slipway({QStringLiteral("-t"), copy}, {}, dir.path());
        QCOMPARE(fifo.exitCode, 2);
        QVERIFY2(fifo.err.contains(u"not a regular file"), qPrintable(fifo.err));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("pyproject.toml"))));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("pyproject.toml"))));
        const Run zero = slipway({QStringLiteral("-t"), copy}, {}, dir.path());
        QCOMPARE(zero.exitCode, 2);
        QVERIFY(zero.out.isEmpty());
    }

    void dropInForNbstripout()
    {
        // No file: standard input to standard output, as nbstripout — from a file (mapped) and a pipe.
        const QString notebook = test::e2eFile(QStringLiteral("test_metadata.ipynb"));
        const QByteArray expected = readAll(test::e2eFile(QStringLiteral("test_metadata.ipynb.expected")));
        const Run fromFile = slipway({}, notebook);
        QCOMPARE(fromFile.exitCode, 0);
        QCOMPARE(fromFile.out, expected);
        QProcess pipe;
        pipe.setProcessEnvironment(test::isolatedEnvironment(m_home.path()));
        pipe.setWorkingDirectory(m_home.path());
        pipe.start(test::slipwayBinary(), {QStringLiteral("strip")});
        QVERIFY(pipe.waitForStarted());
        pipe.write(readAll(notebook));
        pipe.closeWriteChannel();
        QVERIFY(pipe.waitForFinished(60000));
        QCOMPARE(pipe.exitCode(), 0);
        QCOMPARE(pipe.readAllStandardOutput(), expected);

        // --textconv, and nbstripout's set-up tasks with its exit codes.
        QTemporaryDir dir;
        bool ok = false;
        test::git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q")}, &ok);
        QVERIFY(ok);
        const QString copy = writableCopy(dir, notebook, QStringLiteral("a.ipynb"));
        const Run textconv = slipway({QStringLiteral("--textconv"), copy}, {}, dir.path());
        QCOMPARE(textconv.exitCode, 0);
        QCOMPARE(textconv.out, expected);
        QCOMPARE(slipway({QStringLiteral("--is-installed")}, {}, dir.path()).exitCode, 1);
        QCOMPARE(slipway({QStringLiteral("--install")}, {}, dir.path()).exitCode, 0);
        const Run installed = slipway({QStringLiteral("--is-installed")}, {}, dir.path());
        QCOMPARE(installed.exitCode, 0);
        QVERIFY(installed.out.isEmpty());
        const Run status = slipway({QStringLiteral("--status")}, {}, dir.path());
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains("stripped by Slipway"), status.out.constData());
        QCOMPARE(slipway({QStringLiteral("--uninstall")}, {}, dir.path()).exitCode, 0);
        QCOMPARE(slipway({QStringLiteral("--is-installed")}, {}, dir.path()).exitCode, 1);
        QCOMPARE(slipway({QStringLiteral("--status")}, {}, dir.path()).exitCode, 1);
    }

    void needsNoGitLibrary()
    {
        // `slipway` links neither libgit2 nor libarchive, strips alone (a copy with no slipway-cli beside
        // it), and hands to slipway-cli only what needs libgit2.
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {test::slipwayBinary()});
        QVERIFY(ldd.waitForFinished(30000));
        const QByteArray libraries = ldd.readAllStandardOutput();
        QVERIFY2(libraries.contains("libQt6Core") && !libraries.contains("libgit2") &&
                     !libraries.contains("libarchive") && !libraries.contains("libQt6Network"),
                 libraries.constData());

        QTemporaryDir alone;
        const QString front = alone.filePath(QStringLiteral("slipway"));
        QVERIFY(QFile::copy(test::slipwayBinary(), front));
        QTemporaryDir dir;
        bool ok = false;
        test::git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q")}, &ok);
        QVERIFY(ok);
        const QString copy = writableCopy(dir, test::e2eFile(QStringLiteral("test_metadata.ipynb")),
                                          QStringLiteral("a.ipynb"));
        const auto run = [&](const QStringList& arguments) {
            return test::runSlipway(arguments, {.environment = test::isolatedEnvironment(m_home.path()),
                                                .workingDirectory = dir.path(),
                                                .executable = front});
        };
        const Run plain = run({QStringLiteral("strip"), QStringLiteral("-t"), copy});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(plain.out, readAll(test::e2eFile(QStringLiteral("test_metadata.ipynb.expected"))));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("pyproject.toml"),
                                "[tool.slipway.strip]\nkeep-count = true\n"));
        QVERIFY(run({QStringLiteral("strip"), QStringLiteral("-t"), copy})
                    .out.contains("\"execution_count\": 1"));
        QCOMPARE(run({QStringLiteral("strip"), QStringLiteral("--help")}).exitCode, 0);
        // What only libgit2 can answer: git configuration naming nbstripout's keys, a folder.
        test::git(dir.path(), {QStringLiteral("config"), QStringLiteral("filter.nbstripout.extrakeys"),
                               QStringLiteral("metadata.kernelspec")});
        for (const QStringList& arguments : {QStringList{QStringLiteral("strip"), QStringLiteral("-t"), copy},
                                             QStringList{QStringLiteral("strip"), dir.path()}}) {
            const Run handed = run(arguments);
            QCOMPARE(handed.exitCode, 2);
            QVERIFY2(handed.err.contains(u"slipway-cli is not installed"), qPrintable(handed.err));
            QVERIFY(handed.out.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestStripCli)
#include "tst_strip_cli.moc"
