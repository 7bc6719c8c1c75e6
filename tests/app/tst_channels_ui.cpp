// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Channels board in the workbench against real WebDAV channels on nginx (DavServer): three channels
// holding a release history with a yanked version, a drifting file, a partial upload and a version that
// skipped a channel; the board's cells, warnings and details, its offline start from .slipway/, a yank from
// the board, promotion with the gates ticked in the dialog; 3 × 200 versions for smoothness. Screenshots,
// light and dark, for a person to look at.

#include "app/gui/ChannelsController.h"
#include "models/ChannelsModel.h"
#include "services/release/ChannelClient.h"
#include "tests/support/ChannelSupport.h"
#include "tests/support/DavServer.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowSupport.h"
#include "widgets/ChannelsPanel.h"
#include "widgets/EditorTheme.h"
#include "widgets/PromoteDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace slipway;
using namespace slipway::release;
using namespace Qt::StringLiterals;

namespace {

QList<ReleaseFile> describe(const QStringList& paths)
{
    QList<ReleaseFile> files;
    for (const QString& p : paths)
        files << describeReleaseFile(p).value();
    return files;
}

JournalEntry entry(const QString& tag = {}, const QString& action = u"publish"_s)
{
    JournalEntry e;
    e.action = action;
    e.who = u"Ada Lead <ada@example.com>"_s;
    e.host = u"desk-3"_s;
    e.when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    e.commit = u"4be1c0ffee4be1c0ffee4be1c0ffee4be1c0ffee"_s;
    e.tag = tag;
    return e;
}

void save(QWidget& widget, const QString& name)
{
    QVERIFY(QDir().mkpath(test::screenshotDir()));
    const QString path = test::screenshotDir() + u'/' + name;
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo().noquote() << "screenshot:" << path;
}

} // namespace

class TestChannelsUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::DavServer m_server;
    QString m_project;
    int m_count = 0;
    QMap<QString, QStringList> m_dists; // one build per version (and salt): channels share the very files

    Channel channel(const QString& name)
    {
        auto config = parseReleaseConfig(
            u"channels:\n  %1: {url: \"%2%1/\"}\n"_s.arg(name, m_server.url()).toUtf8(), u"slipway.yaml"_s);
        return config->channels.front();
    }

    void publish(const QString& channelName, const QString& version, const QString& salt = {},
                 bool wheelOnly = false)
    {
        const QString key = version + u'/' + salt;
        if (!m_dists.contains(key))
            m_dists.insert(key, test::makeDists(u"churn"_s, version, m_dir.filePath(u"d%1"_s.arg(++m_count)),
                                                2000, salt));
        QStringList dists = m_dists.value(key);
        if (wheelOnly)
            dists = dists.mid(0, 1);
        ChannelClient client(channel(channelName), {test::DavServer::user(), test::DavServer::password()},
                             {});
        const auto done = client.publish(describe(dists), entry(version));
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
    }

    MainWindow* openBoard(test::Workbench& bench)
    {
        MainWindow& window = bench.window;
        window.resize(1280, 800);
        window.show();
        window.channels()->dock()->raise();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        QSignalSpy refreshed(window.channels(), &ChannelsController::refreshed);
        window.openProject(m_project);
        if (!refreshed.wait(30000))
            return nullptr;
        return &window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // The workbench finds the channels' credentials where CI keeps them.
        for (const char* channel : {"UNSTABLE", "TESTING", "STABLE"}) {
            qputenv(QByteArray(QByteArray("SLIPWAY_") + channel + "_USERNAME").constData(),
                    test::DavServer::user().toUtf8());
            qputenv(QByteArray(QByteArray("SLIPWAY_") + channel + "_PASSWORD").constData(),
                    test::DavServer::password().toUtf8());
        }
        m_project = test::makeSampleProject(m_dir);
        test::writeFile(m_project, u"slipway.yaml"_s,
                        (u"channels:\n  unstable: {url: \"%1unstable/\"}\n  testing: {url: \"%1testing/\"}\n"
                         "  stable: {url: \"%1stable/\"}\npromotion:\n"
                         "  - {from: unstable, to: testing, requires: [installed-tests]}\n"
                         "  - {from: testing, to: stable, requires: [installed-tests, final-version]}\n"_s)
                            .arg(m_server.url())
                            .toUtf8());
        // A release history with everything the board must show.
        for (const QString& v : {u"1.0.0"_s, u"1.0.1"_s, u"1.1.0rc1"_s, u"1.1.0"_s, u"1.2.0rc1"_s})
            publish(u"unstable"_s, v);
        for (const QString& v : {u"1.0.1"_s, u"1.1.0"_s})
            publish(u"testing"_s, v);
        publish(u"testing"_s, u"1.1.0rc1"_s, {}, true); // partial: the wheel only
        publish(u"stable"_s, u"1.0.0"_s, u"rebuilt"_s); // drift: other bytes than unstable's
        publish(u"stable"_s, u"1.0.1"_s);
        publish(u"stable"_s, u"1.1.0"_s);
        publish(u"stable"_s, u"0.9.0"_s); // in stable without testing
        ChannelClient stable(channel(u"stable"_s), {test::DavServer::user(), test::DavServer::password()},
                             {});
        QVERIFY(stable.yank(u"churn"_s, u"1.0.1"_s, u"wrong model weights"_s, false, entry({}, u"yank"_s)));
    }

    void boardShowsStateWarningsAndDetails()
    {
        test::Workbench bench(m_dir.filePath(u"trust.ini"_s));
        MainWindow* window = openBoard(bench);
        QVERIFY(window);
        ChannelsModel* model = window->channels()->model();
        const BoardAnalysis& a = model->analysis();
        QCOMPARE(a.channels, (QStringList{u"unstable"_s, u"testing"_s, u"stable"_s}));
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->index(0, 0).data(ChannelsModel::VersionRole).toString(), u"1.2.0rc1"_s);
        const auto state = [&](const QString& version, int channel) {
            return static_cast<CellState>(
                model->index(model->rowOf(version), channel + 1).data(ChannelsModel::StateRole).toInt());
        };
        QCOMPARE(state(u"1.2.0rc1"_s, 0), CellState::Present);
        QCOMPARE(state(u"1.2.0rc1"_s, 1), CellState::Missing);
        QCOMPARE(state(u"1.1.0rc1"_s, 1), CellState::Partial);
        QCOMPARE(state(u"1.0.1"_s, 2), CellState::Yanked);
        QCOMPARE(state(u"1.0.0"_s, 0), CellState::Drift);
        QCOMPARE(state(u"1.0.0"_s, 2), CellState::Drift);
        QVERIFY(model->index(model->rowOf(u"0.9.0"_s), 0).data(ChannelsModel::WarningRole).toBool());
        QVERIFY(model->index(model->rowOf(u"1.0.0"_s), 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"other bytes"_s));
        QCOMPARE(a.picks, (QStringList{u"1.1.0"_s, u"1.1.0"_s, u"1.1.0"_s}));
        QCOMPARE(a.picksPre.front(), u"1.2.0rc1"_s);
        ChannelsPanel* panel = window->channels()->panel();
        panel->view()->setCurrentIndex(model->index(model->rowOf(u"1.0.1"_s), 3));
        const QString details = panel->details()->toPlainText();
        QVERIFY2(details.contains(u"churn-1.0.1-py3-none-any.whl"_s), qPrintable(details));
        QVERIFY2(details.contains(u"yank churn 1.0.1"_s) && details.contains(u"wrong model weights"_s),
                 qPrintable(details));
        QVERIFY(details.contains(u"4be1c0ffee4b"_s));
        save(*window, u"channels-board.png"_s);
        save(*panel, u"channels-board-panel.png"_s);
        // The last state is kept in .slipway/ (which git ignores) and shown first next time.
        QVERIFY(QFile::exists(m_project + u"/.slipway/channels.json"_s));
        QCOMPARE(test::git(m_project, {u"status"_s, u"--porcelain"_s, u"--"_s, u".slipway"_s}).trimmed(),
                 QString());
    }

    void boardIsReadableInTheDark()
    {
        const QPalette light = QApplication::palette();
        QApplication::setPalette(EditorTheme::darkPalette());
        {
            test::Workbench bench(m_dir.filePath(u"trust-dark.ini"_s));
            MainWindow* window = openBoard(bench);
            QVERIFY(window);
            ChannelsPanel* panel = window->channels()->panel();
            panel->view()->setCurrentIndex(window->channels()->model()->index(3, 2));
            save(*window, u"channels-board-dark.png"_s);
            save(*panel, u"channels-board-panel-dark.png"_s);
        }
        QApplication::setPalette(light);
    }

    void offlineStartShowsTheLastState()
    {
        m_server.stop();
        test::Workbench bench(m_dir.filePath(u"trust-offline.ini"_s));
        MainWindow& window = bench.window;
        window.resize(1280, 800);
        window.show();
        window.channels()->dock()->raise();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy refreshed(window.channels(), &ChannelsController::refreshed);
        window.openProject(m_project);
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(window.channels()->model()->rowCount(), 6); // from .slipway/channels.json, then kept
        const QString status = window.channels()->panel()->findChild<QLabel*>(u"channelsStatus"_s)->text();
        QVERIFY2(status.contains(u"last known state"_s), qPrintable(status));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void promoteDialogTicksTheGates()
    {
        test::Workbench bench(m_dir.filePath(u"trust-promote.ini"_s));
        MainWindow* window = openBoard(bench);
        QVERIFY(window);
        window->channels()->promote(u"1.1.0rc1"_s);
        auto* dialog = window->findChild<PromoteDialog*>(u"promoteDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->version(), u"1.1.0rc1"_s);
        // testing → stable: the dry run checks final-version (an rc fails it) and no drift; nothing is
        // written.
        auto* route = dialog->findChild<QComboBox*>(u"promoteRoute"_s);
        route->setCurrentIndex(1);
        dialog->findChild<QPushButton*>(u"promoteDryRun"_s)->click();
        auto* outcome = dialog->findChild<QLabel*>(u"promoteOutcome"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!outcome->text().isEmpty(), 30000);
        auto* gates = dialog->findChild<QListWidget*>(u"promoteGates"_s);
        QStringList texts;
        for (int i = 0; i < gates->count(); ++i)
            texts << gates->item(i)->text();
        QVERIFY2(texts.join(u'\n').contains(u"✗  final-version"_s),
                 qPrintable(texts.join(u'\n') + outcome->text()));
        QVERIFY2(texts.join(u'\n').contains(u"✓  no-drift"_s), qPrintable(texts.join(u'\n')));
        save(*dialog, u"channels-promote-dialog.png"_s);
        dialog->close();
    }

    void yankFromTheBoard()
    {
        test::Workbench bench(m_dir.filePath(u"trust-yank.ini"_s));

        MainWindow* window = openBoard(bench);
        QVERIFY(window);
        ChannelsModel* model = window->channels()->model();
        // Unyank 1.0.1 in stable (it is yanked: the board asks to make it installable again).
        // Answers the question box once it shows (no check in here: this runs inside the box's own loop).
        auto* answer = new QTimer(this);
        connect(answer, &QTimer::timeout, this, [answer, window] {
            auto* box = window->findChild<QMessageBox*>(u"unyankQuestion"_s);
            if (box && box->isVisible()) {
                answer->stop();
                box->button(QMessageBox::Yes)->click();
            }
        });
        answer->start(50);

        QSignalSpy refreshed(window->channels(), &ChannelsController::refreshed);
        window->channels()->yank(u"1.0.1"_s, u"stable"_s);

        QVERIFY(refreshed.wait(30000));
        QCOMPARE(static_cast<CellState>(
                     model->index(model->rowOf(u"1.0.1"_s), 3).data(ChannelsModel::StateRole).toInt()),
                 CellState::Present);
    }

    // The release as a lead does it in the workbench: tag rc → Publish… (built from HEAD) → Promote… with
    // the installed tests → the final tag on the same commit → published, promoted to testing and stable.
    void releaseFromTheWorkbench()
    {
        QTemporaryDir dir;
        const QString project = test::makeSampleProject(dir, u"churn"_s);
        QVERIFY(test::writeFile(
            project, u"slipway.yaml"_s,
            (u"channels:\n  unstable: {url: \"%1gui/unstable/\"}\n  testing: {url: \"%1gui/testing/\"}\n"
             "  stable: {url: \"%1gui/stable/\"}\npromotion:\n"
             "  - {from: unstable, to: testing, requires: [installed-tests]}\n"
             "  - {from: testing, to: stable, requires: [installed-tests, final-version, same-commit]}\n"_s)
                .arg(m_server.url())
                .toUtf8()));
        bool ok = false;
        test::git(project, {u"add"_s, u"slipway.yaml"_s}, &ok);
        test::git(project, {u"commit"_s, u"-qm"_s, u"Channels"_s}, &ok);
        test::git(project, {u"tag"_s, u"2.0.0rc1"_s}, &ok);
        QVERIFY(ok);
        test::Workbench bench(m_dir.filePath(u"trust-release.ini"_s));
        bench.trust.setTrusted(QDir(project).canonicalPath(), true);
        MainWindow& window = bench.window;
        window.resize(1280, 800);
        window.show();
        window.channels()->dock()->raise();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ChannelsController* channels = window.channels();
        QSignalSpy refreshed(channels, &ChannelsController::refreshed);
        window.openProject(project);
        QVERIFY(refreshed.wait(30000));
        ChannelsModel* model = channels->model();
        // A failure says so in a message box: closed here, its text failing the test.
        QStringList boxes;
        QTimer watchdog;
        connect(&watchdog, &QTimer::timeout, this, [&] {
            const auto found = window.findChildren<QMessageBox*>();
            for (QMessageBox* box : found)
                if (box->isVisible()) {
                    boxes << box->text();
                    box->close();
                }
        });
        watchdog.start(200);
        QStringList log;
        connect(&bench.log, &LogSink::entryAdded, this,
                [&log](const LogEntry& e) { log << e.source + u": "_s + e.text; });
        const auto explain = [&log] { return log.mid(std::max<qsizetype>(0, log.size() - 30)).join(u'\n'); };
        const auto state = [&](const QString& version, int channel) {
            const int row = model->rowOf(version);
            return row < 0 ? CellState::Missing
                           : static_cast<CellState>(
                                 model->index(row, channel + 1).data(ChannelsModel::StateRole).toInt());
        };
        // Each step is done when the board (refreshed after the job) shows its result.
        const auto publishAndWait = [&](const QString& version) {
            channels->publish(u"unstable"_s, {});
            QTRY_VERIFY2_WITH_TIMEOUT(state(version, 0) == CellState::Present || !boxes.isEmpty(),
                                      qPrintable(explain()), 100000);
            QVERIFY2(boxes.isEmpty(), qPrintable(boxes.join(u'\n')));
        };
        const auto promoteAndWait = [&](const QString& version, int route) {
            channels->promote(version);
            auto* dialog = window.findChild<PromoteDialog*>(u"promoteDialog"_s);
            QVERIFY(dialog);
            QCOMPARE(dialog->version(), version);
            dialog->findChild<QComboBox*>(u"promoteRoute"_s)->setCurrentIndex(route);
            dialog->findChild<QPushButton*>(u"promoteStart"_s)->click();
            auto* outcome = dialog->findChild<QLabel*>(u"promoteOutcome"_s);
            QTRY_VERIFY2_WITH_TIMEOUT(!outcome->text().isEmpty(), qPrintable(explain()), 100000);
            QVERIFY2(outcome->text().startsWith(u"Promoted"_s),
                     qPrintable(outcome->text() + u'\n' + explain()));
            QTRY_VERIFY_WITH_TIMEOUT(state(version, route + 1) == CellState::Present, 30000);
            dialog->setObjectName(QString()); // the next promotion opens its own dialog
            dialog->close();
        };
        publishAndWait(u"2.0.0rc1"_s);
        promoteAndWait(u"2.0.0rc1"_s, 0);
        test::git(project, {u"tag"_s, u"2.0.0"_s}, &ok);
        publishAndWait(u"2.0.0"_s);
        promoteAndWait(u"2.0.0"_s, 0);
        promoteAndWait(u"2.0.0"_s, 1);
        QCOMPARE(model->rowCount(), 2);
        for (int c = 0; c < 3; ++c)
            QCOMPARE(state(u"2.0.0"_s, c), CellState::Present);
        QCOMPARE(state(u"2.0.0rc1"_s, 1), CellState::Present);
        QCOMPARE(state(u"2.0.0rc1"_s, 2), CellState::Missing);
        QCOMPARE(model->analysis().picks, (QStringList{u"2.0.0"_s, u"2.0.0"_s, u"2.0.0"_s}));
        channels->panel()->selectVersion(u"2.0.0"_s);
        save(window, u"channels-release.png"_s);
    }

    // 3 channels × 200 versions: the board reads them in one refresh and the view scrolls without stalls.
    void threeByTwoHundredVersions()
    {
        const QString project = m_dir.filePath(u"big"_s);
        test::writeFile(project, u"pyproject.toml"_s, "[project]\nname = \"churn\"\nversion = \"0\"\n");
        QString channelsYaml = u"channels:\n"_s;
        const QStringList names{u"big-unstable"_s, u"big-testing"_s, u"big-stable"_s};
        const QStringList dists = test::makeDists(u"churn"_s, u"0.0.1"_s, m_dir.filePath(u"big-dists"_s));
        const auto files = describe(dists);
        for (const QString& name : names) {
            channelsYaml += u"  %1: {url: \"%2%1/\"}\n"_s.arg(name, m_server.url());
            // 200 versions written straight into the served folder (publishing 1200 files one by one is not
            // what this measures), then one real publish so that the pages are Slipway's own.
            const QString folder = m_server.folder() + u'/' + name + u"/files/churn/"_s;
            QDir().mkpath(folder);
            for (int v = 0; v < 200; ++v)
                for (const ReleaseFile& f : files) {
                    const QString name2 = QString(f.filename).replace(u"0.0.1"_s, u"1.%1.0"_s.arg(v));
                    QFile::copy(f.localPath, folder + name2);
                }
            ChannelClient client(channel(name), {test::DavServer::user(), test::DavServer::password()}, {});
            QVERIFY(client.publish(files, entry()));
        }
        test::writeFile(project, u"slipway.yaml"_s, channelsYaml.toUtf8());
        test::Workbench bench(m_dir.filePath(u"trust-big.ini"_s));
        MainWindow& window = bench.window;
        window.resize(1280, 800);
        window.show();
        window.channels()->dock()->raise();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy refreshed(window.channels(), &ChannelsController::refreshed);
        QElapsedTimer refresh;
        refresh.start();
        window.openProject(project);
        QVERIFY(refreshed.wait(60000));
        qInfo().noquote() << "board: 3 channels × 201 versions read and shown in" << refresh.elapsed()
                          << "ms";
        QCOMPARE(window.channels()->model()->rowCount(), 201);
        // The longest stall of the GUI thread while the view scrolls through it and refreshes again.
        qint64 longest = 0;
        QElapsedTimer tick;
        tick.start();
        QTimer probe;
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, this, [&] { longest = std::max(longest, tick.restart()); });
        probe.start();
        QTableView* view = window.channels()->panel()->view();
        window.channels()->refresh();
        for (int i = 0; i < 60; ++i) {
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() * i / 60);
            QTest::qWait(10);
        }
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 2, 60000);
        probe.stop();
        qInfo().noquote() << "board: longest GUI-thread stall while scrolling and refreshing:" << longest
                          << "ms";
        save(window, u"channels-board-200.png"_s);
    }
};

QTEST_MAIN(TestChannelsUi)
#include "tst_channels_ui.moc"
