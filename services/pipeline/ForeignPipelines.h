// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/pipeline/PipelineJob.h"

namespace slipway::pipeline {

// A pipeline the project already has, drawn read-only beside slipway.yaml's: a GitHub workflow's jobs
// (needs), GitLab CI's jobs (needs, else the stages' order), dvc.yaml's stages (an edge where a stage's
// deps name another's outs; stale stages from dvc.lock's hashes).
struct ForeignPipeline
{
    QString title; // "GitHub: ci.yml", "GitLab CI", "dvc.yaml"
    QString file;  // relative to the project
    Pipeline pipeline;
    QList<StepStatus> statuses; // dvc: cached (up to date), would run (stale, and why), idle otherwise
    QString problem;            // the file could not be read: why (the graph is then empty)
};

// Every such file of the project (blocking: reads files; call it on the pool). Bounded as slipway.yaml is
// (1 MiB a file, 2000 jobs), at most 20 workflows.
QList<ForeignPipeline> foreignPipelines(const QString& projectRoot);

// The readers, for tests and fuzzing.
ForeignPipeline readGitHubWorkflow(const QByteArray& yaml, const QString& file);
ForeignPipeline readGitLabCi(const QByteArray& yaml, const QString& file);
// `projectRoot` empty: no staleness (the lock is not compared with files).
ForeignPipeline readDvc(const QByteArray& yaml, const QByteArray& lock, const QString& projectRoot);

} // namespace slipway::pipeline
