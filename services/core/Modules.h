// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Slipway's modules: the parts of services whose libraries are many and needed by few commands, loaded on
// first use instead of at every start — slipway-network.so (Qt Network: Http) and slipway-archive.so
// (libarchive: the artifact reader). A module is looked for beside the executable (installed: libexec/
// slipway/, with slipway-cli and slipway-gui), then where it is installed, then in the build tree.
#pragma once

#include <QString>

namespace slipway {

// The address of `function` in `module` ("slipway-network"), loaded once for the process's life; null
// with `problem` saying why (not installed, or not loadable).
void* moduleFunction(const char* module, const char* function, QString* problem);

} // namespace slipway
