// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AnsiText.h"
#include "models/NotebookModel.h"
#include "services/notebook/Notebook.h"
#include "services/notebook/NotebookDisplay.h"
#include "services/project/StripPlan.h"
#include "tests/support/HostileInputs.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowSupport.h"
#include "widgets/EditorTheme.h"
#include "widgets/NotebookPage.h"
#include "widgets/StripPreviewDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace slipway;
using notebook::CellDisplay;
using notebook::OutputDisplay;

class TestNotebookView : public QObject
{
    Q_OBJECT

    static QString realWorld(const char* name)
    {
        return test::sharedDir() + u"/corpus/real-world/" + QLatin1StringView(name);
    }

    static void save(QWidget& widget, const QString& name)
    {
        QVERIFY(QDir().mkpath(test::screenshotDir()));
        QVERIFY(widget.grab().save(test::screenshotDir() + u'/' + name));
        qInfo().noquote() << "screenshot:" << test::screenshotDir() + u'/' + name;
    }

    // The sample's notebook in `page`, shown at 1000×760, once it has loaded.
    static void showSample(NotebookPage& page)
    {
        page.resize(1000, 760);
        page.show();
        QSignalSpy loaded(&page, &NotebookPage::loaded);
        QVERIFY(loaded.wait(30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void displayPicksWhatJupyterShows()
    {
        const auto notebook =
            notebook::readNotebookFile(test::sourceDir() + u"/examples/churn/notebooks/explore.ipynb");
        QVERIFY(notebook);
        const auto display = notebook::displayOf(*notebook);
        QVERIFY(display);
        QCOMPARE(display->language, QStringLiteral("python"));
        QCOMPARE(display->cells.size(), 7);
        QCOMPARE(display->cells[0].type, CellDisplay::Type::Markdown);
        QCOMPARE(display->cells[1].executionCount, std::optional<int>(1));
        QCOMPARE(display->cells[1].outputs[0].kind, OutputDisplay::Kind::Stream);
        QCOMPARE(display->cells[2].outputs[0].kind, OutputDisplay::Kind::Html); // HTML before text/plain
        QCOMPARE(display->cells[3].outputs[0].name, QStringLiteral("stderr"));
        QCOMPARE(display->cells[4].outputs[0].kind, OutputDisplay::Kind::Image);
        QVERIFY(display->cells[4].outputs[0].data.startsWith("\x89PNG"));

        // nbformat 3: input and prompt_number, outputs keyed by representation.
        const auto v3 = notebook::readNotebookFile(realWorld(
            "CamDavidsonPilon__Probabilistic-Programming-and-Bayesian-Methods-for-Hackers__sandbox--"
            "Sum_of_Gaussian_Distributions_+_noise.ipynb"));
        QVERIFY(v3);
        const auto v3Display = notebook::displayOf(*v3);
        QVERIFY(v3Display);
        int images = 0;
        for (const CellDisplay& cell : v3Display->cells)
            for (const OutputDisplay& output : cell.outputs)
                images += output.kind == OutputDisplay::Kind::Image;
        QCOMPARE(images, 8);
    }

    void ansiColours()
    {
        QCOMPARE(ansiToHtml(QStringLiteral("\x1b[0;31mValueError\x1b[0m: x < 0"), false),
                 QStringLiteral("<span style=\"color:#c51e14\">ValueError</span>: x &lt; 0"));
        QCOMPARE(ansiToHtml(QStringLiteral("\x1b[1;32mok\x1b[39m!\x1b[0m"), false),
                 QStringLiteral("<span style=\"font-weight:bold;color:#1d802c\">ok</span><span "
                                "style=\"font-weight:bold\">!</span>"));
        QCOMPARE(stripAnsi(QStringLiteral("\x1b[38;5;208mwarm\x1b[0m \x1b[2Kdone")),
                 QStringLiteral("warm done"));
        QVERIFY(
            ansiToHtml(QStringLiteral("\x1b[48;2;10;20;30mx"), true).contains(u"background-color:#0a141e"));
    }

    void modelOfALargeNotebook()
    {
        const auto notebook =
            notebook::readNotebookFile(realWorld("ageron__handson-ml2__09_unsupervised_learning.ipynb"));
        QVERIFY(notebook);
        NotebookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDisplay(*notebook::displayOf(*notebook));
        QCOMPARE(model.rowCount(), 366);
        int row = -1, output = -1;
        for (int r = 0; r < model.rowCount() && row < 0; ++r)
            for (int o = 0; o < int(model.cell(r).outputs.size()); ++o)
                if (model.cell(r).outputs[o].kind == OutputDisplay::Kind::Image) {
                    row = r;
                    output = o;
                    break;
                }
        QVERIFY(row >= 0);
        const QSize size = model.imageSize(row, output);
        QVERIFY(size.isValid());
        QCOMPARE(model.image(row, output).size(), size);
        model.setExpanded(row, output, true);
        QVERIFY(model.isExpanded(row, output));
    }

    void showsTheSampleNotebook()
    {
        NotebookPage page(test::sourceDir() + u"/examples/churn/notebooks/explore.ipynb");
        showSample(page);
        QVERIFY(test::child<QLabel>(page, QStringLiteral("notebookSummary"))->text().contains(u"cells: 7"));
        QTest::qWait(50);
        save(page, QStringLiteral("notebook.png"));

        const QPalette light = QApplication::palette();
        QApplication::setPalette(EditorTheme::darkPalette());
        QTest::qWait(50);
        save(page, QStringLiteral("notebook-dark.png"));
        QApplication::setPalette(light);
    }

    // Every cell is as tall as its content at the width it is shown at: after the page narrows (code and
    // outputs wrap onto more lines) and widens again, no cell's output is covered by the next cell.
    void cellHeightsFollowTheWidth()
    {
        NotebookPage page(test::sourceDir() + u"/examples/churn/notebooks/explore.ipynb");
        showSample(page);
        auto* view = test::child<QListView>(page, QStringLiteral("notebookView"));
        const auto heightsFit = [view] { return test::rowHeightsFit(view); };
        QTRY_VERIFY(heightsFit());
        const int wide = view->visualRect(view->model()->index(1, 0)).height();
        // Tall enough for every cell, then short: the scroll bar comes and narrows the viewport, with no
        // resize of the view. Over a range of widths some line sits just at the edge and wraps then.
        for (int width = 520; width < 720; width += 9) {
            page.resize(width, 3000);
            QTRY_VERIFY(heightsFit());
            page.resize(width, 500);
            QTRY_VERIFY(heightsFit());
        }
        page.resize(420, 760);
        QTRY_VERIFY(heightsFit());
        QVERIFY(view->visualRect(view->model()->index(1, 0)).height() > wide); // the code cell wrapped
        save(page, QStringLiteral("notebook-narrow.png"));
    }

    // The viewer on the hostile-notebook set: each shows or says why not, and no image outside the
    // notebook is read (an image of /dev/zero would hang the GUI thread here).
    void hostileNotebooks()
    {
        QTemporaryDir dir;
        const auto hostile = test::hostileNotebooks();
        for (const test::HostileNotebook& nb : hostile) {
            QVERIFY(test::writeFile(dir.path(), nb.name, nb.bytes));
            NotebookPage page(dir.filePath(nb.name));
            page.resize(800, 600);
            QSignalSpy loaded(&page, &NotebookPage::loaded);
            QSignalSpy failed(&page, &NotebookPage::failed);
            page.show();
            QTRY_VERIFY2_WITH_TIMEOUT(loaded.size() + failed.size() > 0, qPrintable(nb.name), 30000);
            QVERIFY(!page.grab().isNull()); // painting lays out every visible cell
        }
    }

    void strippingIsOneUndoableStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("explore.ipynb"));
        QVERIFY(QFile::copy(test::sourceDir() + u"/examples/churn/notebooks/explore.ipynb", path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const auto read = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray original = read();

        // The preview a user sees before stripping.
        const Result<StripPlan> plan = planStripAsync(path, path).result();
        QVERIFY(plan && plan->changed());
        QCOMPARE(plan->changes.size(), 5); // the five code cells
        QCOMPARE(plan->changes[3].outputsRemoved, 1);
        QVERIFY(plan->changes[3].countCleared);
        StripPreviewDialog dialog(*plan);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        save(dialog, QStringLiteral("strip-preview.png"));
        dialog.reject();

        NotebookPage page(path);
        page.resize(1000, 700);
        page.show();
        QSignalSpy loaded(&page, &NotebookPage::loaded);
        QVERIFY(loaded.wait(30000));
        page.stripOutputs(false);
        QVERIFY(loaded.wait(30000)); // written, then read again
        QVERIFY(!read().contains("image/png"));
        QCOMPARE(page.model()->cell(4).outputs.size(), 0);
        QCOMPARE(page.undoStack()->count(), 1);
        page.undoStack()->undo();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(read(), original);
        QCOMPARE(page.model()->cell(4).outputs.size(), 1);
        page.undoStack()->redo();
        QVERIFY(loaded.wait(30000));
        QVERIFY(!read().contains("image/png"));
    }

    void scrollsThroughTheLargestNotebook()
    {
        NotebookPage page(realWorld("ageron__handson-ml2__09_unsupervised_learning.ipynb"));
        page.resize(1000, 760);
        page.show();
        QSignalSpy loaded(&page, &NotebookPage::loaded);
        QVERIFY(loaded.wait(60000));
        QScrollBar* bar = page.view()->verticalScrollBar();
        QElapsedTimer timer;
        timer.start();
        int steps = 0;
        for (int value = 0; value <= bar->maximum();
             value += page.view()->viewport()->height() / 2, ++steps) {
            bar->setValue(value);
            page.view()->viewport()->repaint(); // paint now, as a user scrolling would see it
        }
        qInfo().noquote() << "scrolled" << bar->maximum() << "px in" << steps << "steps," << timer.elapsed()
                          << "ms";
        QVERIFY(bar->maximum() > 10000);
        bar->setValue(bar->maximum() / 3);
        QTest::qWait(50);
        save(page, QStringLiteral("notebook-large.png"));
    }
};

QTEST_MAIN(TestNotebookView)
#include "tst_notebookview.moc"
