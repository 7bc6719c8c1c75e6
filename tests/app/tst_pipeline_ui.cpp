// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Pipeline dock in the workbench on the sample project (its slipway.yaml, the real tools): the graph
// as Graphviz lays it out, the last run shown on opening, a run with states changing while the layout stays
// put, the step's why and log on a click, cached steps on the next run, the dry-run overlay after an edit,
// an untrusted project refused; a 200-step pipeline for smoothness (the longest GUI-thread stall during a
// fully cached run). Screenshots, light and dark, for a person to look at.

#include "app/gui/PipelineController.h"
#include "models/PipelineModel.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowSupport.h"
#include "widgets/EditorTheme.h"
#include "widgets/PipelinePanel.h"
#include "widgets/PipelineView.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace slipway;
using namespace slipway::pipeline;
using namespace Qt::StringLiterals;

namespace {

void save(QWidget& widget, const QString& name)
{
    QVERIFY(QDir().mkpath(test::screenshotDir()));
    const QString path = test::screenshotDir() + u'/' + name;
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo().noquote() << "screenshot:" << path;
}

StepState stateOf(PipelineModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->status(row).name == name)
            return model->status(row).state;
    return StepState::Idle;
}

int rowOf(PipelineModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->status(row).name == name)
            return row;
    return -1;
}

} // namespace

class TestPipelineUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    MainWindow* open(test::Workbench& bench, const QString& project, bool trusted = true)
    {
        MainWindow& window = bench.window;
        window.resize(1280, 800);
        window.show();
        window.pipeline()->dock()->raise();
        if (trusted)
            bench.trust.setTrusted(project, true);
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        QSignalSpy loaded(window.pipeline(), &PipelineController::loaded);
        window.openProject(project);
        if (!loaded.wait(30000))
            return nullptr;
        return &window;
    }

    bool runAndWait(MainWindow& window, const QStringList& steps = {}, bool dryRun = false)
    {
        QSignalSpy finished(window.pipeline(), &PipelineController::finished);
        window.pipeline()->run(steps, Selection::UpTo, dryRun);
        return finished.wait(180000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_project = test::makeSampleProject(m_dir);
    }

    void runsTheSamplePipeline()
    {
        test::Workbench bench(m_dir.filePath(u"trust.ini"_s));
        MainWindow* window = open(bench, m_project);
        QVERIFY(window);
        PipelineModel* model = window->pipeline()->model();
        QCOMPARE(model->rowCount(), 6);
        QVERIFY2(model->layout().byGraphviz, "dot lays the graph out");
        // Left to right: features before report, test before build.
        const auto x = [&](const QString& name) {
            return model->layout().nodes[rowOf(model, name)].center.x();
        };
        QVERIFY(x(u"features"_s) < x(u"report"_s));
        QVERIFY(x(u"test"_s) < x(u"build"_s));
        save(*window, u"pipeline-idle.png"_s);

        // While it runs the boxes stay where they are; only their states change.
        const QList<GraphLayout::Node> before = model->layout().nodes;
        QList<StepState> seen;
        QObject scope; // the connection ends with this function
        connect(model, &QAbstractItemModel::dataChanged, &scope, [&](const QModelIndex& index) {
            if (model->status(index.row()).name == u"test" &&
                !seen.contains(model->status(index.row()).state))
                seen << model->status(index.row()).state;
        });
        QSignalSpy finished(window->pipeline(), &PipelineController::finished);
        window->pipeline()->run({}, Selection::UpTo, false);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(model, u"test"_s) == StepState::Running, 60000);
        save(*window, u"pipeline-running.png"_s);
        QVERIFY(finished.wait(180000));
        QVERIFY(seen.contains(StepState::Running) && seen.contains(StepState::Succeeded));
        QCOMPARE(model->layout().nodes.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(model->layout().nodes[i].center, before[i].center);
        QCOMPARE(stateOf(model, u"features"_s), StepState::Succeeded);
        QCOMPARE(stateOf(model, u"report"_s), StepState::Succeeded);
        QCOMPARE(stateOf(model, u"build"_s), StepState::Succeeded);
        QCOMPARE(stateOf(model, u"strip-check"_s), StepState::Failed); // the sample's notebook has outputs
        // A click shows why the step ran and its log.
        PipelineView* view = window->pipeline()->panel()->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->pointOf(rowOf(model, u"strip-check"_s)));
        QCOMPARE(view->selectedRow(), rowOf(model, u"strip-check"_s));
        const QString log = window->pipeline()->panel()->logView()->toPlainText();
        QVERIFY2(log.contains(u"notebooks/explore.ipynb"_s), qPrintable(log));
        save(*window, u"pipeline-failed.png"_s);

        // Again: the data steps are cached; an edit to a script makes its step (and only it) run.
        QVERIFY(runAndWait(*window));
        QCOMPARE(stateOf(model, u"features"_s), StepState::Cached);
        QCOMPARE(stateOf(model, u"build"_s), StepState::Cached);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->pointOf(rowOf(model, u"features"_s)));
        save(*window, u"pipeline-cached.png"_s);
        QFile script(m_project + u"/scripts/report.py"_s);
        QVERIFY(script.open(QIODevice::Append));
        script.write("# a comment\n");
        script.close();
        QVERIFY(runAndWait(*window, {}, true));
        QCOMPARE(stateOf(model, u"report"_s), StepState::WouldRun);
        QCOMPARE(stateOf(model, u"features"_s), StepState::Cached);
        QCOMPARE(model->status(rowOf(model, u"report"_s)).reason, u"scripts/report.py changed"_s);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->pointOf(rowOf(model, u"report"_s)));
        save(*window, u"pipeline-dry-run.png"_s);

        // Hovering highlights the chain (the others dim).
        QTest::mouseMove(view->viewport(), view->pointOf(rowOf(model, u"report"_s)));
        QCOMPARE(model->chainOf(rowOf(model, u"report"_s)),
                 (QSet<int>{rowOf(model, u"report"_s), rowOf(model, u"features"_s)}));
    }

    void lastRunIsShownOnOpening()
    {
        test::Workbench bench(m_dir.filePath(u"trust-reopen.ini"_s));
        MainWindow* window = open(bench, m_project);
        QVERIFY(window);
        PipelineModel* model = window->pipeline()->model();
        QCOMPARE(stateOf(model, u"build"_s), StepState::Cached); // the last real run (not the dry run)
        const QString status = window->pipeline()->panel()->findChild<QLabel*>()->text();
        QVERIFY2(!status.isEmpty(), "the status says when the last run was");
    }

    void readOnlyGraphsBesideIt()
    {
        // A data pipeline (dvc.yaml with its lock: one stage up to date, one stale) and a GitHub workflow.
        QTemporaryDir dir;
        const QString project = test::makeSampleProject(dir, u"dvc"_s);
        QVERIFY(test::writeFile(
            project, u"dvc.yaml"_s,
            "stages:\n  prepare:\n    cmd: python scripts/features.py data/customers.csv "
            "out/features.csv\n    deps: [data/customers.csv, scripts/features.py]\n"
            "    outs: [out/features.csv]\n  report:\n    cmd: python scripts/report.py "
            "out/features.csv out/report.md\n    deps: [out/features.csv]\n    outs: [out/report.md]\n"
            "  train:\n    cmd: python train.py\n    deps: [out/features.csv]\n    outs: [model.pkl]\n"));
        QVERIFY(
            test::writeFile(project, u"dvc.lock"_s,
                            "schema: '2.0'\nstages:\n  prepare:\n    cmd: python scripts/features.py "
                            "data/customers.csv out/features.csv\n    deps:\n    - path: data/customers.csv\n"
                            "      md5: 0123456789abcdef0123456789abcdef\n"));
        QVERIFY(test::writeFile(
            project, u".github/workflows/ci.yml"_s,
            "on: push\njobs:\n  lint: {runs-on: ubuntu-latest, steps: [{run: flake8}]}\n"
            "  test: {runs-on: ubuntu-latest, steps: [{run: pytest}]}\n"
            "  build: {runs-on: ubuntu-latest, needs: [lint, test], steps: [{run: python -m build}]}\n"));
        test::Workbench bench(dir.filePath(u"trust.ini"_s));
        MainWindow* window = open(bench, project);
        QVERIFY(window);
        PipelineController* controller = window->pipeline();
        QCOMPARE(controller->foreign().size(), 2);
        QSignalSpy loaded(controller, &PipelineController::loaded);
        controller->showGraph(2); // dvc.yaml (after the workflow)
        QVERIFY(loaded.wait(30000));
        PipelineModel* model = controller->model();
        QVERIFY(model->isReadOnly());
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(stateOf(model, u"prepare"_s), StepState::WouldRun); // the lock's hash is not the file's
        QCOMPARE(model->status(rowOf(model, u"prepare"_s)).reason, u"data/customers.csv changed"_s);
        QVERIFY(model->graph()->pipeline().step(u"train"_s)->needs.contains(u"prepare"_s));
        PipelineView* view = controller->panel()->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->pointOf(rowOf(model, u"prepare"_s)));
        save(*window, u"pipeline-dvc.png"_s);
        controller->showGraph(1);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(model->rowCount(), 3);
        save(*controller->panel(), u"pipeline-github.png"_s);
        controller->showGraph(0); // back to slipway.yaml, runnable again
        QVERIFY(loaded.wait(30000));
        QVERIFY(!model->isReadOnly());
        QCOMPARE(model->rowCount(), 6);
    }

    void darkPalette()
    {
        const QPalette light = QApplication::palette();
        QApplication::setPalette(EditorTheme::darkPalette());
        {
            test::Workbench bench(m_dir.filePath(u"trust-dark.ini"_s));
            MainWindow* window = open(bench, m_project);
            QVERIFY(window);
            save(*window, u"pipeline-dark.png"_s);
        }
        QApplication::setPalette(light);
    }

    void untrustedRunsNothing()
    {
        QTemporaryDir dir;
        const QString project = test::makeSampleProject(dir, u"untrusted"_s);
        test::Workbench bench(dir.filePath(u"trust.ini"_s));
        MainWindow* window = open(bench, project, false);
        QVERIFY(window);
        window->pipeline()->run({}, Selection::UpTo, false);
        QVERIFY(!window->pipeline()->running());
        QVERIFY(!QFile::exists(project + u"/out/features.csv"_s));
        // A dry run is fine: it runs nothing.
        QVERIFY(runAndWait(*window, {}, true));
        QCOMPARE(stateOf(window->pipeline()->model(), u"features"_s), StepState::WouldRun);
        QVERIFY(!QFile::exists(project + u"/out/features.csv"_s));
    }

    void twoHundredStepsStaySmooth()
    {
        // 200 steps in 20 layers of 10, each a tiny command: the graph is laid out once, and a fully cached
        // run recolours 200 boxes. The longest gap of a 5 ms timer on the GUI thread is the stall.
        QTemporaryDir dir;
        const QString project = dir.filePath(u"big"_s);
        QByteArray yaml = "pipeline:\n  steps:\n";
        for (int layer = 0; layer < 20; ++layer)
            for (int i = 0; i < 10; ++i) {
                yaml += QByteArray("    s") + QByteArray::number(layer) + '_' + QByteArray::number(i) +
                        ":\n      run: [true]\n";
                if (layer > 0)
                    yaml += "      needs: [s" + QByteArray::number(layer - 1) + '_' + QByteArray::number(i) +
                            ", s" + QByteArray::number(layer - 1) + '_' + QByteArray::number((i + 1) % 10) +
                            "]\n";
            }
        QVERIFY(test::writeFile(project, u"slipway.yaml"_s, yaml));
        test::git(project, {u"init"_s, u"-q"_s});
        test::Workbench bench(dir.filePath(u"trust.ini"_s));
        QElapsedTimer opening;
        opening.start();
        MainWindow* window = open(bench, project);
        QVERIFY(window);
        qInfo().noquote() << "200 steps: read and laid out in" << opening.elapsed() << "ms";
        PipelineModel* model = window->pipeline()->model();
        QCOMPARE(model->rowCount(), 200);
        QVERIFY(runAndWait(*window));
        QElapsedTimer clock;
        qint64 longest = 0;
        QTimer tick;
        tick.setInterval(5);
        clock.start();
        connect(&tick, &QTimer::timeout, this, [&] { longest = std::max(longest, clock.restart()); });
        tick.start();
        QElapsedTimer run;
        run.start();
        QVERIFY(runAndWait(*window));
        tick.stop();
        qInfo().noquote() << "200 steps, all cached:" << run.elapsed() << "ms; longest GUI stall" << longest
                          << "ms";
        for (int row = 0; row < 200; ++row)
            QCOMPARE(model->status(row).state, StepState::Cached);
        save(*window, u"pipeline-200.png"_s);
    }
};

QTEST_MAIN(TestPipelineUi)
#include "tst_pipeline_ui.moc"
