// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PromoteDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace slipway {

namespace {

QString gateDescription(const QString& gate)
{
    if (gate == u"installed-tests")
        return PromoteDialog::tr("installed-tests: the project's tests pass against the package installed "
                                 "from the source channel");
    if (gate == u"final-version")
        return PromoteDialog::tr("final-version: no pre-release, dev or local part (PEP 440)");
    if (gate == u"signed-tag")
        return PromoteDialog::tr("signed-tag: the version's tag verifies (git verify-tag)");
    if (gate == u"same-commit")
        return PromoteDialog::tr("same-commit: the tag points at the commit that built the files");
    if (gate == u"no-drift")
        return PromoteDialog::tr("no-drift: no file of this version is in the target with other bytes");
    return gate;
}

} // namespace

PromoteDialog::PromoteDialog(const QStringList& versions, const QList<Route>& routes, QWidget* parent)
    : QDialog(parent)
    , m_version(new QComboBox(this))
    , m_route(new QComboBox(this))
    , m_gates(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_outcome(new QLabel(this))
    , m_dryRun(new QPushButton(tr("Dry Run"), this))
    , m_promote(new QPushButton(tr("Promote"), this))
    , m_cancel(new QPushButton(tr("Close"), this))
    , m_routes(routes)
{
    setWindowTitle(tr("Promote"));
    setObjectName(u"promoteDialog"_s);
    m_version->addItems(versions);
    m_version->setObjectName(u"promoteVersion"_s);
    m_route->setObjectName(u"promoteRoute"_s);
    for (const Route& r : routes)
        m_route->addItem(r.gates.isEmpty() ? tr("%1 → %2").arg(r.from, r.to)
                                           : tr("%1 → %2 (%3)").arg(r.from, r.to, r.gates.join(u", "_s)));
    m_gates->setObjectName(u"promoteGates"_s);
    m_gates->setWordWrap(true);
    m_gates->setSelectionMode(QAbstractItemView::NoSelection);
    m_progress->setObjectName(u"promoteProgress"_s);
    m_progress->setTextVisible(true);
    m_outcome->setObjectName(u"promoteOutcome"_s);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_promote->setObjectName(u"promoteStart"_s);
    m_promote->setDefault(true);
    m_dryRun->setObjectName(u"promoteDryRun"_s);
    m_dryRun->setToolTip(
        tr("Check the gates that need no tests and show what would change, writing nothing"));

    auto* form = new QFormLayout;
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("Route:"), m_route);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_dryRun, QDialogButtonBox::ActionRole);
    buttons->addButton(m_promote, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Gates (checked before anything is written):"), this));
    layout->addWidget(m_gates, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resize(560, 400);

    const auto start = [this](bool dryRun) {
        resetGates();
        const Route r = route();
        Q_EMIT promoteRequested(version(), r.from, r.to, dryRun);
    };
    connect(m_promote, &QPushButton::clicked, this, [start] { start(false); });
    connect(m_dryRun, &QPushButton::clicked, this, [start] { start(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            Q_EMIT cancelRequested();
        else
            reject();
    });
    connect(m_route, &QComboBox::currentIndexChanged, this, &PromoteDialog::resetGates);
    resetGates();
    setRunning(false);
}

void PromoteDialog::setVersion(const QString& version)
{
    const int i = m_version->findText(version);
    if (i >= 0)
        m_version->setCurrentIndex(i);
}

QString PromoteDialog::version() const
{
    return m_version->currentText();
}

PromoteDialog::Route PromoteDialog::route() const
{
    return m_routes.value(m_route->currentIndex());
}

void PromoteDialog::resetGates()
{
    m_gates->clear();
    QStringList gates = route().gates;
    gates.prepend(u"no-drift"_s);
    for (const QString& gate : std::as_const(gates)) {
        auto* item = new QListWidgetItem(u"○  "_s + gateDescription(gate), m_gates);
        item->setData(Qt::UserRole, gate);
    }
    m_outcome->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
}

void PromoteDialog::setRunning(bool running)
{
    m_running = running;
    m_promote->setEnabled(!running && !m_routes.isEmpty() && m_version->count() > 0);
    m_dryRun->setEnabled(m_promote->isEnabled());
    m_version->setEnabled(!running);
    m_route->setEnabled(!running);
    m_cancel->setText(running ? tr("Cancel") : tr("Close"));
}

void PromoteDialog::setGate(const QString& gate, bool passed, const QString& detail)
{
    for (int i = 0; i < m_gates->count(); ++i) {
        QListWidgetItem* item = m_gates->item(i);
        if (item->data(Qt::UserRole).toString() != gate)
            continue;
        item->setText((passed ? u"✓  "_s : u"✗  "_s) + gate + u": "_s + detail);
        item->setForeground(passed ? palette().color(QPalette::Text) : QColor(0xd3, 0x2f, 0x2f));
        return;
    }
    auto* item = new QListWidgetItem((passed ? u"✓  "_s : u"✗  "_s) + gate + u": "_s + detail, m_gates);
    item->setData(Qt::UserRole, gate);
}

void PromoteDialog::setProgress(int value, int maximum, const QString& text)
{
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
    m_progress->setFormat(text);
}

void PromoteDialog::setOutcome(bool ok, const QString& text)
{
    m_outcome->setText(text);
    m_outcome->setStyleSheet(ok ? QString() : u"color: #d32f2f;"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    m_progress->setFormat(ok ? tr("Done") : tr("Stopped"));
    // Gates the job did not get to (a dry run runs no tests; a failure stops the rest).
    for (int i = 0; i < m_gates->count(); ++i) {
        QListWidgetItem* item = m_gates->item(i);
        if (item->text().startsWith(u"○"_s))
            item->setText(u"–  "_s + item->data(Qt::UserRole).toString() + u": "_s + tr("not checked"));
    }
}

} // namespace slipway
