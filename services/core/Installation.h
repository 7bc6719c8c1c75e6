// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLocale;

namespace slipway {

// Where Slipway's parts are, found from the running executable: side by side in the build tree
// (build/<preset>/app/), and installed as bin/slipway, libexec/slipway/{slipway-cli,slipway-gui,modules} and
// share/slipway/ (cmake --install, the .deb).

// The folder of the running executable (links resolved).
QString executableFolder();
// Slipway's executable `name` (slipway, slipway-cli, slipway-gui): beside this one, in ../libexec/slipway/
// (from bin/), or in ../../bin/ (from libexec/slipway/); empty when there is none.
QString siblingExecutable(const QString& name);
// A folder of Slipway's data (`translations`): build/<preset>/<name> in the build tree, else
// share/slipway/<name> of the installation; empty when there is none.
QString dataFolder(const QString& name);

// Installs Slipway's translation for `locale` (slipway_de.qm…) into the application; false when there is
// none (English, or not installed). Needs a QCoreApplication.
bool installTranslation(const QLocale& locale);
// The language the environment asks messages in (LC_ALL, LC_MESSAGES, LANG, as C programs read them):
// empty for C, POSIX and English, so that a command line started in those loads no translation at all.
QString messagesLanguage();

} // namespace slipway
