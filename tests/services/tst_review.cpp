// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/git/Repository.h"
#include "services/notebook/Json.h"
#include "services/notebook/Notebook.h"
#include "services/project/NotebookCleaner.h"
#include "services/project/ReviewDiff.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::project;
using namespace Qt::StringLiterals;

// Notebook-aware review diffs on the sample project (a real git repository in a temp folder).
class TestReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;
    const QString m_notebook = u"notebooks/explore.ipynb"_s;

    QByteArray read(const QString& relative) const
    {
        QFile file(m_repo + u'/' + relative);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void write(const QString& relative, const QByteArray& bytes) const
    {
        QVERIFY(test::writeFile(m_repo, relative, bytes));
    }

    // Edits the sample notebook: `edit` gets its cells.
    void editNotebook(const std::function<void(json::Value::Array&)>& edit)
    {
        Result<notebook::Notebook> nb = notebook::parseNotebook(read(m_notebook), m_notebook);
        QVERIFY(nb);
        Result<void> materialized;
        for (json::Value& cell : *nb->cellLists().front())
            QVERIFY(notebook::materializeOutputs(*nb, cell));
        edit(*nb->cellLists().front());
        write(m_notebook, notebook::serializeNotebook(*nb).value_or(QByteArray()));
    }

    QList<ReviewFile> review(const git::TreeSpec& from, const git::TreeSpec& to,
                             const ReviewOptions& options = {})
    {
        Result<QList<ReviewFile>> files = reviewDiff({m_repo, from, to, {}}, options);
        if (!files)
            qWarning() << files.error().toString();
        return files.value_or(QList<ReviewFile>{});
    }

    static const ReviewFile* find(const QList<ReviewFile>& files, const QString& path)
    {
        for (const ReviewFile& file : files)
            if (file.path == path)
                return &file;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        installNotebookFilter();
        m_repo = test::makeSampleProject(m_dir);
    }

    void cleanup() { test::git(m_repo, {u"reset"_s, u"-q"_s, u"--hard"_s}); }

    void outputsOnlyChangeMakesNoCodeDiff()
    {
        editNotebook([](json::Value::Array& cells) {
            json::Value stream(json::Value::Object{});
            stream.set("name", json::Value(std::string("stdout")));
            stream.set("output_type", json::Value(std::string("stream")));
            stream.set("text", json::Value(std::string("Loaded 999 customers\n")));
            cells[1].set("outputs", json::Value(json::Value::Array{stream}));
            cells[1].set("execution_count", json::Value::integer(42));
            json::Value metadata(json::Value::Object{});
            metadata.set("ExecuteTime", json::Value(std::string("2026-11-22T10:00:00")));
            cells[2].set("metadata", metadata);
        });
        const QList<ReviewFile> files = review(git::TreeSpec::commit(u"HEAD"_s), git::TreeSpec::workTree());
        const ReviewFile* file = find(files, m_notebook);
        QVERIFY(file);
        QVERIFY(file->notebook);
        QVERIFY2(file->hunks.isEmpty(), "outputs and metadata must not show as code changes");
        QCOMPARE(file->outputChanges, QStringList{u"cell 2: outputs changed (1 stream)"_s});
        QCOMPARE(file->metadataChanges, QStringList{u"cell 3: metadata changed (ExecuteTime)"_s});
        // The same review as text: the summary only when asked for.
        QVERIFY(unifiedText(files, false, true).contains(u"# cell 2: outputs changed (1 stream)"_s));
        QVERIFY(!unifiedText(files, false, false).contains(u"cell 2: outputs"_s));
    }

    void codeChangeIsShownByCell()
    {
        editNotebook([](json::Value::Array& cells) {
            std::string& source = cells[2].find("source")->string();
            const size_t at = source.find("churn_rate(customers)");
            QVERIFY(at != std::string::npos);
            source.replace(at, 21, "churn_rate(customers, buckets=4)");
            cells[2].set("outputs", json::Value(json::Value::Array{})); // and outputs cleared
        });
        const QList<ReviewFile> files = review(git::TreeSpec::commit(u"HEAD"_s), git::TreeSpec::workTree());
        const ReviewFile* file = find(files, m_notebook);
        QVERIFY(file);
        QCOMPARE(file->hunks.size(), 1);
        QCOMPARE(file->hunks[0].context, u"cell 3 · code"_s);
        QCOMPARE(file->added, 1);
        QCOMPARE(file->removed, 1);
        const ReviewLine* added = nullptr;
        for (const ReviewLine& line : file->hunks[0].lines)
            if (line.origin == '+')
                added = &line;
        QVERIFY(added);
        QVERIFY(added->text.contains(u"buckets=4"_s));
        QCOMPARE(added->changed.size(), 1);
        QCOMPARE(added->text.mid(added->changed[0].start, added->changed[0].length), u", buckets=4"_s);
        QVERIFY(file->outputChanges.value(0).startsWith(u"cell 3: outputs cleared"_s));
        // Nothing of the JSON shows.
        const QString text = unifiedText(files, false, false);
        QVERIFY(!text.contains(u"\"source\""_s));
        QVERIFY(text.contains(u"@@ "_s));
    }

    void anyPairOfStates()
    {
        write(u"src/churn/features.py"_s,
              read(u"src/churn/features.py"_s) + "\n\ndef staged():\n    return 1\n");
        test::git(m_repo, {u"add"_s, u"src/churn/features.py"_s});
        write(u"src/churn/model.py"_s, read(u"src/churn/model.py"_s) + "\n# unstaged\n");
        const auto paths = [](const QList<ReviewFile>& files) {
            QStringList out;
            for (const ReviewFile& f : files)
                out << f.path;
            return out;
        };
        QCOMPARE(paths(review(git::TreeSpec::index(), git::TreeSpec::workTree())),
                 QStringList{u"src/churn/model.py"_s});
        QCOMPARE(paths(review(git::TreeSpec::commit(u"HEAD"_s), git::TreeSpec::index())),
                 QStringList{u"src/churn/features.py"_s});
        QCOMPARE(paths(review(git::TreeSpec::commit(u"HEAD"_s), git::TreeSpec::workTree())),
                 (QStringList{u"src/churn/features.py"_s, u"src/churn/model.py"_s}));
        // Reversed: the added lines become removed ones.
        const QList<ReviewFile> back = review(git::TreeSpec::workTree(), git::TreeSpec::index());
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0].removed, 2); // a blank line and the comment
        QCOMPARE(back[0].added, 0);
        // Commit ↔ its parent, with a rename.
        test::git(m_repo, {u"mv"_s, u"CHANGELOG.md"_s, u"HISTORY.md"_s});
        test::git(m_repo, {u"commit"_s, u"-qam"_s, u"Rename the changelog, stage and edit"_s});
        const QList<ReviewFile> commit =
            review(git::TreeSpec::commit(u"HEAD~1"_s), git::TreeSpec::commit(u"HEAD"_s));
        const ReviewFile* renamed = find(commit, u"HISTORY.md"_s);
        QVERIFY(renamed);
        QCOMPARE(renamed->status, 'R');
        QCOMPARE(renamed->oldPath, u"CHANGELOG.md"_s);
        test::git(m_repo, {u"reset"_s, u"-q"_s, u"--hard"_s, u"HEAD~1"_s});
    }

    void plainFilesAsGitDiff()
    {
        write(u"src/churn/model.py"_s,
              read(u"src/churn/model.py"_s).replace("def ", "def  ").append("\n# end of module\n"));
        const QList<ReviewFile> files = review(git::TreeSpec::index(), git::TreeSpec::workTree());
        QCOMPARE(files.size(), 1);
        const QString ours = unifiedText(files, false, false);
        const QString theirs = test::git(m_repo, {u"-c"_s, u"core.pager=cat"_s, u"diff"_s, u"--no-color"_s});
        // From the "---" line on, the same text as git's (git adds an "index" line Slipway leaves out).
        QCOMPARE(ours.mid(ours.indexOf(u"\n---"_s)), theirs.mid(theirs.indexOf(u"\n---"_s)));
    }

    void malformedNotebookFallsBackToText()
    {
        write(m_notebook, read(m_notebook).replace("\"cells\": [", "\"cells\": [[,"));
        const QList<ReviewFile> files = review(git::TreeSpec::commit(u"HEAD"_s), git::TreeSpec::workTree());
        const ReviewFile* file = find(files, m_notebook);
        QVERIFY(file);
        QVERIFY(!file->notebook);
        QVERIFY2(file->note.contains(u"not a valid notebook"_s), qPrintable(file->note));
        QVERIFY(!file->hunks.isEmpty());
    }

    void foldsLongUnchangedRuns()
    {
        QByteArray text;
        for (int i = 1; i <= 200; ++i)
            text += "line " + QByteArray::number(i) + '\n';
        QByteArray changed = text;
        changed.replace("line 100\n", "line one hundred\n");
        ReviewOptions options;
        options.foldAbove = 10;
        const ReviewFile file = reviewTexts(u"long.txt"_s, text, changed, options);
        QCOMPARE(file.hunks.size(), 1);
        int folds = 0, shown = 0;
        for (const ReviewLine& line : file.hunks[0].lines) {
            folds += line.origin == '~';
            shown += line.origin == ' ';
        }
        QCOMPARE(folds, 2);
        QCOMPARE(shown, 6);
        QCOMPARE(file.hunks[0].lines.front().folded, 96);
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
