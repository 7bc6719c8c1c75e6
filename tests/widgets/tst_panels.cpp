// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/JobsModel.h"
#include "models/LogModel.h"
#include "models/ProjectFilesModel.h"
#include "services/project/TrustStore.h"
#include "tests/support/TestSupport.h"
#include "widgets/CellPickerDialog.h"
#include "widgets/EditorTheme.h"
#include "widgets/JobsPanel.h"
#include "widgets/LogPanel.h"
#include "widgets/ProjectPanel.h"
#include "widgets/TagDialog.h"
#include "widgets/TrustBanner.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPromise>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace slipway;

class TestPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initEnvironment(); }

    // The cell picker checks the changed and new cells; unchanged ones cannot be chosen.
    void cellPicker()
    {
        QList<CellChange> cells;
        const auto cell = [](int index, CellChange::State state, const char* line) {
            CellChange c;
            c.index = index;
            c.cellType = QStringLiteral("code");
            c.firstLine = QString::fromUtf8(line);
            c.state = state;
            return c;
        };
        cells << cell(0, CellChange::State::Changed, "x = 10") << cell(1, CellChange::State::Same, "y = 2")
              << cell(2, CellChange::State::New, "new = 0") << cell(3, CellChange::State::Same, "z = 30");
        CellPickerDialog dialog(QStringLiteral("notebooks/explore.ipynb"), cells);
        QCOMPARE(dialog.chosenCells(), (QList<int>{0, 2}));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(QDir().mkpath(test::screenshotDir()));
        QVERIFY(dialog.grab().save(test::screenshotDir() + QStringLiteral("/cell-picker.png")));
    }

    // Tagging HEAD proposes the next patch version and previews what the tag gives.
    void tagDialog()
    {
        version::ScmVersion current;
        current.version = QStringLiteral("0.1.1.dev1+g879f570");
        current.tag = QStringLiteral("v0.1.0");
        current.tagVersion = QStringLiteral("0.1.0");
        current.distance = 1;
        current.node = QStringLiteral("g879f570");
        current.facts.tag = current.tag;
        current.facts.distance = 1;
        current.facts.node = current.node;
        current.facts.branch = QStringLiteral("main");
        TagDialog dialog(current, {});
        QCOMPARE(dialog.name(), QStringLiteral("v0.1.1"));
        const auto labels = dialog.findChildren<QLabel*>();
        const bool previewed =
            std::ranges::any_of(labels, [](QLabel* l) { return l->text().contains(u"<b>0.1.1</b>"); });
        QVERIFY(previewed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(test::screenshotDir() + QStringLiteral("/tag-dialog.png")));
    }

    void projectPanelFiltersAndActivates()
    {
        ProjectFilesModel model;
        ProjectPanel panel(&model);
        model.setFiles(QStringLiteral("/p"),
                       {QStringLiteral("src/churn/model.py"), QStringLiteral("README.md")});
        QSignalSpy activated(&panel, &ProjectPanel::fileActivated);
        QTreeView* view = panel.view();
        QCOMPARE(view->model()->rowCount(), 2);
        test::child<QLineEdit>(panel)->setText(QStringLiteral("model"));
        QCOMPARE(view->model()->rowCount(), 1); // src, holding the match
        const QModelIndex src = view->model()->index(0, 0);
        const QModelIndex churn = view->model()->index(0, 0, src);
        const QModelIndex file = view->model()->index(0, 0, churn);
        QCOMPARE(file.data().toString(), QStringLiteral("model.py"));
        Q_EMIT view->activated(file);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("/p/src/churn/model.py"));
        Q_EMIT view->activated(churn); // folders are not opened
        QCOMPARE(activated.size(), 1);
    }

    void jobsPanelCancels()
    {
        JobManager jobs;
        JobsModel model(&jobs);
        JobsPanel panel(&model, &jobs);
        QPromise<void> promise;
        promise.start();
        jobs.track(QStringLiteral("Long"), promise.future());
        QToolButton* cancelAll = nullptr;
        const auto buttons = panel.findChildren<QToolButton*>();
        for (auto* button : buttons)
            if (button->text() == u"Cancel All")
                cancelAll = button;
        QVERIFY(cancelAll);
        QVERIFY(cancelAll->isEnabled());
        cancelAll->click();
        QVERIFY(promise.isCanceled());
        promise.finish();
        QTRY_VERIFY(!cancelAll->isEnabled());
    }

    void logPanelShowsEntries()
    {
        LogSink sink;
        LogModel model(&sink);
        LogPanel panel(&model);
        sink.warning(QStringLiteral("project"), QStringLiteral("pyproject.toml:3:1: expected a value"));
        QCOMPARE(panel.view()->model()->rowCount(), 1);
    }

    // twine and pytest colour their verdicts even into a pipe: the Log shows those colours (light and dark)
    // instead of the raw escape sequences.
    void logPanelShowsTerminalColours()
    {
        const auto greenPixels = [](const QImage& image, int top, int bottom) {
            int count = 0;
            for (int y = top; y < bottom; ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    count += c.green() > c.red() + 60 && c.green() > c.blue() + 40 ? 1 : 0;
                }
            return count;
        };
        for (const bool dark : {false, true}) {
            LogSink sink;
            LogModel model(&sink);
            LogPanel panel(&model);
            if (dark)
                panel.setPalette(EditorTheme::darkPalette());
            panel.resize(900, 160);
            sink.info(QStringLiteral("Build churn"),
                      QStringLiteral("Checking dist/churn-0.2.0-py3-none-any.whl: \x1b[32mPASSED\x1b[0m"));
            sink.info(QStringLiteral("Build churn"),
                      QStringLiteral("Checking dist/churn-0.2.0.tar.gz: \x1b[31mFAILED\x1b[0m"));
            sink.info(QStringLiteral("Test churn"),
                      QStringLiteral("\x1b[1m\x1b[32m===== 12 passed in 0.41s =====\x1b[0m"));
            sink.info(QStringLiteral("git"), QStringLiteral("plain line"));
            QTRY_COMPARE(model.rowCount(), 4);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            const QImage image = panel.grab().toImage();
            const QRect first = panel.view()->visualRect(model.index(0));
            const QRect last = panel.view()->visualRect(model.index(3));
            const QPoint offset = panel.view()->viewport()->mapTo(&panel, QPoint(0, 0));
            QVERIFY2(greenPixels(image, offset.y() + first.top(), offset.y() + first.bottom()) > 10,
                     "PASSED is not drawn in green");
            QCOMPARE(greenPixels(image, offset.y() + last.top(), offset.y() + last.bottom()), 0);
            QVERIFY(!model.index(0).data().toString().contains(u'\x1b'));
            QVERIFY(QDir().mkpath(test::screenshotDir()));
            QVERIFY(image.save(test::screenshotDir() + (dark ? QStringLiteral("/log-colours-dark.png")
                                                             : QStringLiteral("/log-colours.png"))));
        }
    }

    void trustBannerShowsUntilTrusted()
    {
        QTemporaryDir settings, project;
        TrustStore trust(settings.filePath(QStringLiteral("trust.ini")));
        TrustBanner banner(&trust);
        banner.setProject(project.path());
        QVERIFY(!banner.isHidden());
        trust.setTrusted(project.path(), true);
        QVERIFY(banner.isHidden());
        trust.setTrusted(project.path(), false);
        QVERIFY(!banner.isHidden());
        banner.setProject({});
        QVERIFY(banner.isHidden());
    }
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
