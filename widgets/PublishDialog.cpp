// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PublishDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace slipway {

PublishDialog::PublishDialog(const QStringList& channels, const QStringList& distFiles, bool buildAllowed,
                             const QString& buildBlockedWhy, QWidget* parent)
    : QDialog(parent)
    , m_channel(new QComboBox(this))
    , m_build(new QRadioButton(
          tr("Build HEAD from a clean export of the commit (sdist, then the wheel from it)"), this))
    , m_pick(new QRadioButton(tr("Publish these files from dist/:"), this))
    , m_files(new QListWidget(this))
{
    setWindowTitle(tr("Publish"));
    setObjectName(u"publishDialog"_s);
    m_channel->addItems(channels);
    m_channel->setObjectName(u"publishChannel"_s);
    for (const QString& f : distFiles) {
        auto* item = new QListWidgetItem(QFileInfo(f).fileName(), m_files);
        item->setData(Qt::UserRole, f);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_build->setEnabled(buildAllowed);
    if (!buildAllowed)
        m_build->setToolTip(buildBlockedWhy);
    (buildAllowed ? m_build : m_pick)->setChecked(true);
    m_pick->setEnabled(!distFiles.isEmpty());
    m_files->setEnabled(m_pick->isChecked());
    connect(m_pick, &QRadioButton::toggled, m_files, &QWidget::setEnabled);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* publish = buttons->addButton(tr("Publish"), QDialogButtonBox::AcceptRole);
    publish->setObjectName(u"publishStart"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("Channel:"), m_channel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_build);
    if (!buildAllowed) {
        auto* why = new QLabel(buildBlockedWhy, this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    layout->addWidget(m_pick);
    layout->addWidget(m_files, 1);
    layout->addWidget(
        new QLabel(tr("Files already in the channel with the same bytes are kept; other bytes under "
                      "the same name are refused."),
                   this));
    layout->addWidget(buttons);
    resize(520, 360);
}

QString PublishDialog::channel() const
{
    return m_channel->currentText();
}

QStringList PublishDialog::files() const
{
    if (m_build->isChecked())
        return {};
    QStringList files;
    for (int i = 0; i < m_files->count(); ++i)
        if (m_files->item(i)->checkState() == Qt::Checked)
            files << m_files->item(i)->data(Qt::UserRole).toString();
    return files;
}

CredentialsDialog::CredentialsDialog(const QString& channel, const QString& url, const QString& why,
                                     QWidget* parent)
    : QDialog(parent)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Credentials for %1").arg(channel));
    setObjectName(u"credentialsDialog"_s);
    m_password->setEchoMode(QLineEdit::Password);
    auto* text =
        new QLabel(tr("%1\n\n%2 (%3) needs a user name and a password or token. They are kept in the "
                      "system keychain, never in slipway.yaml.")
                       .arg(why, channel, url),
                   this);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password or token:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString CredentialsDialog::user() const
{
    return m_user->text();
}

QString CredentialsDialog::password() const
{
    return m_password->text();
}

} // namespace slipway
