// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/FilterProcess.h"
#include "services/git/Repository.h"
#include "services/project/NotebookCleaner.h"
#include "services/project/NotebookStaging.h"
#include "tests/support/StripCases.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

// Staging through libgit2 in a repository set up for nbstripout stores what `git add` with the real
// nbstripout stores. Without Slipway's in-process filter it would store the outputs: the first test shows it.
class TestNotebookFilter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_notebooks;

    QByteArray run(const QString& dir, const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(test::isolatedEnvironment(m_dir.filePath(QStringLiteral("home"))));
        process.setWorkingDirectory(dir);
        process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            qWarning().noquote() << program << arguments << process.readAllStandardError();
            return "(failed)";
        }
        return process.readAllStandardOutput();
    }

    // A repository set up by `nbstripout --install`, holding copies of the test notebooks.
    QString nbstripoutRepository(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        run(path, QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q")});
        run(path, QStringLiteral("nbstripout"), {QStringLiteral("--install")});
        for (const QString& notebook : std::as_const(m_notebooks)) {
            const QString target = path + u'/' + QFileInfo(notebook).fileName();
            QFile::copy(notebook, target);
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        return path;
    }

    QByteArray index(const QString& repo)
    {
        return run(repo, QStringLiteral("git"), {QStringLiteral("ls-files"), QStringLiteral("-s")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        m_notebooks = {test::e2eFile(QStringLiteral("test_metadata.ipynb")),
                       test::e2eFile(QStringLiteral("test_unicode.ipynb"))};
        QDirIterator it(test::sharedDir() + u"/corpus/real-world", {QStringLiteral("*.ipynb")}, QDir::Files);
        for (int i = 0; it.hasNext() && i < 8; ++i)
            m_notebooks.append(it.next());
    }

    void withoutTheFilterLibgit2StoresOutputs()
    {
        const QString reference = nbstripoutRepository(QStringLiteral("reference"));
        run(reference, QStringLiteral("git"), {QStringLiteral("add"), QStringLiteral(".")});
        const QString plain = nbstripoutRepository(QStringLiteral("unfiltered"));
        auto repository = git::Repository::open(plain);
        QVERIFY(repository);
        QVERIFY(repository->stageAll());
        QVERIFY(index(plain) != index(reference)); // the outputs went in
    }

    void libgit2StagesWhatGitAddWithNbstripoutStores()
    {
        installNotebookFilter();
        const QString reference = nbstripoutRepository(QStringLiteral("reference2"));
        run(reference, QStringLiteral("git"), {QStringLiteral("add"), QStringLiteral(".")});
        const QString ours = nbstripoutRepository(QStringLiteral("filtered"));
        auto repository = git::Repository::open(ours);
        QVERIFY(repository);
        const auto staged = repository->stageAll();
        QVERIFY2(staged, staged ? "" : qPrintable(staged.error().toString()));
        const QByteArray expected = index(reference);
        QCOMPARE(expected.count('\n'), m_notebooks.size());
        QCOMPARE(index(ours), expected);
        // The work tree keeps its outputs.
        QFile original(m_notebooks.first());
        QFile copy(ours + u'/' + QFileInfo(m_notebooks.first()).fileName());
        QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
    }

    // Notebooks committed with their outputs before the filter was set up look modified once it is: the
    // status says these are phantoms (the bytes are the index's), and staging them again stores the cleaned
    // notebook, after which they are clean — what `git add --renormalize` does.
    void phantomModificationsAreRenormalized()
    {
        installNotebookFilter();
        const QString path = m_dir.filePath(QStringLiteral("phantoms"));
        QDir().mkpath(path);
        run(path, QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q")});
        const QString notebook = path + u"/with-outputs.ipynb";
        QFile::copy(m_notebooks.first(), notebook);
        QFile::setPermissions(notebook, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        run(path, QStringLiteral("git"), {QStringLiteral("add"), QStringLiteral(".")});
        run(path, QStringLiteral("git"),
            {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("outputs")});
        run(path, QStringLiteral("nbstripout"), {QStringLiteral("--install")});
        // Jupyter saves the notebook again, unchanged: only its time moves.
        QFile touched(notebook);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(
            touched.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        touched.close();

        auto repository = git::Repository::open(path);
        QVERIFY(repository);
        auto entries = repository->status();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().path, QStringLiteral("with-outputs.ipynb"));
        QCOMPARE(entries->first().unstaged, git::Change::Modified);
        QVERIFY(entries->first().phantom);

        QVERIFY(repository->stage({QStringLiteral("with-outputs.ipynb")}));
        entries = repository->status();
        QCOMPARE(entries->size(), 1); // staged: the cleaned notebook replaces the one with outputs
        QCOMPARE(entries->first().staged, git::Change::Modified);
        QCOMPARE(entries->first().unstaged, git::Change::None);
        // What git itself stores with nbstripout's filter for this file.
        const QByteArray ours =
            run(path, QStringLiteral("git"), {QStringLiteral("ls-files"), QStringLiteral("-s")});
        run(path, QStringLiteral("git"),
            {QStringLiteral("add"), QStringLiteral("--renormalize"), QStringLiteral(".")});
        QCOMPARE(run(path, QStringLiteral("git"), {QStringLiteral("ls-files"), QStringLiteral("-s")}), ours);
    }

    // Staging single cells: the staged notebook is exactly what git (with nbstripout's filter) stores for the
    // committed notebook plus those cells' sources, and nothing of the outputs.
    void stagesCellsAsGitWouldStoreThem()
    {
        installNotebookFilter();
        const QString path = m_dir.filePath(QStringLiteral("cells"));
        QDir().mkpath(path);
        run(path, QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q")});
        run(path, QStringLiteral("nbstripout"), {QStringLiteral("--install")});
        const auto notebook = [](const QList<std::pair<const char*, const char*>>& cells, bool outputs) {
            QByteArray json = "{\"cells\": [";
            for (qsizetype i = 0; i < cells.size(); ++i) {
                json +=
                    QByteArray(i ? "," : "") +
                    "{\"cell_type\": \"code\", \"execution_count\": " + (outputs ? "3" : "null") +
                    ", \"id\": \"" + cells[i].first + "\", \"metadata\": {}, \"outputs\": " +
                    (outputs ? "[{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": [\"out\\n\"]}]"
                             : "[]") +
                    ", \"source\": [\"" + cells[i].second + "\"]}";
            }
            return QByteArray(json + "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n");
        };
        QVERIFY(test::writeFile(path, QStringLiteral("nb.ipynb"),
                                notebook({{"a", "x = 1"}, {"b", "y = 2"}, {"c", "z = 3"}}, false)));
        run(path, QStringLiteral("git"), {QStringLiteral("add"), QStringLiteral(".")});
        run(path, QStringLiteral("git"),
            {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("three cells")});

        // Two edited cells, a new one, and outputs everywhere.
        QVERIFY(test::writeFile(
            path, QStringLiteral("nb.ipynb"),
            notebook({{"a", "x = 10"}, {"b", "y = 2"}, {"n", "new = 0"}, {"c", "z = 30"}}, true)));
        const auto expectedBlob = [&](const QByteArray& intended) {
            test::writeFile(path, QStringLiteral("intended.json"), intended);
            return run(path, QStringLiteral("git"),
                       {QStringLiteral("hash-object"), QStringLiteral("--path=nb.ipynb"),
                        QStringLiteral("intended.json")})
                .trimmed();
        };
        const auto stagedBlob = [&] {
            return run(path, QStringLiteral("git"),
                       {QStringLiteral("rev-parse"), QStringLiteral(":nb.ipynb")})
                .trimmed();
        };

        auto staged = stageNotebookCells(path, QStringLiteral("nb.ipynb"), {3}); // "c": z = 30
        QVERIFY2(staged, staged ? "" : qPrintable(staged.error().toString()));
        QCOMPARE(stagedBlob(),
                 expectedBlob(notebook({{"a", "x = 1"}, {"b", "y = 2"}, {"c", "z = 30"}}, false)));

        const auto changes = notebookCellChanges(path, QStringLiteral("nb.ipynb"));
        QVERIFY(changes);
        QCOMPARE(changes->size(), 4);
        QCOMPARE(changes->at(0).state, CellChange::State::Changed); // x = 10
        QCOMPARE(changes->at(1).state, CellChange::State::Same);
        QCOMPARE(changes->at(2).state, CellChange::State::New);
        QCOMPARE(changes->at(3).state, CellChange::State::Same); // staged just now
        QCOMPARE(changes->at(2).firstLine, QStringLiteral("new = 0"));

        staged = stageNotebookCells(path, QStringLiteral("nb.ipynb"), {2}); // the new cell, after "b"
        QVERIFY2(staged, staged ? "" : qPrintable(staged.error().toString()));
        QCOMPARE(stagedBlob(),
                 expectedBlob(
                     notebook({{"a", "x = 1"}, {"b", "y = 2"}, {"n", "new = 0"}, {"c", "z = 30"}}, false)));
        QFile::remove(path + u"/intended.json");

        // The work tree still has everything; what is left unstaged is cell "a" (outputs never count).
        const QByteArray diff = run(path, QStringLiteral("git"), {QStringLiteral("diff")});
        QVERIFY2(diff.contains("-    \"x = 1\"") && diff.contains("+    \"x = 10\""), diff.constData());
        QVERIFY(!diff.contains("\"out\\n\""));
        QVERIFY(!stageNotebookCells(path, QStringLiteral("nb.ipynb"), {9}));
    }

    // The filter process on a peer that never stops: a header without end and a file past the limit are
    // answered (or the conversation ends) without holding more than the limits in memory.
    void filterProcessIsBounded()
    {
        const auto packet = [](const QByteArray& payload) -> QByteArray {
            return QByteArray::number(payload.size() + 4, 16).rightJustified(4, '0') + payload;
        };
        const QByteArray handshake = packet("git-filter-client\n") + packet("version=2\n") + "0000" +
                                     packet("capability=clean\n") + "0000";
        QStringList reports;
        const auto report = [&](const QString& message) { reports << message; };
        const git::FilterHandler echo = [](const git::FilterRequest& r) {
            return Result<QByteArray>(r.content);
        };

        // A file past the limit: status=error, the next file still served.
        QByteArray input = handshake + packet("command=clean\n") + packet("pathname=big.ipynb\n") + "0000";
        for (int i = 0; i < 10; ++i)
            input += packet(QByteArray(1000, 'x'));
        input += QByteArray("0000") + packet("command=clean\n") + packet("pathname=small.ipynb\n") + "0000" +
                 packet("small") + "0000";
        QBuffer in(&input);
        QByteArray output;
        QBuffer out(&output);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        QVERIFY(
            git::serveFilterProcess(in, out, echo, report, {.maxHeaderLines = 16, .maxContentBytes = 4096}));
        QVERIFY(output.contains("status=error"));
        QVERIFY(output.contains("status=success"));
        QVERIFY(output.contains("small"));
        QVERIFY2(reports.join(u' ').contains(u"big.ipynb"), qPrintable(reports.join(u' ')));

        // A header that never flushes: the conversation ends.
        QByteArray endless = handshake;
        for (int i = 0; i < 100; ++i)
            endless += packet("key=value\n");
        QBuffer in2(&endless);
        QByteArray output2;
        QBuffer out2(&output2);
        QVERIFY(in2.open(QIODevice::ReadOnly) && out2.open(QIODevice::WriteOnly));
        QVERIFY(!git::serveFilterProcess(in2, out2, echo, report,
                                         {.maxHeaderLines = 16, .maxContentBytes = 4096}));
    }

    void aMalformedNotebookStopsTheStaging()
    {
        installNotebookFilter();
        const QString path = m_dir.filePath(QStringLiteral("bad"));
        QDir().mkpath(path);
        run(path, QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q")});
        QVERIFY(test::writeFile(path, QStringLiteral(".gitattributes"), "*.ipynb filter=slipway\n"));
        QFile::copy(test::e2eFile(QStringLiteral("test_invalid_json.ipynb")), path + u"/bad.ipynb");
        auto repository = git::Repository::open(path);
        QVERIFY(repository);
        const auto staged = repository->stageAll();
        QVERIFY(!staged);
        QVERIFY2(staged.error().message.contains(u"bad.ipynb:33:1: invalid JSON structure"),
                 qPrintable(staged.error().message));
        QCOMPARE(run(path, QStringLiteral("git"), {QStringLiteral("ls-files")}), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestNotebookFilter)
#include "tst_notebook_filter.moc"
