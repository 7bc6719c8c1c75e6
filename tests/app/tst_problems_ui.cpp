// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/AppSettings.h"
#include "app/gui/LintController.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PythonController.h"
#include "app/gui/TestController.h"
#include "models/DiagnosticsModel.h"
#include "models/TestTreeModel.h"
#include "services/core/JobManager.h"
#include "services/core/LogSink.h"
#include "services/project/TrustStore.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowSupport.h"
#include "widgets/CodeEditor.h"
#include "widgets/EditorArea.h"
#include "widgets/EditorTheme.h"
#include "widgets/InterpreterDialog.h"
#include "widgets/NotebookPage.h"
#include "widgets/TestsPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace slipway;
using namespace Qt::StringLiterals;

// The Problems dock on the sample project (trusted): real flake8 and pylint, notebook findings on their
// cells, filters, going to a finding; screenshots light and dark.
class TestProblemsUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

    static void save(QWidget& widget, const QString& name)
    {
        QVERIFY(QDir().mkpath(test::screenshotDir()));
        const QString path = test::screenshotDir() + u'/' + name;
        QVERIFY2(widget.grab().save(path), qPrintable(path));
        qInfo().noquote() << "screenshot:" << path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_repo = test::makeSampleProject(m_dir);
        QVERIFY(test::writeFile(m_repo, u"src/churn/extra.py"_s,
                                "import os\n\n\ndef f(x):\n    return undefined + x\n"));
    }

    void lintsAndShowsProblems()
    {
        test::Workbench bench(m_dir.filePath(u"trust.ini"_s));
        auto& [jobs, log, trust, window] = bench;
        trust.setTrusted(m_repo, true);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        QSignalSpy opened(window.editors(), &EditorArea::fileOpened);
        window.openProject(m_repo);
        QVERIFY(loaded.wait(30000));
        QVERIFY(opened.wait(10000));

        LintController* lint = window.lint();
        QSignalSpy finished(lint, &LintController::finished);
        lint->lintProject();
        QVERIFY(finished.wait(120000));
        DiagnosticsModel* model = lint->model();
        QVERIFY(model->rowCount() > 10);
        QVERIFY(model->count(lint::Severity::Error) >= 1); // the undefined name
        bool notebookCell = false;
        int extraRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const lint::Diagnostic* d = model->at(row);
            notebookCell = notebookCell || (d->file == u"notebooks/explore.ipynb" && d->cell > 0);
            if (d->file == u"src/churn/extra.py" && d->code == u"F821")
                extraRow = row;
        }
        QVERIFY(notebookCell);
        QVERIFY(extraRow >= 0);
        auto* counts = test::child<QLabel>(window, u"problemCounts"_s);
        QVERIFY(counts->text().contains(u"errors"_s));
        test::child<QDockWidget>(window, u"problemsDock"_s)->raise();
        save(window, u"problems.png"_s);

        // Filters: errors only, then by text.
        auto* view = test::child<QTreeView>(window, u"problemsView"_s);
        auto* severity = test::child<QComboBox>(window, u"severityFilter"_s);
        severity->setCurrentIndex(1);
        QCOMPARE(view->model()->rowCount(), model->count(lint::Severity::Error));
        severity->setCurrentIndex(0);
        test::child<QLineEdit>(window, u"problemsTextFilter"_s)->setText(u"extra.py"_s);
        QVERIFY(view->model()->rowCount() >= 2);
        QVERIFY(view->model()->rowCount() < model->rowCount());

        // Going to a finding: the file opens with the cursor on it.
        QModelIndex target;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (view->model()->index(row, 3).data().toString().contains(u"undefined"_s))
                target = view->model()->index(row, 0);
        QVERIFY(target.isValid());
        Q_EMIT view->activated(target);
        QTRY_VERIFY_WITH_TIMEOUT(window.editors()->editorFor(m_repo + u"/src/churn/extra.py"_s), 10000);
        CodeEditor* editor = window.editors()->editorFor(m_repo + u"/src/churn/extra.py"_s);
        int line = 0, column = 0;
        QTRY_VERIFY_WITH_TIMEOUT((editor->getCursorPosition(&line, &column), line == 4), 5000);
        QCOMPARE(column, 11);
        // The findings are on their lines in the editor: a red dot and the message under the line.
        QVERIFY(editor->markersAtLine(4) & 1);
        // (QsciScintilla::annotation() reads the text back wrongly in this QScintilla; ask Scintilla for its
        // lines.)
        QVERIFY(editor->SendScintilla(QsciScintilla::SCI_ANNOTATIONGETLINES, 4) >= 1);
        QVERIFY(editor->markersAtLine(0) & 2); // the unused import: a warning
        save(window, u"problems-editor.png"_s);

        // "Ignore F401 here": into the open editor (undoable), the finding leaves the panel.
        lint::Diagnostic unused;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->at(row)->file == u"src/churn/extra.py" && model->at(row)->code == u"F401")
                unused = *model->at(row);
        QCOMPARE(unused.line, 1);
        const int before = model->rowCount();
        lint->ignore(unused);
        QCOMPARE(editor->text(0), u"import os  # noqa: F401\n"_s);
        QCOMPARE(model->rowCount(), before - 1);
        // … and into a file that is not open, through the text-file service.
        lint::Diagnostic docstring;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->at(row)->file == u"tests/test_model.py" &&
                model->at(row)->symbol == u"missing-module-docstring")
                docstring = *model->at(row);
        QVERIFY(!docstring.file.isEmpty());
        lint->ignore(docstring);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == before - 2, 10000);
        QFile modelFile(m_repo + u"/tests/test_model.py"_s);
        QVERIFY(modelFile.open(QIODevice::ReadOnly));
        QVERIFY(modelFile.readAll()
                    .split('\n')
                    .value(docstring.line - 1)
                    .endsWith("# pylint: disable=missing-module-docstring"));

        const QPalette light = QApplication::palette();
        QApplication::setPalette(EditorTheme::darkPalette());
        QTest::qWait(50);
        test::child<QLineEdit>(window, u"problemsTextFilter"_s)->clear();
        save(window, u"problems-dark.png"_s);
        QApplication::setPalette(light);
    }

    void runsTestsWithCoverage()
    {
        QVERIFY(test::writeFile(m_repo, u"tests/test_extra.py"_s,
                                "from churn.features import churn_rate\n\n\ndef test_wrong_on_purpose():\n"
                                "    assert churn_rate([]) == {'all': 1}\n"));
        test::Workbench bench(m_dir.filePath(u"trust2.ini"_s));
        auto& [jobs, log, trust, window] = bench;
        trust.setTrusted(m_repo, true);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        window.openProject(m_repo);
        QVERIFY(loaded.wait(30000));
        TestController* tests = window.tests();
        tests->dock()->raise();
        QSignalSpy discovered(tests, &TestController::discovered);
        tests->discover();
        QVERIFY(discovered.wait(60000));
        QCOMPARE(tests->model()->testCount(), 16);
        QSignalSpy finished(tests, &TestController::finished);
        tests->run({}, false, true, false);
        QVERIFY(finished.wait(120000));
        auto* status = test::child<QLabel>(window, u"testStatus"_s);
        QVERIFY2(status->text().startsWith(u"15 passed, 1 failed"_s), qPrintable(status->text()));
        auto* threshold = test::child<QLabel>(window, u"coverageThreshold"_s);
        QVERIFY2(threshold->text().contains(u"fail_under 80: passes"_s), qPrintable(threshold->text()));
        QCOMPARE(tests->panel()->coverageTable()->rowCount(), 4); // the package's modules, extra.py included
        // The failure: its message and the places of its traceback, which open the file at the line.
        auto* tree = tests->panel()->tree();
        QModelIndex failing;
        for (int file = 0; file < tests->model()->rowCount(); ++file) {
            const QModelIndex parent = tests->model()->index(file, 0);
            for (int row = 0; row < tests->model()->rowCount(parent); ++row)
                if (tests->model()->index(row, 0, parent).data().toString() == u"test_wrong_on_purpose")
                    failing = tests->model()->index(row, 0, parent);
        }
        QVERIFY(failing.isValid());
        tree->expandAll();
        tree->setCurrentIndex(failing);
        const QString details = tests->panel()->details()->toPlainText();
        QVERIFY2(details.contains(u"tests/test_extra.py:5"_s), qPrintable(details));
        save(window, u"tests.png"_s);
        Q_EMIT tests->panel()->details()->anchorClicked(QUrl(u"open:tests/test_extra.py:5"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.editors()->editorFor(m_repo + u"/tests/test_extra.py"_s), 10000);
        int line = 0, column = 0;
        QTRY_VERIFY_WITH_TIMEOUT((window.editors()
                                      ->editorFor(m_repo + u"/tests/test_extra.py"_s)
                                      ->getCursorPosition(&line, &column),
                                  line == 4),
                                 5000);
        // Coverage in the editor's margin: extra.py never ran.
        window.editors()->openFile(m_repo + u"/src/churn/extra.py"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.editors()->editorFor(m_repo + u"/src/churn/extra.py"_s), 10000);
        QVERIFY(window.editors()->editorFor(m_repo + u"/src/churn/extra.py"_s)->markersAtLine(0) & (1 << 4));
        const QPalette light = QApplication::palette();
        QApplication::setPalette(EditorTheme::darkPalette());
        QTest::qWait(50);
        save(window, u"tests-dark.png"_s);
        QApplication::setPalette(light);
        QFile::remove(m_repo + u"/tests/test_extra.py"_s);
    }

    void interpreterChoice()
    {
        const QList<python::Interpreter> found =
            python::discover(m_repo, QProcessEnvironment::systemEnvironment(), true);
        QVERIFY(!found.isEmpty());
        InterpreterDialog dialog(found, found.back().path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.chosen(), found.back().path);
        save(dialog, u"interpreter-dialog.png"_s);
        // The choice is remembered per project, and a choice that no longer runs falls back.
        AppSettings::setProjectInterpreter(m_repo, found.back().path);
        QCOMPARE(AppSettings::pythonFor(m_repo), found.back().path);
        AppSettings::setProjectInterpreter(m_repo, m_repo + u"/gone/bin/python"_s);
        QCOMPARE(AppSettings::pythonFor(m_repo), u"python3"_s);
        AppSettings::setProjectInterpreter(m_repo, {});
    }

    // Lint, test discovery, a test run and a new environment are jobs like any other: the Jobs panel lists
    // them with their states, and their tools' lines reach the Log under the job's title.
    void longOperationsAreJobs()
    {
        const QString repo = test::makeSampleProject(m_dir, u"jobs"_s);
        test::Workbench bench(m_dir.filePath(u"trust-jobs.ini"_s));
        auto& [jobs, log, trust, window] = bench;
        QStringList sources;
        connect(&log, &LogSink::entryAdded, this, [&sources](const LogEntry& e) { sources << e.source; });
        trust.setTrusted(repo, true);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        window.openProject(repo);
        QVERIFY(loaded.wait(30000));

        QSignalSpy linted(window.lint(), &LintController::finished);
        window.lint()->lintProject();
        QVERIFY(linted.wait(120000));
        QSignalSpy discovered(window.tests(), &TestController::discovered);
        window.tests()->discover();
        QVERIFY(discovered.wait(60000));
        QSignalSpy tested(window.tests(), &TestController::finished);
        window.tests()->run({}, false, false, false);
        QVERIFY(tested.wait(120000));
        window.python()->createEnvironment(/*systemSitePackages=*/true, /*offline=*/true);
        const auto created = [&jobs] {
            const auto all = jobs.jobs();
            for (const JobInfo& job : all)
                if (job.title.startsWith(u"Create the environment") && !job.isRunning())
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(created(), 180000);

        QStringList titles;
        const auto all = jobs.jobs();
        for (const JobInfo& job : all)
            titles << job.title;
        for (const QString& expected : {u"Lint churn"_s, u"Discover the tests of churn"_s, u"Test churn"_s,
                                        u"Create the environment .venv"_s}) {
            const qsizetype at = titles.indexOf(expected);
            QVERIFY2(at >= 0, qPrintable(titles.join(u", "_s)));
            const JobInfo job = jobs.jobs().at(at);
            QVERIFY2(job.state == JobInfo::State::Succeeded, qPrintable(job.title + u": "_s + job.message));
        }
        QVERIFY(sources.contains(u"Test churn"_s)); // pytest's lines, under the job
        QVERIFY(sources.contains(u"Create the environment .venv"_s));

        auto* jobsDock = test::child<QDockWidget>(window, u"jobsDock"_s);
        jobsDock->raise();
        window.resizeDocks({jobsDock}, {300}, Qt::Vertical);
        QTest::qWait(50);
        save(window, u"jobs.png"_s);
        const QPalette light = QApplication::palette();
        QApplication::setPalette(EditorTheme::darkPalette());
        QTest::qWait(50);
        save(window, u"jobs-dark.png"_s);
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestProblemsUi)
#include "tst_problems_ui.moc"
