// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/dist/Artifact.h"

#include <QDialog>

namespace slipway {

// The file lists of two artifacts side by side: what only the first has, only the second, and what differs.
class ArtifactDiffDialog : public QDialog
{
    Q_OBJECT
public:
    ArtifactDiffDialog(const dist::Artifact& a, const dist::Artifact& b, QWidget* parent = nullptr);
};

} // namespace slipway
