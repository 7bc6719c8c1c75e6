// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace slipway {

class TrustStore;

// Shown above the editors while the open project is not trusted: says what is held back and offers to
// trust the folder (the choice is remembered by the TrustStore).
class TrustBanner : public QFrame
{
    Q_OBJECT
public:
    explicit TrustBanner(TrustStore* trust, QWidget* parent = nullptr);

    // The project shown; empty hides the banner.
    void setProject(const QString& root);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void applyColors();

    TrustStore* m_trust;
    QString m_root;
    QLabel* m_text;
};

} // namespace slipway
