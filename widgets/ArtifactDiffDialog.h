#pragma once

#include "services/build/Artifact.h"

#include <QDialog>

namespace slipway {

// The file lists of two artifacts side by side: what only the first has, only the second, and what differs.
class ArtifactDiffDialog : public QDialog
{
    Q_OBJECT
public:
    ArtifactDiffDialog(const build::Artifact& a, const build::Artifact& b, QWidget* parent = nullptr);
};

} // namespace slipway
