// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"

#include <QObject>
#include <QStringList>

namespace slipway {

// Which project folders the user trusts to run their own code (pipeline steps, git hooks and filters,
// tools from the project's environment). A folder is untrusted until the user says otherwise, like VS
// Code's Restricted Mode; trusting a folder trusts everything below it. Choices are kept per canonical
// path in a small settings file shared by the GUI and the command line.
class TrustStore : public QObject
{
    Q_OBJECT
public:
    // `storePath`: the settings file; defaultStorePath() in the application.
    explicit TrustStore(QString storePath, QObject* parent = nullptr);

    static QString defaultStorePath();

    bool isTrusted(const QString& path) const;
    void setTrusted(const QString& path, bool trusted);
    QStringList trustedFolders() const;

    // Every feature that runs project code calls this first: an error saying why not when untrusted.
    Result<void> require(const QString& path, const QString& what) const;

Q_SIGNALS:
    void trustChanged(const QString& canonicalPath, bool trusted);

private:
    QString m_storePath;
};

} // namespace slipway
