// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TrustBanner.h"

#include "services/project/TrustStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace slipway {

TrustBanner::TrustBanner(TrustStore* trust, QWidget* parent)
    : QFrame(parent)
    , m_trust(trust)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("trustBanner"));
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);

    auto* trustButton = new QPushButton(tr("Trust Project…"), this);
    trustButton->setObjectName(QStringLiteral("trustButton"));
    connect(trustButton, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Trust this project?"),
            tr("<p>Trusting <b>%1</b> lets Slipway run code from it: pipeline steps, git hooks and filters, "
               "and the tools of its Python environment.</p><p>Trust it only if you trust its authors.</p>")
                .arg(m_root.toHtmlEscaped()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            m_trust->setTrusted(m_root, true);
    });
    connect(m_trust, &TrustStore::trustChanged, this, &TrustBanner::refresh);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(trustButton);
    applyColors();
    hide();
}

void TrustBanner::setProject(const QString& root)
{
    m_root = root;
    refresh();
}

void TrustBanner::refresh()
{
    const bool untrusted = !m_root.isEmpty() && !m_trust->isTrusted(m_root);
    m_text->setText(tr("<b>Restricted mode.</b> This project is not trusted yet, so Slipway runs none of its "
                       "code: no pipeline steps, git hooks or filters, and no tools from its environment."));
    setVisible(untrusted);
}

void TrustBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
}

void TrustBanner::applyColors()
{
    // A warm tint of the window colour, readable in light and dark palettes alike.
    QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3b, 0x12) : QColor(0xff, 0xf4, 0xce));
    p.setColor(QPalette::WindowText, dark ? QColor(0xf5, 0xe6, 0xb8) : QColor(0x4d, 0x3b, 0x00));
    setPalette(p);
}

} // namespace slipway
