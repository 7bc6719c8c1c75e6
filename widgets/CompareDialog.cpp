// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/CompareDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace slipway {

using namespace Qt::StringLiterals;

CompareDialog::CompareDialog(const QStringList& revisions, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare"));
    auto* layout = new QFormLayout(this);
    const auto makeBox = [&](const QString& current) {
        auto* box = new QComboBox(this);
        box->setEditable(true);
        box->addItem(tr("Working tree"), u"worktree"_s);
        box->addItem(tr("Index (staged)"), u"index"_s);
        box->addItem(u"HEAD"_s, u"HEAD"_s);
        for (const QString& revision : revisions)
            box->addItem(revision, revision);
        box->setCurrentIndex(box->findData(current));
        return box;
    };
    m_from = makeBox(u"HEAD"_s);
    m_to = makeBox(u"worktree"_s);
    m_from->setObjectName(u"compareFrom"_s);
    m_to->setObjectName(u"compareTo"_s);
    layout->addRow(tr("From:"), m_from);
    layout->addRow(tr("To:"), m_to);
    auto* hint = new QLabel(tr("A branch, a tag, a commit id or an expression such as HEAD~3."), this);
    hint->setEnabled(false);
    layout->addRow(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

git::TreeSpec CompareDialog::specOf(const QComboBox* box)
{
    const int index = box->findText(box->currentText());
    const QString data = index >= 0 ? box->itemData(index).toString() : box->currentText().trimmed();
    if (data == u"worktree")
        return git::TreeSpec::workTree();
    if (data == u"index")
        return git::TreeSpec::index();
    return git::TreeSpec::commit(data);
}

git::TreeSpec CompareDialog::from() const
{
    return specOf(m_from);
}

git::TreeSpec CompareDialog::to() const
{
    return specOf(m_to);
}

} // namespace slipway
