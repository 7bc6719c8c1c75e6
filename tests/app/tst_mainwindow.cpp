// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/AppSettings.h"
#include "app/common/Versions.h"
#include "app/gui/GitController.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReleaseController.h"
#include "models/ArtifactsModel.h"
#include "models/StatusModel.h"
#include "services/core/JobManager.h"
#include "services/core/LogSink.h"
#include "services/project/TrustStore.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowSupport.h"
#include "widgets/AboutDialog.h"
#include "widgets/ArtifactDiffDialog.h"
#include "widgets/ChangesPanel.h"
#include "widgets/CodeEditor.h"
#include "widgets/EditorArea.h"
#include "widgets/EditorTheme.h"
#include "widgets/GitFilterIndicator.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace slipway;

// The GUI smoke test: the window on the sample project, as `tools/dev run` shows it. Saves screenshots
// (light and dark) to build/<preset>/screenshots/ for a person to look at.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sample;

    void openSample(MainWindow& window)
    {
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        QSignalSpy opened(window.editors(), &EditorArea::fileOpened);
        window.openProject(m_sample);
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.project());
        QVERIFY(opened.wait(10000)); // README.md opens by itself
        window.editors()->openFile(m_sample + u"/src/churn/model.py");
        QVERIFY(opened.wait(10000));
    }

    static void save(QWidget& window, const QString& name)
    {
        QVERIFY(QDir().mkpath(test::screenshotDir()));
        const QString path = test::screenshotDir() + u'/' + name;
        QVERIFY2(window.grab().save(path), qPrintable(path));
        qInfo().noquote() << "screenshot:" << path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setApplicationVersion(slipwayVersion());
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/slipway/icons/slipway.svg")));
        QVERIFY2(!QApplication::windowIcon().pixmap(64, 64).isNull(),
                 "the SVG icon does not render (qt6-svg-plugins?)");
        m_sample = test::makeSampleProject(m_dir);
    }

    void showsTheSampleProject()
    {
        test::Workbench bench(m_dir.filePath(QStringLiteral("trust.ini")));
        auto& [jobs, log, trust, window] = bench;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openSample(window);

        QCOMPARE(window.windowTitle(), QStringLiteral("churn — Slipway"));
        auto* tree = test::child<QTreeView>(window, QStringLiteral("projectTree"));
        QVERIFY(tree);
        QVERIFY(tree->model()->rowCount() >= 6); // data, notebooks, src, tests, then files
        QCOMPARE(test::child<QToolButton>(window, QStringLiteral("branchButton"))->text(),
                 QStringLiteral("⎇ main"));
        QVERIFY(test::child<QLabel>(window, QStringLiteral("versionLabel"))
                    ->text()
                    .startsWith(u"Version 0.1.1.dev1+g"));
        auto* banner = test::child<QWidget>(window, QStringLiteral("trustBanner"));
        QVERIFY(banner && banner->isVisible());
        QCOMPARE(window.editors()->count(), 2);
        QCOMPARE(window.editors()->currentPath(), m_sample + u"/src/churn/model.py");
        auto* logView = test::child<QListView>(window, QStringLiteral("logView"));
        QVERIFY(logView->model()->rowCount() >= 1);
        QVERIFY(logView->model()->index(0, 0).data().toString().contains(u"Opened "));
        QCOMPARE(jobs.jobs().size(), 1);
        QTRY_COMPARE(jobs.jobs().constFirst().state, JobInfo::State::Succeeded);

        QTest::qWait(100); // let the last paint settle before grabbing
        save(window, QStringLiteral("main-window.png"));

        trust.setTrusted(m_sample, true);
        QVERIFY(!banner->isVisible());

        // The notebook opens in a notebook tab.
        QSignalSpy notebookOpened(window.editors(), &EditorArea::fileOpened);
        window.editors()->openFile(m_sample + u"/notebooks/explore.ipynb");
        QVERIFY(notebookOpened.wait(10000));
        // Every cell as tall as its wrapped code and outputs (none covering the next) at this width.
        QTRY_VERIFY(test::rowHeightsFit(test::child<QListView>(window, QStringLiteral("notebookView"))));
        QTest::qWait(100);
        save(window, QStringLiteral("main-window-notebook.png"));

        // The Jobs panel with a finished and a running job, and Help → About.
        QPromise<void> running;
        running.start();
        running.setProgressRange(0, 4);
        jobs.track(QStringLiteral("Lint with flake8"), running.future());
        running.setProgressValueAndText(1, QStringLiteral("flake8: src/churn"));
        auto* jobsDock = test::child<QDockWidget>(window, QStringLiteral("jobsDock"));
        jobsDock->raise();
        QTRY_COMPARE(jobs.jobs().constLast().progressValue, 1);
        QTest::qWait(100);
        save(window, QStringLiteral("main-window-jobs.png"));
        running.finish();

        AboutDialog about(libraryVersions(), &window);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QCOMPARE(test::child<QTableWidget>(about, QStringLiteral("versions"))->rowCount(), 7);
        save(about, QStringLiteral("about.png"));
    }

    // The Release dock: the version and why it is no release, a tag preview, a build (trusted projects only)
    // and what the inspection of dist/ found.
    void buildsFromTheReleasePanel()
    {
        test::Workbench bench(m_dir.filePath(QStringLiteral("trust-release.ini")));
        auto& [jobs, log, trust, window] = bench;
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openSample(window);
        ReleaseController* release = window.release();
        QVERIFY(release->dock()->isVisible());

        const auto* version = test::child<QLabel>(window, QStringLiteral("releaseVersion"));
        QVERIFY2(version->text().startsWith(u"0.1.1.dev1+g"), qPrintable(version->text()));
        QVERIFY(test::child<QLabel>(window, QStringLiteral("releaseOrigin"))->text().contains(u"v0.1.0"));
        QVERIFY(test::child<QLabel>(window, QStringLiteral("releaseGuard"))->isVisible());
        auto* buildButton = test::child<QPushButton>(window, QStringLiteral("buildPackages"));
        QVERIFY(!buildButton->isEnabled()); // untrusted: no project code runs
        QVERIFY(buildButton->toolTip().contains(u"trust"));

        auto* tag = test::child<QLineEdit>(window, QStringLiteral("tagPreviewEdit"));
        const auto* preview = test::child<QLabel>(window, QStringLiteral("tagPreview"));
        tag->setText(QStringLiteral("v0.0.9"));
        QVERIFY2(preview->text().contains(u"not newer"), qPrintable(preview->text()));
        tag->setText(QStringLiteral("v0.2.0"));
        QVERIFY2(preview->text().contains(u"<b>0.2.0</b>"), qPrintable(preview->text()));

        trust.setTrusted(m_sample, true);
        QVERIFY(buildButton->isEnabled());
        test::child<QCheckBox>(window, QStringLiteral("allowUnreleasable"))->setChecked(true);
        QSignalSpy built(release, &ReleaseController::buildFinished);
        QSignalSpy refreshed(release, &ReleaseController::artifactsRefreshed);
        buildButton->click();
        QVERIFY(!buildButton->isEnabled()); // one build at a time
        QVERIFY(built.wait(120000));
        QVERIFY2(built.first().first().toBool(), qPrintable(jobs.jobs().constLast().message));
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(release->model()->rowCount(), 2);
        const QString details = release->model()->index(0, ArtifactsModel::DetailColumn).data().toString() +
                                release->model()->index(1, ArtifactsModel::DetailColumn).data().toString();
        QVERIFY2(details.contains(u"1 error"), qPrintable(details)); // the +local wheel cannot be published
        QTest::qWait(100);
        save(window, QStringLiteral("release.png"));

        ArtifactDiffDialog diff(release->model()->artifacts()[0], release->model()->artifacts()[1], &window);
        diff.show();
        QVERIFY(QTest::qWaitForWindowExposed(&diff));
        save(diff, QStringLiteral("artifact-diff.png"));
    }

    // The Changes dock: a change shows up, S stages it, the commit box commits it (the version follows),
    // and the branch switcher switches.
    void commitsFromTheChangesDock()
    {
        test::Workbench bench(m_dir.filePath(QStringLiteral("trust-git.ini")));
        auto& [jobs, log, trust, window] = bench;
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openSample(window);
        bool configured = false;
        test::git(m_sample,
                  {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Ada Analyst")},
                  &configured);
        test::git(
            m_sample,
            {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("ada@churn.example")},
            &configured);
        GitController* git = window.git();
        auto* dock = git->dock();
        dock->raise();
        QSignalSpy refreshed(git, &GitController::refreshed);

        test::writeFile(m_sample, QStringLiteral("src/churn/features.py"), "# reviewed\n");
        test::writeFile(m_sample, QStringLiteral("notes.md"), "# Notes\n");
        QVERIFY(refreshed.wait(10000)); // the file watcher noticed
        StatusModel* model = git->model();
        QTRY_COMPARE(model->count(StatusModel::ChangesGroup), 2);
        QCOMPARE(model->count(StatusModel::StagedGroup), 0);

        // The diff of a file, and staging its lines from there.
        auto* view = git->panel()->view();
        QSignalSpy diffShown(git, &GitController::diffShown);
        const QModelIndex changesGroup = model->index(StatusModel::ChangesGroup, 0);
        QModelIndex features;
        for (int row = 0; row < model->rowCount(changesGroup); ++row)
            if (model->index(row, 0, changesGroup).data(StatusModel::PathRole).toString() ==
                u"src/churn/features.py")
                features = model->index(row, 0, changesGroup);
        QVERIFY(features.isValid());
        view->setCurrentIndex(features);
        QVERIFY(diffShown.wait(10000));
        auto* diffView = git->panel()->diffView();
        QVERIFY2(diffView->toPlainText().contains(u"+# reviewed"), qPrintable(diffView->toPlainText()));
        QTest::qWait(100);
        save(window, QStringLiteral("changes-diff.png"));
        diffView->selectAll();
        QVERIFY(!git->panel()->selectedLines().isEmpty());
        QSignalSpy linesDone(git, &GitController::operationFinished);
        test::child<QToolButton>(window, QStringLiteral("stageLines"))->click();
        QVERIFY(linesDone.wait(10000));
        QTRY_COMPARE(model->count(StatusModel::StagedGroup), 1);
        bool staged = false;
        QCOMPARE(
            test::git(m_sample,
                      {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only")},
                      &staged),
            QStringLiteral("src/churn/features.py\n"));

        // Select the rest and press S.
        const QModelIndex changes = model->index(StatusModel::ChangesGroup, 0);
        view->selectionModel()->clearSelection();
        view->selectionModel()->select(changes, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->setFocus();
        QSignalSpy done(git, &GitController::operationFinished);
        QTest::keyClick(view, Qt::Key_S);
        QVERIFY(done.wait(10000));
        QTRY_COMPARE(model->count(StatusModel::StagedGroup), 2);

        auto* message = test::child<QPlainTextEdit>(window, QStringLiteral("commitMessage"));
        message->setPlainText(QStringLiteral("Review the features\n\nAnd start the notes."));
        auto* commit = test::child<QPushButton>(window, QStringLiteral("commitButton"));
        QVERIFY(commit->isEnabled());
        QTest::qWait(100);
        save(window, QStringLiteral("changes.png"));
        const QString before = test::child<QLabel>(window, QStringLiteral("versionLabel"))->text();
        // A failure would show a message box; close any so that the test reports instead of hanging.
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                qWarning().noquote() << "message box:" << box->text() << box->detailedText();
                box->reject();
            }
        });
        closer.start(200);
        commit->click();
        QVERIFY(done.wait(30000));
        QVERIFY(done.last().first().toBool());
        bool ok = false;
        QCOMPARE(test::git(m_sample,
                           {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}, &ok),
                 QStringLiteral("Review the features\n"));
        QTRY_COMPARE(model->count(StatusModel::StagedGroup), 0);
        QVERIFY(message->toPlainText().isEmpty());
        QTRY_VERIFY(test::child<QLabel>(window, QStringLiteral("versionLabel"))->text() !=
                    before); // dev1 → dev2

        // Branches: create one with git, switch to it from the switcher.
        test::git(m_sample, {QStringLiteral("branch"), QStringLiteral("experiment")}, &ok);
        git->switchBranch(QStringLiteral("experiment"));
        QVERIFY(done.wait(10000));
        QTRY_COMPARE(test::child<QToolButton>(window, QStringLiteral("branchButton"))->text(),
                     QStringLiteral("⎇ experiment"));
        git->switchBranch(QStringLiteral("main"));
        QVERIFY(done.wait(10000));
    }

    void followsADarkPalette()
    {
        const QPalette light = QApplication::palette();
        QApplication::setPalette(EditorTheme::darkPalette());
        test::Workbench bench(m_dir.filePath(QStringLiteral("trust-dark.ini")));
        auto& [jobs, log, trust, window] = bench;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openSample(window);
        auto* editor = window.editors()->editorFor(m_sample + u"/src/churn/model.py");
        QVERIFY(editor);
        QVERIFY(editor->paper().lightness() < 128);
        QTest::qWait(100);
        save(window, QStringLiteral("main-window-dark.png"));
        QApplication::setPalette(light);
    }

    // `slipway notebook.ipynb` (the desktop's "Open with Slipway"): the notebook's project opens, showing
    // the notebook rather than the README.
    void opensAFileInItsProject()
    {
        test::Workbench bench(m_dir.filePath(QStringLiteral("trust-file.ini")));
        auto& [jobs, log, trust, window] = bench;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        QSignalSpy opened(window.editors(), &EditorArea::fileOpened);
        const QString notebook = m_sample + u"/notebooks/explore.ipynb";
        window.openProject(m_sample, notebook);
        QVERIFY(loaded.wait(30000));
        QVERIFY(opened.count() > 0 || opened.wait(10000));
        QCOMPARE(window.editors()->count(), 1);
        QCOMPARE(QFileInfo(window.editors()->currentPath()).canonicalFilePath(),
                 QFileInfo(notebook).canonicalFilePath());
    }

    // The window as people see it: the sizes of common laptop and desktop screens, light and dark, with
    // the notebook open. Its cells keep their outputs clear of the next cell at each size.
    void looksRightAtCommonSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        QTest::newRow("1280x800-light") << QSize(1280, 800) << false;
        QTest::newRow("1280x800-dark") << QSize(1280, 800) << true;
        QTest::newRow("1920x1080-light") << QSize(1920, 1080) << false;
        QTest::newRow("1920x1080-dark") << QSize(1920, 1080) << true;
    }

    void looksRightAtCommonSizes()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        const QPalette light = QApplication::palette();
        if (dark)
            QApplication::setPalette(EditorTheme::darkPalette());
        const auto restore = qScopeGuard([light] { QApplication::setPalette(light); });
        test::Workbench bench(m_dir.filePath(QStringLiteral("trust-sizes.ini")));
        auto& [jobs, log, trust, window] = bench;
        trust.setTrusted(m_sample, true);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openSample(window);
        QSignalSpy opened(window.editors(), &EditorArea::fileOpened);
        window.editors()->openFile(m_sample + u"/notebooks/explore.ipynb");
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY(test::rowHeightsFit(test::child<QListView>(window, QStringLiteral("notebookView"))));
        QTest::qWait(100);
        save(window, QStringLiteral("window-%1x%2-%3.png")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
    }

    void remembersWindowStateAndRecentProjects()
    {
        JobManager jobs;
        LogSink log;
        TrustStore trust(m_dir.filePath(QStringLiteral("trust.ini")));
        {
            MainWindow window({&jobs, &log, &trust, test::slipwayBinary()});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSignalSpy loaded(&window, &MainWindow::projectLoaded);
            window.openProject(m_sample);
            QVERIFY(loaded.wait(30000));
            test::child<QDockWidget>(window, QStringLiteral("logDock"))->hide();
            window.resize(780, 560);
            QVERIFY(window.close());
        }
        QCOMPARE(AppSettings::recentProjects().constFirst(), QDir(m_sample).canonicalPath());
        MainWindow again({&jobs, &log, &trust, test::slipwayBinary()});
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(780, 560)); // fits the offscreen platform's 800x600 screen
        QVERIFY(test::child<QDockWidget>(again, QStringLiteral("logDock"))->isHidden());
        test::child<QDockWidget>(again, QStringLiteral("logDock"))->show();
        again.resize(1280, 800);
        QVERIFY(again.close());
    }

    void stripsAllNotebooksAsAJob()
    {
        QTemporaryDir dir;
        const QString sample = test::makeSampleProject(dir);
        const QString notebookPath = sample + u"/notebooks/explore.ipynb";
        QFile before(notebookPath);
        QVERIFY(before.open(QIODevice::ReadOnly));
        QVERIFY(before.readAll().contains("image/png"));
        before.close();

        test::Workbench bench(m_dir.filePath(QStringLiteral("trust-strip.ini")));
        auto& [jobs, log, trust, window] = bench;
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        window.openProject(sample);
        QVERIFY(loaded.wait(30000));
        QList<LogEntry> entries;
        connect(&log, &LogSink::entryAdded, this, [&entries](const LogEntry& e) { entries.append(e); });
        window.stripAllNotebooks();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::ranges::any_of(entries, [](const LogEntry& e) { return e.source == u"strip"; }), 30000);
        QCOMPARE(entries.last().text,
                 QStringLiteral("Stripped 1 of 1 notebooks; the others needed no change"));
        QCOMPARE(jobs.jobs().constLast().state, JobInfo::State::Succeeded);
        QFile after(notebookPath);
        QVERIFY(after.open(QIODevice::ReadOnly));
        const QByteArray stripped = after.readAll();
        QVERIFY(!stripped.contains("image/png"));
        QVERIFY(stripped.contains("\"execution_count\": null"));
    }

    void setsUpTheGitFilterFromTheStatusBar()
    {
        QTemporaryDir dir;
        const QString sample = test::makeSampleProject(dir);
        test::Workbench bench(m_dir.filePath(QStringLiteral("trust-filter.ini")));
        auto& [jobs, log, trust, window] = bench;
        auto* indicator = test::child<GitFilterIndicator>(window, QStringLiteral("gitFilterIndicator"));
        QVERIFY(indicator);
        QSignalSpy known(indicator, &GitFilterIndicator::stateKnown);
        window.openProject(sample);
        QVERIFY(known.wait(30000));
        QCOMPARE(indicator->text(), QStringLiteral("⚠ Notebook outputs are committed"));
        QVERIFY(indicator->canSetUp());
        indicator->setUp();
        QVERIFY(known.wait(30000));
        QCOMPARE(indicator->text(), QStringLiteral("Notebooks stripped on commit"));
        QVERIFY(!indicator->canSetUp());
        QVERIFY(test::git(sample, {QStringLiteral("config"), QStringLiteral("filter.nbstripout.process")})
                    .contains(test::slipwayBinary()));
    }

    void speaksGerman()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(SLIPWAY_BUILD_DIR "/translations/slipway_de.qm")));
        QCoreApplication::installTranslator(&german);
        test::Workbench bench(m_dir.filePath(QStringLiteral("trust.ini")));
        auto& [jobs, log, trust, window] = bench;
        const QList<QAction*> menus = window.menuBar()->actions();
        QCoreApplication::removeTranslator(&german);
        QStringList titles;
        for (QAction* menu : menus)
            titles.append(menu->text());
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"),
                              QStringLiteral("&Projekt"), QStringLiteral("&Git"), QStringLiteral("&Hilfe")}));
    }

    void aFailedOpenSaysWhy()
    {
        test::Workbench bench(m_dir.filePath(QStringLiteral("trust.ini")));
        auto& [jobs, log, trust, window] = bench;
        QList<LogEntry> entries;
        connect(&log, &LogSink::entryAdded, this, [&entries](const LogEntry& e) { entries.append(e); });
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        // The message box would wait for a click: close it as soon as it shows.
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [] {
            if (QWidget* modal = QApplication::activeModalWidget())
                modal->close();
        });
        closer.start(50);
        window.openProject(m_dir.filePath(QStringLiteral("missing")));
        QVERIFY(loaded.wait(30000));
        QVERIFY(!window.project());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().text, m_dir.filePath(QStringLiteral("missing")) + u": no such folder");
        QCOMPARE(jobs.jobs().constFirst().state, JobInfo::State::Failed);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
