// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace slipway {

// What to publish where: a channel, and either a fresh build of HEAD from a clean export (the default: the
// release is what was committed) or chosen files from dist/.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    PublishDialog(const QStringList& channels, const QStringList& distFiles, bool buildAllowed,
                  const QString& buildBlockedWhy, QWidget* parent = nullptr);
    QString channel() const;
    QStringList files() const; // empty: build HEAD

private:
    QComboBox* m_channel;
    QRadioButton* m_build;
    QRadioButton* m_pick;
    QListWidget* m_files;
};

// A user name and password (or token) for a channel; kept in the system keychain by the caller.
class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    CredentialsDialog(const QString& channel, const QString& url, const QString& why,
                      QWidget* parent = nullptr);
    QString user() const;
    QString password() const;

private:
    QLineEdit* m_user;
    QLineEdit* m_password;
};

} // namespace slipway
