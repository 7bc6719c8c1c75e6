// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/release/ChannelStore.h"

#include <QProcessEnvironment>

namespace slipway::release {

// The credentials for `channel` that need no prompt, first found wins:
// SLIPWAY_<CHANNEL>_USERNAME / SLIPWAY_<CHANNEL>_PASSWORD (CI); ~/.netrc's entry for the channel's host;
// ~/.pypirc's section whose `repository` is the channel's URL. Empty when none (the GUI then asks the
// keychain). `home` defaults to $HOME.
Credentials credentialsFor(const Channel& channel, const QProcessEnvironment& environment,
                           const QString& home = {});

// Where credentialsFor() found them, for messages ("SLIPWAY_TESTING_PASSWORD", "~/.netrc"); never the secret.
QString credentialsSource(const Channel& channel, const QProcessEnvironment& environment,
                          const QString& home = {});

} // namespace slipway::release
