// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/GitFilterIndicator.h"

#include "services/core/Continuation.h"
#include "services/project/GitFilterSetup.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QtConcurrentRun>

namespace slipway {

GitFilterIndicator::GitFilterIndicator(QString slipwayCommand, QWidget* parent)
    : QWidget(parent)
    , m_command(std::move(slipwayCommand))
    , m_label(new QLabel(this))
    , m_button(new QToolButton(this))
{
    setObjectName(QStringLiteral("gitFilterIndicator"));
    m_button->setText(tr("Strip on Commit"));
    m_button->setToolTip(
        tr("Set git up to strip notebook outputs whenever notebooks are staged (as `slipway filter "
           "install` does)"));
    m_button->setAutoRaise(true);
    m_button->hide();
    connect(m_button, &QToolButton::clicked, this, &GitFilterIndicator::setUp);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_button);
    hide();
}

QString GitFilterIndicator::text() const
{
    return m_label->text();
}

bool GitFilterIndicator::canSetUp() const
{
    return !m_button->isHidden();
}

void GitFilterIndicator::setRepository(const QString& path)
{
    m_repository = path;
    setVisible(!path.isEmpty());
    if (!path.isEmpty())
        refresh();
}

void GitFilterIndicator::refresh()
{
    whenFinished(QtConcurrent::run([path = m_repository] { return gitFilterState(path); }), this,
                 [this](const QFuture<Result<GitFilterState>>& done) {
                     if (done.isCanceled() || done.resultCount() == 0)
                         return; // canceled (from the Jobs panel, or on the way out): no result to read
                     const Result<GitFilterState> state = done.result();
                     if (!state) {
                         m_label->setText(tr("Notebook filter: unknown"));
                         m_label->setToolTip(state.error().toString());
                         m_button->hide();
                     } else if (state->active()) {
                         const bool ours = state->owner == GitFilterState::Owner::Slipway;
                         m_label->setText(ours ? tr("Notebooks stripped on commit")
                                               : tr("Notebooks stripped on commit (nbstripout)"));
                         m_label->setToolTip(state->command);
                         m_button->hide();
                     } else {
                         m_label->setText(tr("⚠ Notebook outputs are committed"));
                         m_label->setToolTip(
                             tr("git stores notebooks with their outputs in this repository"));
                         m_button->show();
                     }
                     Q_EMIT stateKnown();
                 });
}

void GitFilterIndicator::setUp()
{
    auto setUp = QtConcurrent::run([path = m_repository, command = m_command] {
        return setUpGitFilter(path, git::ConfigLevel::Local, {}, command);
    });
    whenResult(setUp, this, [this](const Result<QString>& done) {
        if (!done)
            Q_EMIT failed(done.error());
        else
            Q_EMIT setUpDone(tr("Notebooks are now stripped when they are staged (%1)").arg(*done));
        refresh();
    });
}

} // namespace slipway
