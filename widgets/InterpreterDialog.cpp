// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/InterpreterDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway {

using namespace Qt::StringLiterals;

InterpreterDialog::InterpreterDialog(const QList<python::Interpreter>& interpreters, const QString& current,
                                     QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Python Interpreter"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Lint, tests and builds of this project run with:"), this));
    m_list = new QListWidget(this);
    m_list->setObjectName(u"interpreterList"_s);
    for (const python::Interpreter& i : interpreters) {
        const QString tools = i.tools.isEmpty() ? tr("no tools") : i.tools.join(u", "_s);
        auto* item = new QListWidgetItem(
            i.usable() ? tr("%1 — Python %2\n%3\n%4").arg(i.origin, i.version, i.path, tools)
                       : tr("%1 — unusable: %2\n%3").arg(i.origin, i.problem, i.path),
            m_list);
        item->setData(Qt::UserRole, i.path);
        if (!i.usable())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        if (i.path == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    auto* create = new QHBoxLayout;
    auto* button = new QPushButton(tr("Create .venv and Install the Project"), this);
    button->setObjectName(u"createVenv"_s);
    m_system = new QCheckBox(tr("with the system's packages"), this);
    m_offline = new QCheckBox(tr("offline (no package index)"), this);
    create->addWidget(button);
    create->addWidget(m_system);
    create->addWidget(m_offline);
    create->addStretch();
    layout->addLayout(create);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(button, &QPushButton::clicked, this, [this] {
        Q_EMIT createRequested(m_system->isChecked(), m_offline->isChecked());
        reject();
    });
    resize(620, 380);
}

QString InterpreterDialog::chosen() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace slipway
