// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace slipway::cli {

// The exit codes of every Slipway program (slipway, slipway-cli, and slipway-gui's own options): 0 ok,
// 1 the command found problems, 2 usage or input error.
enum ExitCode
{
    Ok = 0,
    ProblemsFound = 1,
    UsageError = 2
};

} // namespace slipway::cli
