// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace slipway::test {

// A wheel and an sdist of `name` `version` written by tests/support/make_dists.py (valid archives, RECORD
// hashes right, no build backend run); `payload` random bytes make them bigger, `salt` changes the bytes but
// not the names. Paths: wheel first.
QStringList makeDists(const QString& name, const QString& version, const QString& folder, int payload = 0,
                      const QString& salt = {});

// The stand-in for PyPI/devpi (tests/support/legacy_index.py, which says what it implements and why it
// stands in), started on 127.0.0.1 for one test.
class LegacyIndex
{
public:
    LegacyIndex();
    ~LegacyIndex();
    bool start(QString* error);
    QString url() const; // http://127.0.0.1:PORT/
private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace slipway::test
