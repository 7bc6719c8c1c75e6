// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/version/ScmVersion.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTreeView;

namespace slipway {

class ArtifactsModel;

// The release side of a project: its version as setuptools_scm computes it (what it counts from, which
// files make the tree dirty, whether it may be released), a "what if I tag X here?" preview with bump
// suggestions, the build buttons, and the artifacts in dist/ with what their inspection found.
class ReleasePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReleasePanel(ArtifactsModel* model, QWidget* parent = nullptr);

    // The version (or why there is none) and the settings a tag preview uses.
    void setVersion(const std::optional<version::ScmVersion>& v, const version::ScmSettings& settings,
                    const QString& problem = {});
    // Building runs project code: disabled with the reason while the project is untrusted or a build runs.
    void setBuildAllowed(bool allowed, const QString& why);
    void setExecutableAllowed(bool allowed, const QString& why);

    QTreeView* view() const { return m_view; }
    QLineEdit* tagEdit() const { return m_tagEdit; }

Q_SIGNALS:
    void buildRequested(bool packages, bool executable, bool allowUnreleasable);
    void refreshRequested();
    void openFolderRequested();

private:
    void updatePreview();
    void compareSelected();

    ArtifactsModel* m_model;
    QLabel* m_version;
    QLabel* m_origin;
    QLabel* m_guard;
    QLineEdit* m_tagEdit;
    QToolButton* m_bumps;
    QLabel* m_preview;
    QPushButton* m_buildPackages;
    QPushButton* m_buildExecutable;
    QCheckBox* m_allowUnreleasable;
    QTreeView* m_view;
    QToolButton* m_compare;
    std::optional<version::ScmVersion> m_current;
    version::ScmSettings m_settings;
    bool m_buildAllowed = false;
    bool m_executableAllowed = false;
};

} // namespace slipway
