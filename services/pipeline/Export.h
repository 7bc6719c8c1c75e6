// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/pipeline/PipelineConfig.h"

#include <QByteArray>

namespace slipway::release {
struct ReleaseConfig;
}

namespace slipway::pipeline {

enum class ExportTarget
{
    GitLab,  // .gitlab-ci.yml
    GitHub,  // .github/workflows/slipway.yml
    Jenkins, // Jenkinsfile (declarative)
};

std::optional<ExportTarget> exportTargetFromName(const QString& name);
// Where the file usually lives in the project.
QString defaultExportPath(ExportTarget target);

// The pipeline as the platform's CI file: one job per step running `$SLIPWAY pipeline run STEP --trust`
// (SLIPWAY defaults to `slipway` on PATH), needs kept, each job's outputs and step records handed on as
// artifacts (so what a job needs is `cached` in it, as on the desktop), the last promotion behind the
// platform's approval (GitLab `when: manual` + environment, GitHub environment, Jenkins `input`), and
// the channels' credentials from the platform's secrets.
QByteArray exportPipeline(const Pipeline& pipeline, const release::ReleaseConfig& channels,
                          ExportTarget target);

} // namespace slipway::pipeline
