// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModelTester>

#include <memory>
#include <vector>

namespace slipway {
class MainWindow;
}

namespace slipway::test {

// The models behind the window's docks (status, history, problems, tests, artifacts) under
// QAbstractItemModelTester, reporting through QtTest, for as long as the returned testers live: every
// change the window's work makes to them is checked against the model contract.
std::vector<std::unique_ptr<QAbstractItemModelTester>> testModelsOf(const MainWindow& window);

} // namespace slipway::test
