// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/GitController.h"
#include "app/gui/LintController.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PythonController.h"
#include "app/gui/ReleaseController.h"
#include "app/gui/TestController.h"
#include "services/core/JobManager.h"
#include "tests/support/HostileRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowSupport.h"

#include <QApplication>
#include <QDialog>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace slipway;
using namespace Qt::StringLiterals;

// Every window action that could run a project's code, on a hostile repository that is not trusted:
// opening it, the interpreter list, lint, test discovery and runs, build, staging and committing, fetch,
// pull and push, stripping and pairing notebooks. Not one of the repository's programs may run.
class TestHostileUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;
    QString m_sentinels;

    // Message boxes and dialogs the actions open are closed as soon as they show (a user saying no).
    static void closeDialogsAsTheyOpen(QObject* owner)
    {
        auto* timer = new QTimer(owner);
        QObject::connect(timer, &QTimer::timeout, owner, [] {
            const auto windows = QApplication::topLevelWidgets();
            for (QWidget* w : windows)
                if (auto* dialog = qobject_cast<QDialog*>(w); dialog && dialog->isVisible())
                    dialog->reject();
        });
        timer->start(100);
    }

    static void waitForJobs(const JobManager& jobs)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            std::ranges::none_of(jobs.jobs(),
                                 [](const JobInfo& job) { return job.state == JobInfo::State::Running; }),
            60000);
    }

    void expectNothingRan(const char* after)
    {
        const QStringList ran = test::sentinelsFound(m_sentinels);
        QVERIFY2(ran.isEmpty(), qPrintable(u"after %1, ran while untrusted: %2"_s.arg(
                                    QLatin1StringView(after), ran.join(u", "_s))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initEnvironment();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_repo = m_dir.filePath(u"hostile"_s);
        m_sentinels = m_dir.filePath(u"sentinels"_s);
        QVERIFY(test::makeHostileRepository(m_repo, m_sentinels));
        test::git(m_repo, {u"config"_s, u"user.name"_s, u"Reviewer"_s});
        test::git(m_repo, {u"config"_s, u"user.email"_s, u"reviewer@example.invalid"_s});
    }

    void untrustedWindowRunsNothing()
    {
        test::Workbench bench(m_dir.filePath(u"trust.ini"_s));
        auto& [jobs, log, trust, window] = bench;
        closeDialogsAsTheyOpen(&window);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        window.openProject(m_repo);
        QVERIFY(loaded.wait(30000));
        waitForJobs(jobs);
        expectNothingRan("opening the project");

        window.python()->chooseInterpreter();
        waitForJobs(jobs);
        QTest::qWait(300);
        expectNothingRan("Project → Python Interpreter…");

        window.lint()->lintProject();
        window.tests()->discover();
        window.tests()->run({}, false, false, false);
        window.tests()->run({}, false, false, true);
        waitForJobs(jobs);
        expectNothingRan("lint and tests");

        window.release()->build(true, true, true);
        waitForJobs(jobs);
        expectNothingRan("build");

        test::writeFile(m_repo, u"data.txt"_s, "changed by the reviewer\n");
        window.git()->refresh();
        QTest::qWait(300);
        window.git()->stage({u"data.txt"_s, u"analysis.ipynb"_s});
        waitForJobs(jobs);
        window.git()->commit(u"Reviewed"_s, false);
        waitForJobs(jobs);
        expectNothingRan("stage and commit");
        // The actions did happen: the commit was made (without hooks), the interpreters were listed.
        QCOMPARE(test::git(m_repo, {u"log"_s, u"-1"_s, u"--format=%s"_s}), u"Reviewed\n"_s);
        QVERIFY(std::ranges::any_of(jobs.jobs(), [](const JobInfo& job) {
            return job.title.contains(u"Python interpreters"_s) && job.state == JobInfo::State::Succeeded;
        }));

        window.git()->fetch();
        window.git()->pull();
        window.git()->push(true);
        waitForJobs(jobs);
        expectNothingRan("fetch, pull and push");

        window.stripAllNotebooks();
        window.pairNotebooks();
        waitForJobs(jobs);
        QTest::qWait(300);
        expectNothingRan("strip and pair notebooks");

        // Trusted, the project's own environment is probed: the fixture's interpreter leaves its mark.
        trust.setTrusted(m_repo, true);
        window.python()->chooseInterpreter();
        waitForJobs(jobs);
        QTRY_VERIFY(test::sentinelsFound(m_sentinels).contains(u".venv-python"_s));
    }
};

QTEST_MAIN(TestHostileUi)
#include "tst_hostile_ui.moc"
