// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ChangesPanel.h"

#include "models/StatusModel.h"
#include "widgets/EditorTheme.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace slipway {

ChangesPanel::ChangesPanel(StatusModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_diff(new QPlainTextEdit(this))
    , m_lines(new QToolButton(this))
    , m_cells(new QToolButton(this))
    , m_message(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_amend(new QCheckBox(tr("Amend"), this))
    , m_commit(new QPushButton(tr("Commit"), this))
{
    m_view->setObjectName(QStringLiteral("changesView"));
    m_view->setModel(model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);

    auto* stage = new QToolButton(this);
    stage->setText(tr("Stage"));
    stage->setToolTip(tr("Stage the selected files (S)"));
    auto* unstage = new QToolButton(this);
    unstage->setText(tr("Unstage"));
    unstage->setToolTip(tr("Unstage the selected files (U)"));
    auto* discard = new QToolButton(this);
    discard->setText(tr("Discard…"));
    discard->setToolTip(tr("Throw away the selected files' changes (a backup is kept)"));
    auto* refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    auto* ignored = new QToolButton(this);
    ignored->setObjectName(QStringLiteral("showIgnored"));
    ignored->setText(tr("Ignored"));
    ignored->setToolTip(tr("Also list the files git ignores"));
    ignored->setCheckable(true);
    connect(ignored, &QToolButton::toggled, this, &ChangesPanel::showIgnoredToggled);
    for (QToolButton* b : {stage, unstage, discard, refresh})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);

    const auto doStage = [this] {
        if (const QStringList paths = selectedPaths(StatusModel::ChangesGroup); !paths.isEmpty())
            Q_EMIT stageRequested(paths);
    };
    const auto doUnstage = [this] {
        if (const QStringList paths = selectedPaths(StatusModel::StagedGroup); !paths.isEmpty())
            Q_EMIT unstageRequested(paths);
    };
    connect(stage, &QToolButton::clicked, this, doStage);
    connect(unstage, &QToolButton::clicked, this, doUnstage);
    connect(new QShortcut(QKeySequence(Qt::Key_S), m_view, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, doStage);
    connect(new QShortcut(QKeySequence(Qt::Key_U), m_view, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, doUnstage);
    connect(refresh, &QToolButton::clicked, this, &ChangesPanel::refreshRequested);
    connect(discard, &QToolButton::clicked, this, [this] {
        const QStringList paths = selectedPaths(StatusModel::ChangesGroup);
        if (paths.isEmpty())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Discard changes?"),
            tr("Throw away the changes to %1? Untracked files are deleted. A backup is kept: Git → Restore "
               "Discarded Changes brings them back.")
                .arg(paths.size() == 1 ? paths.first() : tr("%1 files").arg(paths.size())),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard)
            Q_EMIT discardRequested(paths);
    });

    m_message->setObjectName(QStringLiteral("commitMessage"));
    m_message->setPlaceholderText(tr("Summary (up to 50 characters, 72 at most)\n\nWhy the change was made"));
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(120);
    m_message->setMinimumHeight(48);
    m_view->setMinimumHeight(60);
    m_diff->setMinimumHeight(40);
    m_hint->setObjectName(QStringLiteral("commitHint"));
    m_commit->setObjectName(QStringLiteral("commitButton"));
    m_commit->setToolTip(tr("Commit the staged changes (Ctrl+Return)"));
    connect(m_message, &QPlainTextEdit::textChanged, this, &ChangesPanel::updateMessageHint);
    connect(model, &QAbstractItemModel::modelReset, this, &ChangesPanel::updateMessageHint);
    connect(m_amend, &QCheckBox::toggled, this, &ChangesPanel::updateMessageHint);
    const auto doCommit = [this] {
        if (m_commit->isEnabled())
            Q_EMIT commitRequested(m_message->toPlainText().trimmed() + u'\n', m_amend->isChecked());
    };
    connect(m_commit, &QPushButton::clicked, this, doCommit);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, nullptr, nullptr,
                          Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, doCommit);

    // The current file's diff, with its lines to stage or unstage one by one.
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setPlaceholderText(tr("Select a file to see its changes."));
    auto* highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_diff->document());
    highlighter->setDefinition(EditorTheme::repository().definitionForName(QStringLiteral("Diff")));
    highlighter->setTheme(EditorTheme::themeFor(palette()));
    m_lines->setObjectName(QStringLiteral("stageLines"));
    m_lines->setEnabled(false);
    m_lines->setText(tr("Stage Lines"));
    connect(m_lines, &QToolButton::clicked, this, [this] {
        const QList<git::LineRef> lines = selectedLines();
        if (lines.isEmpty())
            return;
        if (m_shownDiff.staged)
            Q_EMIT unstageLinesRequested(m_shownDiff.path, lines);
        else
            Q_EMIT stageLinesRequested(m_shownDiff.path, lines);
    });
    m_cells->setObjectName(QStringLiteral("stageCells"));
    m_cells->setText(tr("Stage Cells…"));
    m_cells->setToolTip(tr("Stage the sources of chosen cells of this notebook (outputs never)"));
    m_cells->setVisible(false);
    connect(m_cells, &QToolButton::clicked, this, [this] { Q_EMIT stageCellsRequested(m_shownDiff.path); });
    connect(m_diff, &QPlainTextEdit::selectionChanged, this,
            [this] { m_lines->setEnabled(!m_shownDiff.binary && !selectedLines().isEmpty()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (!current.parent().isValid()) {
                    setDiff({});
                    return;
                }
                Q_EMIT diffRequested(current.data(StatusModel::PathRole).toString(),
                                     current.data(StatusModel::GroupRole).toInt() ==
                                         StatusModel::StagedGroup);
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_shownDiff.path.isEmpty()) // the same file, as it is now
            Q_EMIT diffRequested(m_shownDiff.path, m_shownDiff.staged);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(stage);
    buttons->addWidget(unstage);
    buttons->addWidget(discard);
    buttons->addStretch();
    buttons->addWidget(ignored);
    buttons->addWidget(refresh);
    auto* commitRow = new QHBoxLayout;
    commitRow->addWidget(m_hint, 1);
    commitRow->addWidget(m_amend);
    commitRow->addWidget(m_commit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    auto* diffBox = new QWidget(splitter);
    auto* diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diff, 1);
    auto* lineRow = new QHBoxLayout;
    lineRow->addStretch();
    lineRow->addWidget(m_cells);
    lineRow->addWidget(m_lines);
    diffLayout->addLayout(lineRow);
    splitter->addWidget(diffBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(commitRow);
    updateMessageHint();
}

QStringList ChangesPanel::selectedPaths(int group) const
{
    QStringList paths;
    const auto rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        if (!index.parent().isValid()) { // a whole group
            if (index.row() == group)
                for (int row = 0; row < m_model->rowCount(index); ++row)
                    paths.append(m_model->index(row, 0, index).data(StatusModel::PathRole).toString());
            continue;
        }
        if (index.data(StatusModel::GroupRole).toInt() == group)
            paths.append(index.data(StatusModel::PathRole).toString());
    }
    paths.removeDuplicates();
    return paths;
}

void ChangesPanel::updateMessageHint()
{
    const QString summary = m_message->toPlainText().section(u'\n', 0, 0);
    const QStringList lines = m_message->toPlainText().split(u'\n');
    QString hint;
    if (summary.isEmpty())
        hint = tr("Write a summary line.");
    else if (summary.size() > 72)
        hint = tr("Summary: %1 characters — keep it under 72.").arg(summary.size());
    else if (lines.size() > 1 && !lines.at(1).isEmpty())
        hint = tr("Leave the second line empty.");
    else
        hint = tr("Summary: %1/50").arg(summary.size());
    m_hint->setText(hint);
    const bool warn = summary.size() > 72 || (lines.size() > 1 && !lines.at(1).isEmpty());
    m_hint->setStyleSheet(warn ? QStringLiteral("color: #c77c02;") : QString());
    m_commit->setEnabled(!summary.trimmed().isEmpty() &&
                         (m_amend->isChecked() || m_model->count(StatusModel::StagedGroup) > 0));
}

void ChangesPanel::setDiff(const git::FileDiff& diff)
{
    m_shownDiff = diff;
    m_diffLines.clear();
    m_cells->setVisible(!diff.staged && diff.path.endsWith(QStringLiteral(".ipynb"), Qt::CaseInsensitive));
    m_lines->setText(diff.staged ? tr("Unstage Lines") : tr("Stage Lines"));
    m_lines->setToolTip(diff.staged ? tr("Take the selected lines out of the index")
                                    : tr("Stage only the selected added and removed lines"));
    if (diff.path.isEmpty()) {
        m_diff->clear();
        m_lines->setEnabled(false);
        return;
    }
    // The text is the patch; remember which text line is which diff line.
    m_diffLines.append(std::nullopt);
    m_diffLines.append(std::nullopt);
    for (int h = 0; h < diff.hunks.size(); ++h) {
        m_diffLines.append(std::nullopt); // the @@ header
        for (int i = 0; i < diff.hunks[h].lines.size(); ++i)
            m_diffLines.append(diff.hunks[h].lines[i].origin == ' ' ? std::nullopt
                                                                    : std::optional(git::LineRef{h, i}));
    }
    const int scroll = m_diff->verticalScrollBar()->value();
    m_diff->setPlainText(diff.patchText());
    m_diff->verticalScrollBar()->setValue(scroll);
    m_lines->setEnabled(false);
}

QList<git::LineRef> ChangesPanel::selectedLines() const
{
    const QTextCursor cursor = m_diff->textCursor();
    const int first = m_diff->document()->findBlock(cursor.selectionStart()).blockNumber();
    const int last = m_diff->document()->findBlock(cursor.selectionEnd()).blockNumber();
    QList<git::LineRef> lines;
    for (int block = std::max(first, 0); block <= last && block < m_diffLines.size(); ++block)
        if (m_diffLines[block])
            lines.append(*m_diffLines[block]);
    return lines;
}

void ChangesPanel::commitDone()
{
    m_message->clear();
    m_amend->setChecked(false);
}

void ChangesPanel::setBusy(bool busy)
{
    setEnabled(!busy);
}

} // namespace slipway
