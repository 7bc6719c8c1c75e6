// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How long the GUI event loop stops answering while the heavy review work runs, measured as the History tab
// and the review view really run it (offscreen): a 1 ms precise timer notes the longest gap between its
// ticks. Reported as counters: max_stall_ms (goal ≤ 50), and the time to the first screen of the log.
//  - History: the log of a 50,000-commit repository, first screen then scrolled to the end;
//  - Review: the notebook-aware diff of two versions of the 60 MB notebook, computed and shown;
//  - Convert: the 60 MB notebook converted to a percent script on the pool (what Pair Notebooks runs).
#include "models/CommitLogModel.h"
#include "models/DiagnosticsModel.h"
#include "services/lint/LintJob.h"
#include "services/notebook/Convert.h"
#include "services/notebook/Notebook.h"
#include "services/project/ReviewDiff.h"
#include "widgets/HistoryView.h"
#include "widgets/ProblemsPanel.h"
#include "widgets/ReviewDiffView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "bench/BenchSupport.h"
#include "bench/NotebookFixtures.h"
#include <benchmark/benchmark.h>

namespace {

using slipway::bench::runTool;
using slipway::bench::workPath;

// Notes the longest gap between ticks of a 1 ms timer while it runs.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_max = std::max(m_max, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double maxMs() const { return double(m_max) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
};

void spinUntil(const std::function<bool()>& done, int timeoutMs = 600000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

const QString& historyRepo()
{
    static QString path;
    if (path.isEmpty()) {
        path = workPath(QStringLiteral("history-50k"));
        runTool(QStringLiteral("python3"),
                {QStringLiteral(SLIPWAY_SOURCE_DIR "/tests/support/make-history-repo.py"), path,
                 QStringLiteral("50000")},
                workPath());
    }
    return path;
}

const QString& diffRepo()
{
    static const QString path = slipway::bench::largeNotebookRepository(QStringLiteral("stall-diff"), false);
    return path;
}

void BM_Stall_History(benchmark::State& state)
{
    const QString repo = historyRepo();
    for (auto _ : state) {
        slipway::CommitLogModel model;
        slipway::HistoryView view(&model);
        view.resize(1400, 900);
        view.show();
        QCoreApplication::processEvents();
        StallMeter meter;
        QElapsedTimer clock;
        clock.start();
        bool first = false;
        double firstMs = 0;
        QObject::connect(&model, &slipway::CommitLogModel::firstBatchLoaded, &model, [&] {
            first = true;
            firstMs = double(clock.nsecsElapsed()) / 1e6;
        });
        model.setQuery(repo, {});
        spinUntil([&] { return first; });
        // Scroll to the end, again and again, as a user dragging the scroll bar down would.
        QTimer scroller;
        QObject::connect(&scroller, &QTimer::timeout, &scroller, [&] { view.table()->scrollToBottom(); });
        scroller.start(20);
        spinUntil([&] { return model.atEnd() && !model.loading(); });
        state.counters["first_screen_ms"] = firstMs;
        state.counters["max_stall_ms"] = meter.maxMs();
        state.counters["commits"] = model.rowCount();
    }
}

void BM_Stall_ReviewLargeNotebook(benchmark::State& state)
{
    const QString repo = diffRepo();
    for (auto _ : state) {
        slipway::ReviewDiffView view;
        view.resize(1200, 900);
        view.show();
        QCoreApplication::processEvents();
        StallMeter meter;
        QElapsedTimer clock;
        clock.start();
        bool shown = false;
        slipway::project::ReviewOptions options;
        options.context = 1 << 24; // as the review view asks: whole files, folded when shown
        QFutureWatcher<slipway::Result<QList<slipway::project::ReviewFile>>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &watcher, [&] {
            const auto files = watcher.result();
            if (files)
                view.setReview(*files, QStringLiteral("large"));
            shown = true;
        });
        watcher.setFuture(
            slipway::project::reviewDiffAsync({repo,
                                               slipway::git::TreeSpec::commit(QStringLiteral("HEAD")),
                                               slipway::git::TreeSpec::workTree(),
                                               {}},
                                              options));
        spinUntil([&] { return shown; });
        state.counters["shown_ms"] = double(clock.nsecsElapsed()) / 1e6;
        state.counters["changes"] = view.changeCount();
        state.counters["max_stall_ms"] = meter.maxMs();
    }
}

// 100,000 real findings: pycodestyle on a file of 100,000 `x=1` lines (E225 each), streamed into the
// Problems panel.
void BM_Stall_Lint100k(benchmark::State& state)
{
    const QString root = workPath(QStringLiteral("lint-100k"));
    QDir().mkpath(root);
    {
        QFile file(root + QStringLiteral("/many.py"));
        if (file.open(QIODevice::WriteOnly))
            for (int i = 0; i < 100'000; ++i)
                file.write("x=1\n");
    }
    for (auto _ : state) {
        slipway::DiagnosticsModel model;
        slipway::ProblemsPanel panel(&model);
        panel.resize(1200, 600);
        panel.show();
        QCoreApplication::processEvents();
        slipway::lint::LintRequest request;
        request.root = root;
        request.tools = {slipway::lint::Tool::Pycodestyle};
        request.files = {QStringLiteral("many.py")};
        slipway::lint::LintJob job(request);
        QObject::connect(&job, &slipway::lint::LintJob::found, &model, &slipway::DiagnosticsModel::append);
        bool done = false;
        QObject::connect(&job, &slipway::lint::LintJob::finished, &job, [&] { done = true; });
        StallMeter meter;
        job.start();
        spinUntil([&] { return done; });
        state.counters["findings"] = model.rowCount();
        state.counters["max_stall_ms"] = meter.maxMs();
    }
}

void BM_Stall_ConvertLargeNotebook(benchmark::State& state)
{
    const QString path = workPath(QStringLiteral("stall-large.ipynb"));
    {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(slipway::bench::generatedNotebook(60));
    }
    for (auto _ : state) {
        StallMeter meter;
        bool done = false;
        QFutureWatcher<qsizetype> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &watcher, [&] { done = true; });
        watcher.setFuture(QtConcurrent::run([path] {
            auto notebook = slipway::notebook::readNotebookFile(path);
            return notebook ? slipway::notebook::toPercentScript(*notebook).value_or(QByteArray()).size()
                            : qsizetype(0);
        }));
        spinUntil([&] { return done; });
        state.counters["max_stall_ms"] = meter.maxMs();
    }
}

} // namespace

BENCHMARK(BM_Stall_History)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);
BENCHMARK(BM_Stall_ReviewLargeNotebook)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);
BENCHMARK(BM_Stall_Lint100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);
BENCHMARK(BM_Stall_ConvertLargeNotebook)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
