// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/HistoryController.h"
#include "app/gui/MainWindow.h"
#include "models/CommitLogModel.h"
#include "services/core/JobManager.h"
#include "services/core/LogSink.h"
#include "services/project/TrustStore.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowSupport.h"
#include "widgets/EditorArea.h"
#include "widgets/EditorTheme.h"
#include "widgets/HistoryView.h"
#include "widgets/ReviewDiffView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace slipway;
using namespace Qt::StringLiterals;

// The History tab and the review view on the sample project with a small history (a feature branch that
// changes the notebook, merged, tagged). Saves screenshots, light and dark, to look at.
class TestHistoryUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

    void commitFile(const QString& path, const QByteArray& from, const QByteArray& to, const QString& message)
    {
        QFile file(m_repo + u'/' + path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY2(bytes.contains(from), qPrintable(path));
        bytes.replace(from, to);
        QVERIFY(test::writeFile(m_repo, path, bytes));
        test::git(m_repo, {u"commit"_s, u"-qam"_s, message});
    }

    static void save(QWidget& widget, const QString& name)
    {
        QVERIFY(QDir().mkpath(test::screenshotDir()));
        const QString path = test::screenshotDir() + u'/' + name;
        QVERIFY2(widget.grab().save(path), qPrintable(path));
        qInfo().noquote() << "screenshot:" << path;
    }

    static int rowOf(const CommitLogModel* model, const QString& summary)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->commitAt(row)->summary == summary)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_repo = test::makeSampleProject(m_dir);
        test::git(m_repo, {u"checkout"_s, u"-qb"_s, u"feature/buckets"_s});
        commitFile(u"notebooks/explore.ipynb"_s, "churn_rate(customers)", "churn_rate(customers, buckets=4)",
                   u"Bucket churn by quarter"_s);
        commitFile(u"src/churn/model.py"_s, "def ", "def  ", u"Spacing in the model"_s);
        test::git(m_repo, {u"checkout"_s, u"-q"_s, u"main"_s});
        commitFile(u"README.md"_s, "churn", "customer churn", u"Docs: explain the score"_s);
        test::git(m_repo, {u"merge"_s, u"-q"_s, u"--no-ff"_s, u"-m"_s, u"Merge branch 'feature/buckets'"_s,
                           u"feature/buckets"_s});
        test::git(m_repo, {u"tag"_s, u"-a"_s, u"v0.2.0"_s, u"-m"_s, u"Release 0.2.0"_s});
        commitFile(u"CHANGELOG.md"_s, "#", "##", u"Changelog headings"_s);
    }

    void historyAndReview()
    {
        test::Workbench bench(m_dir.filePath(u"trust.ini"_s));
        auto& [jobs, log, trust, window] = bench;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        QSignalSpy opened(window.editors(), &EditorArea::fileOpened);
        window.openProject(m_repo);
        QVERIFY(loaded.wait(30000));
        QVERIFY(opened.wait(10000)); // README.md opens by itself

        HistoryController* history = window.history();
        history->showHistory();
        HistoryView* view = history->historyView();
        QVERIFY(view);
        QCOMPARE(window.editors()->currentWidget(), view);
        CommitLogModel* model = history->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 7, 10000);
        QVERIFY(model->atEnd());
        const git::CommitInfo* head = model->commitAt(0);
        QCOMPARE(head->summary, u"Changelog headings"_s);
        QCOMPARE(head->refs.front().name, u"main"_s);
        const git::CommitInfo* merge = model->commitAt(rowOf(model, u"Merge branch 'feature/buckets'"_s));
        QVERIFY(merge);
        QCOMPARE(merge->parents.size(), 2);
        QCOMPARE(merge->refs.front().name, u"v0.2.0"_s);

        // The commit that changed the notebook: its details and its changes, as code.
        const int row = rowOf(model, u"Bucket churn by quarter"_s);
        QVERIFY(row > 0);
        view->selectRow(row);
        auto* files = test::child<QTreeWidget>(*view, u"commitFiles"_s);
        QTRY_COMPARE_WITH_TIMEOUT(files->topLevelItemCount(), 2, 10000); // "All files" and the notebook
        ReviewDiffView* diff = view->diffView();
        QTRY_VERIFY_WITH_TIMEOUT(diff->changeCount() > 0, 10000);
        const QString shown = diff->browser()->toPlainText();
        QVERIFY2(shown.contains(u"cell 3 · code"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"churn_rate(customers, buckets=4)"_s));
        QVERIFY(!shown.contains(u"\"outputs\""_s));
        QVERIFY(shown.contains(u"unchanged lines"_s)); // the rest of the notebook is folded
        save(window, u"history.png"_s);

        // Filters: by text, then by path.
        auto* text = test::child<QLineEdit>(*view, u"historyTextFilter"_s);
        text->setText(u"docs"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        text->clear();
        auto* path = test::child<QLineEdit>(*view, u"historyPathFilter"_s);
        path->setText(u"notebooks/explore.ipynb"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 2 && model->atEnd(),
                                 10000); // the change, the first commit
        QCOMPARE(model->commitAt(0)->summary, u"Bucket churn by quarter"_s);
        path->clear();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 7, 10000);

        // A review tab: the notebook between the first commit and the feature, side by side, with summaries.
        ReviewDiffView* review =
            history->showReview(git::TreeSpec::commit(u"main~2"_s),
                                git::TreeSpec::commit(u"feature/buckets"_s), {u"notebooks/explore.ipynb"_s});
        QVERIFY(review);
        QTRY_VERIFY_WITH_TIMEOUT(review->changeCount() == 1, 10000);
        review->setShowSummaries(true);
        save(window, u"review-notebook.png"_s);
        review->setSideBySide(true);
        QVERIFY(review->browser()->toPlainText().contains(u"buckets=4"_s));
        save(window, u"review-side-by-side.png"_s);
        review->setSideBySide(false);
        // Navigation and folds.
        review->nextChange();
        QCOMPARE(review->currentChange(), 0);
        const int before = review->browser()->toPlainText().size();
        Q_EMIT review->browser()->anchorClicked(QUrl(u"fold:0:0:0"_s));
        QVERIFY(review->browser()->toPlainText().size() > before);
        // Export: one HTML file, colours inline.
        const QString exported = review->exportHtml();
        QVERIFY(exported.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(exported.contains(u"buckets"_s) && exported.contains(u"background-color"_s));
        QVERIFY(test::writeFile(test::screenshotDir(), u"review.html"_s, exported.toUtf8()));

        // Dark.
        const QPalette light = QApplication::palette();
        QApplication::setPalette(EditorTheme::darkPalette());
        QTest::qWait(50);
        save(window, u"review-notebook-dark.png"_s);
        window.editors()->showPage(view, u"History"_s);
        QTest::qWait(50);
        save(window, u"history-dark.png"_s);
        QApplication::setPalette(light);
    }

    void pairsNotebooksFromTheProjectMenu()
    {
        test::Workbench bench(m_dir.filePath(u"trust.ini"_s));
        auto& [jobs, log, trust, window] = bench;
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        window.openProject(m_repo);
        QVERIFY(loaded.wait(30000));
        const QString script = m_repo + u"/notebooks/explore.py"_s;
        QFile::remove(script);
        window.pairNotebooks(); // runs on the pool; the window keeps answering
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(script), 10000);
        QFile file(script);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("# %% [markdown]\n# # Why do customers leave?"));
        QFile::remove(script);
    }
};

QTEST_MAIN(TestHistoryUi)
#include "tst_history_ui.moc"
