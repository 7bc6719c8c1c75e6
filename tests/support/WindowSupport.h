// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/MainWindow.h"
#include "services/core/JobManager.h"
#include "services/core/LogSink.h"
#include "services/project/TrustStore.h"

#include <QAbstractItemModelTester>

class QListView;

#include <memory>
#include <vector>

namespace slipway::test {

// The models behind the window's docks (status, history, problems, tests, artifacts) under
// QAbstractItemModelTester, reporting through QtTest, for as long as the returned testers live: every
// change the window's work makes to them is checked against the model contract.
std::vector<std::unique_ptr<QAbstractItemModelTester>> testModelsOf(const MainWindow& window);

// The workbench as slipway-gui assembles it: the job manager (its jobs' lines going to the log, as in the
// app), the log, a trust store kept in `trustFile`, and the main window, whose docks' models run under the
// model tester for as long as it lives. `auto& [jobs, log, trust, window] = bench;` names the parts.
struct Workbench
{
    explicit Workbench(const QString& trustFile);
    JobManager jobs;
    LogSink log;
    TrustStore trust;
    MainWindow window;
};

// Whether every row of `view` has the room its delegate measures for its content at the view's present width
// (a notebook's cells after their text wrapped anew: no row painted over by the next); says which row has
// not when one has not.
bool rowHeightsFit(const QListView* view);

} // namespace slipway::test
