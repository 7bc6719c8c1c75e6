// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace slipway {

// Promote one version along a rule of slipway.yaml: the version and the route are chosen, the rule's
// gates are listed and ticked (or crossed, with why) as the job checks them, with its progress and a
// cancel; "Dry Run" shows what would change without writing. The controller runs the job.
class PromoteDialog : public QDialog
{
    Q_OBJECT
public:
    struct Route
    {
        QString from;
        QString to;
        QStringList gates;
    };
    PromoteDialog(const QStringList& versions, const QList<Route>& routes, QWidget* parent = nullptr);

    void setVersion(const QString& version);
    QString version() const;
    Route route() const;

    // While the job runs: the buttons that would start another are disabled, Cancel stops it.
    void setRunning(bool running);
    void setGate(const QString& gate, bool passed, const QString& detail);
    void setProgress(int value, int maximum, const QString& text);
    void setOutcome(bool ok, const QString& text);

Q_SIGNALS:
    void promoteRequested(const QString& version, const QString& from, const QString& to, bool dryRun);
    void cancelRequested();

private:
    void resetGates();

    QComboBox* m_version;
    QComboBox* m_route;
    QListWidget* m_gates;
    QProgressBar* m_progress;
    QLabel* m_outcome;
    QPushButton* m_dryRun;
    QPushButton* m_promote;
    QPushButton* m_cancel;
    QList<Route> m_routes;
    bool m_running = false;
};

} // namespace slipway
