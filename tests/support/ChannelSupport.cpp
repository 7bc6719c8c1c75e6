// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ChannelSupport.h"

#include "tests/support/TestSupport.h"

#include <QTest>

namespace slipway::test {

QStringList makeDists(const QString& name, const QString& version, const QString& folder, int payload,
                      const QString& salt)
{
    QProcess python;
    QStringList args{sourceDir() + QStringLiteral("/tests/support/make_dists.py"), name, version, folder};
    if (payload > 0)
        args << QStringLiteral("--payload") << QString::number(payload);
    if (!salt.isEmpty())
        args << QStringLiteral("--salt") << salt;
    python.start(QStringLiteral("python3"), args);
    python.waitForFinished(60000);
    const QStringList paths =
        QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(python.exitCode() == 0 && paths.size() >= 2, python.readAllStandardError().constData());
    return paths;
}

LegacyIndex::LegacyIndex() = default;

LegacyIndex::~LegacyIndex()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool LegacyIndex::start(QString* error)
{
    m_process = std::make_unique<QProcess>();
    m_process->start(QStringLiteral("python3"),
                     {sourceDir() + QStringLiteral("/tests/support/legacy_index.py")});
    if (!m_process->waitForReadyRead(20000)) {
        *error = QStringLiteral("the stand-in index did not start: ") +
                 QString::fromUtf8(m_process->readAllStandardError());
        return false;
    }
    const QByteArray line = m_process->readLine().trimmed();
    if (!line.startsWith("READY ")) {
        *error = QStringLiteral("the stand-in index said: ") + QString::fromUtf8(line);
        return false;
    }
    m_port = quint16(line.mid(6).toUInt());
    return true;
}

QString LegacyIndex::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_port);
}

} // namespace slipway::test
