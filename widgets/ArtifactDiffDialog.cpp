// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ArtifactDiffDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace slipway {

ArtifactDiffDialog::ArtifactDiffDialog(const dist::Artifact& a, const dist::Artifact& b, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare %1 and %2").arg(a.fileName, b.fileName));
    const dist::FileListDiff diff = dist::compareFiles(a, b);
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("artifactDiff"));
    tree->setHeaderHidden(true);
    tree->setRootIsDecorated(true);
    const auto group = [tree](const QString& title, const QStringList& paths, const QColor& color) {
        auto* item = new QTreeWidgetItem(tree, {title.arg(paths.size())});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        for (const QString& path : paths) {
            auto* child = new QTreeWidgetItem(item, {path});
            child->setForeground(0, color);
        }
        item->setExpanded(!paths.isEmpty());
    };
    group(tr("Only in %1 (%2)").arg(a.fileName, QStringLiteral("%1")), diff.onlyInA,
          QColor(0xd3, 0x2f, 0x2f));
    group(tr("Only in %1 (%2)").arg(b.fileName, QStringLiteral("%1")), diff.onlyInB,
          QColor(0x38, 0x8e, 0x3c));
    group(tr("Changed (%1)"), diff.changed, QColor(0xc7, 0x7c, 0x02));

    auto* summary = new QLabel(this);
    summary->setText(
        diff.onlyInA.isEmpty() && diff.onlyInB.isEmpty() && diff.changed.isEmpty()
            ? tr("The two artifacts hold the same files with the same content.")
            : tr("%1 files in the first, %2 in the second.").arg(a.files.size()).arg(b.files.size()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    resize(640, 480);
}

} // namespace slipway
