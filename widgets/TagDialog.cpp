// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TagDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace slipway {

TagDialog::TagDialog(const std::optional<version::ScmVersion>& current, const version::ScmSettings& settings,
                     QWidget* parent)
    : QDialog(parent)
    , m_current(current)
    , m_settings(settings)
    , m_name(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_message(new QPlainTextEdit(this))
    , m_sign(new QCheckBox(tr("Sign it (git tag -s, with the key git is set up for)"), this))
{
    setWindowTitle(tr("Tag HEAD"));
    m_name->setObjectName(QStringLiteral("tagName"));
    m_name->setPlaceholderText(tr("e.g. v1.2.0"));
    m_preview->setWordWrap(true);
    m_message->setPlaceholderText(tr("Release notes (empty: a lightweight tag)"));
    m_message->setMaximumHeight(100);
    if (current) {
        if (const auto v = version::Version::parse(current->tagVersion)) {
            const auto bumps = version::bumpSuggestions(*v);
            if (!bumps.isEmpty())
                m_name->setText((current->tag.startsWith(u'v') ? QStringLiteral("v") : QString()) +
                                bumps.first().version);
        }
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create Tag"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &TagDialog::update);
    connect(m_sign, &QCheckBox::toggled, this, &TagDialog::update);
    connect(m_message, &QPlainTextEdit::textChanged, this, &TagDialog::update);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), m_preview);
    form->addRow(tr("Message"), m_message);
    form->addRow(QString(), m_sign);
    form->addRow(buttons);
    update();
}

void TagDialog::update()
{
    const QString name = m_name->text().trimmed();
    QString text;
    bool problems = false;
    if (m_current && !name.isEmpty()) {
        const version::TagPreview preview =
            version::previewTag(*m_current, m_settings, name, QDateTime::currentDateTimeUtc());
        text = preview.version.isEmpty()
                   ? tr("No version from this tag.")
                   : tr("HEAD's version would be <b>%1</b>.").arg(preview.version.toHtmlEscaped());
        for (const QString& problem : preview.problems)
            text += u"<br>⚠ " + problem.toHtmlEscaped();
        problems = !preview.problems.isEmpty();
    }
    m_preview->setText(text);
    m_preview->setStyleSheet(problems ? QStringLiteral("color: #c77c02;") : QString());
    // git wants a message for a signed tag.
    m_ok->setEnabled(!name.isEmpty() &&
                     (!m_sign->isChecked() || !m_message->toPlainText().trimmed().isEmpty()));
}

QString TagDialog::name() const
{
    return m_name->text().trimmed();
}

QString TagDialog::message() const
{
    return m_message->toPlainText().trimmed();
}

bool TagDialog::sign() const
{
    return m_sign->isChecked();
}

} // namespace slipway
