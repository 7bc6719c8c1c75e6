// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ReleasePanel.h"

#include "models/ArtifactsModel.h"
#include "widgets/ArtifactDiffDialog.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace slipway {

ReleasePanel::ReleasePanel(ArtifactsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_version(new QLabel(this))
    , m_origin(new QLabel(this))
    , m_guard(new QLabel(this))
    , m_tagEdit(new QLineEdit(this))
    , m_bumps(new QToolButton(this))
    , m_preview(new QLabel(this))
    , m_buildPackages(new QPushButton(tr("Build Wheel && Sdist"), this))
    , m_buildExecutable(new QPushButton(tr("Build Executable"), this))
    , m_allowUnreleasable(new QCheckBox(tr("Allow a dirty tree or local version"), this))
    , m_view(new QTreeView(this))
    , m_compare(new QToolButton(this))
{
    m_version->setObjectName(QStringLiteral("releaseVersion"));
    QFont big = m_version->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_version->setFont(big);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_origin->setObjectName(QStringLiteral("releaseOrigin"));
    m_origin->setWordWrap(true);
    m_guard->setObjectName(QStringLiteral("releaseGuard"));
    m_guard->setWordWrap(true);
    m_guard->setStyleSheet(QStringLiteral("color: #c77c02;"));

    m_tagEdit->setObjectName(QStringLiteral("tagPreviewEdit"));
    m_tagEdit->setPlaceholderText(tr("Tag name, e.g. v1.2.0"));
    m_tagEdit->setClearButtonEnabled(true);
    m_bumps->setText(tr("Next"));
    m_bumps->setToolTip(tr("Suggested next versions (semantic versioning)"));
    m_bumps->setPopupMode(QToolButton::InstantPopup);
    m_bumps->setMenu(new QMenu(m_bumps));
    m_preview->setObjectName(QStringLiteral("tagPreview"));
    m_preview->setWordWrap(true);
    connect(m_tagEdit, &QLineEdit::textChanged, this, &ReleasePanel::updatePreview);

    m_buildPackages->setObjectName(QStringLiteral("buildPackages"));
    m_allowUnreleasable->setObjectName(QStringLiteral("allowUnreleasable"));
    m_buildExecutable->setObjectName(QStringLiteral("buildExecutable"));
    m_allowUnreleasable->setToolTip(
        tr("Build even when the version is not a release: uncommitted changes or a +local version"));
    connect(m_buildPackages, &QPushButton::clicked, this,
            [this] { Q_EMIT buildRequested(true, false, m_allowUnreleasable->isChecked()); });
    connect(m_buildExecutable, &QPushButton::clicked, this,
            [this] { Q_EMIT buildRequested(false, true, m_allowUnreleasable->isChecked()); });

    m_view->setObjectName(QStringLiteral("artifactsView"));
    m_view->setModel(model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideMiddle); // file names differ at the end (version, platform)
    m_view->setColumnHidden(ArtifactsModel::KindColumn, true); // the file name says it
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ArtifactsModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ArtifactsModel::SizeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ArtifactsModel::DetailColumn, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // Findings read as sentences: each spans the row; artifacts open to show them.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex artifact = m_model->index(row, 0);
            const int findings = m_model->rowCount(artifact) - 1;
            for (int child = 0; child < findings; ++child)
                m_view->setFirstColumnSpanned(child, artifact, true);
            m_view->expand(artifact);
        }
    });

    auto* openFolder = new QToolButton(this);
    openFolder->setText(tr("Open Folder"));
    openFolder->setToolTip(tr("Show the output folder in the file manager"));
    connect(openFolder, &QToolButton::clicked, this, &ReleasePanel::openFolderRequested);
    m_compare->setText(tr("Compare…"));
    m_compare->setToolTip(tr("Compare the file lists of the two selected artifacts"));
    m_compare->setEnabled(false);
    connect(m_compare, &QToolButton::clicked, this, &ReleasePanel::compareSelected);
    auto* refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    connect(refresh, &QToolButton::clicked, this, &ReleasePanel::refreshRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QSet<int> artifacts;
        const auto rows = m_view->selectionModel()->selectedRows();
        for (const QModelIndex& index : rows)
            if (!index.parent().isValid())
                artifacts.insert(index.row());
        m_compare->setEnabled(artifacts.size() == 2);
    });

    auto* tagRow = new QHBoxLayout;
    tagRow->addWidget(new QLabel(tr("Tag HEAD as"), this));
    tagRow->addWidget(m_tagEdit, 1);
    tagRow->addWidget(m_bumps);
    auto* buildRow = new QHBoxLayout;
    buildRow->addWidget(m_buildPackages);
    buildRow->addWidget(m_buildExecutable);
    buildRow->addStretch();

    // The artifacts: a heading with the actions on them, over the list (or, with nothing built, a framed
    // place that says so where the list will be).
    auto* heading = new QLabel(tr("Artifacts in dist/"), this);
    heading->setObjectName(QStringLiteral("artifactsHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // the buttons keep their room
    auto* artifactsBar = new QHBoxLayout;
    artifactsBar->addWidget(heading, 1);
    artifactsBar->addWidget(m_compare);
    artifactsBar->addWidget(openFolder);
    artifactsBar->addWidget(refresh);
    for (QToolButton* button : {m_compare, openFolder, refresh})
        button->setAutoRaise(true);

    auto* empty = new QLabel(tr("Nothing built yet: dist/ holds no wheel, sdist or executable.\n"
                                "Build Wheel & Sdist puts them here, each checked as it lands."),
                             this);
    empty->setObjectName(QStringLiteral("artifactsEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    empty->setFrameShape(QFrame::StyledPanel);
    empty->setMargin(12);
    empty->setSizePolicy(QSizePolicy::Preferred,
                         QSizePolicy::Ignored); // a short dock cuts it, not the window
    auto* stack = new QStackedWidget(this);
    stack->addWidget(empty);
    stack->addWidget(m_view);
    stack->setMinimumHeight(40); // a few rows; the dock, not the list, sets how short the window may be
    const auto showArtifacts = [stack, this] {
        const bool any = m_model->rowCount() > 0;
        stack->setCurrentIndex(any ? 1 : 0);
        // Empty, the place is as tall as its words; the list takes the dock's height.
        stack->setMaximumHeight(any ? QWIDGETSIZE_MAX : stack->widget(0)->sizeHint().height() + 24);
    };
    connect(model, &QAbstractItemModel::modelReset, stack, showArtifacts);
    showArtifacts();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_version);
    layout->addWidget(m_origin);
    layout->addWidget(m_guard);
    layout->addLayout(tagRow);
    layout->addWidget(m_preview);
    layout->addLayout(buildRow);
    layout->addWidget(m_allowUnreleasable);
    layout->addSpacing(8);
    layout->addLayout(artifactsBar);
    layout->addWidget(stack, 1);
    layout->addStretch(0);

    setVersion(std::nullopt, {});
    setBuildAllowed(false, tr("No project is open."));
}

void ReleasePanel::setVersion(const std::optional<version::ScmVersion>& v,
                              const version::ScmSettings& settings, const QString& problem)
{
    m_current = v;
    m_settings = settings;
    QMenu* menu = m_bumps->menu();
    menu->clear();
    if (!v) {
        m_version->setText(tr("No version"));
        m_origin->setText(problem.isEmpty() ? tr("Open a project with a pyproject.toml in a git repository.")
                                            : problem);
        m_guard->hide();
        m_tagEdit->setEnabled(false);
        m_bumps->setEnabled(false);
        updatePreview();
        return;
    }
    m_version->setText(v->version);
    QString origin;
    switch (v->source) {
    case version::ScmVersion::Source::Pretend:
        origin = tr("Set by SETUPTOOLS_SCM_PRETEND_VERSION.");
        break;
    case version::ScmVersion::Source::Fallback:
        origin = tr("Not from git: the fallback version.");
        break;
    case version::ScmVersion::Source::Git:
        if (v->tag.isEmpty())
            origin = tr("No version tag yet on %1.").arg(v->branch);
        else if (v->distance == 0)
            origin = tr("On tag %1 (%2).").arg(v->tag, v->branch);
        else if (v->distance == 1)
            origin = tr("One commit after tag %1 on %2.").arg(v->tag, v->branch);
        else
            origin = tr("%1 commits after tag %2 on %3.").arg(v->distance).arg(v->tag, v->branch);
        origin += u' ';
        origin += v->dirty ? tr("Uncommitted changes in %1.").arg(v->changedFiles.join(QStringLiteral(", ")))
                           : tr("Clean work tree.");
        break;
    }
    m_origin->setText(origin);
    const version::ReleaseGuard guard = version::checkReleasable(*v);
    m_guard->setText(guard.allowed ? QString() : tr("Not a release: %1").arg(guard.reason));
    m_guard->setVisible(!guard.allowed);
    m_tagEdit->setEnabled(v->source == version::ScmVersion::Source::Git);
    m_bumps->setEnabled(m_tagEdit->isEnabled());
    const QString prefix = v->tag.startsWith(u'v') ? QStringLiteral("v") : QString();
    if (const auto tagVersion = version::Version::parse(v->tagVersion)) {
        const auto bumps = version::bumpSuggestions(*tagVersion);
        for (const version::Bump& bump : bumps) {
            const QString tag = prefix + bump.version;
            menu->addAction(tr("%1  (%2)").arg(tag, bump.label), this,
                            [this, tag] { m_tagEdit->setText(tag); });
        }
    }
    updatePreview();
}

void ReleasePanel::setBuildAllowed(bool allowed, const QString& why)
{
    m_buildAllowed = allowed;
    m_buildPackages->setEnabled(allowed);
    m_buildPackages->setToolTip(allowed ? tr("python -m build: a wheel and an sdist into dist/") : why);
    m_buildExecutable->setEnabled(allowed && m_executableAllowed);
    m_buildExecutable->setToolTip(allowed ? m_buildExecutable->toolTip() : why);
}

void ReleasePanel::setExecutableAllowed(bool allowed, const QString& why)
{
    m_executableAllowed = allowed;
    m_buildExecutable->setEnabled(m_buildAllowed && allowed);
    m_buildExecutable->setToolTip(allowed ? tr("A single-file zipapp that python3 runs: %1").arg(why) : why);
}

void ReleasePanel::updatePreview()
{
    const QString tag = m_tagEdit->text().trimmed();
    if (!m_current || tag.isEmpty()) {
        m_preview->setText(tr("Type a tag name to see the version it would give."));
        m_preview->setStyleSheet(QString());
        return;
    }
    const version::TagPreview preview =
        version::previewTag(*m_current, m_settings, tag, QDateTime::currentDateTimeUtc());
    QString text = preview.version.isEmpty()
                       ? tr("No version from this tag.")
                       : tr("Would be version <b>%1</b>.").arg(preview.version.toHtmlEscaped());
    for (const QString& problem : preview.problems)
        text += u"<br>⚠ " + problem.toHtmlEscaped();
    m_preview->setText(text);
    m_preview->setStyleSheet(preview.problems.isEmpty() ? QString() : QStringLiteral("color: #c77c02;"));
}

void ReleasePanel::compareSelected()
{
    QList<int> rows;
    const auto selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        if (!index.parent().isValid() && !rows.contains(index.row()))
            rows.append(index.row());
    if (rows.size() != 2)
        return;
    std::ranges::sort(rows);
    ArtifactDiffDialog dialog(m_model->artifacts()[rows[0]], m_model->artifacts()[rows[1]], this);
    dialog.exec();
}

} // namespace slipway
