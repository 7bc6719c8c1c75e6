// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to PipelineJob: what a run reads before its first step, and the `when:` conditions.

#include "services/pipeline/PipelineJob.h"
#include "services/pipeline/StepCache.h"
#include "services/pipeline/Steps.h"

#include <memory>

namespace slipway::pipeline {

// Everything read before the first step (on the pool).
struct Prepared
{
    Result<Pipeline> pipeline = std::unexpected(Error{});
    RunFacts facts;
    StepContext context;
    QList<std::optional<StepRecord>> records;
};

// The definition, the project's files, the version facts for `when:` (a clean checkout's version, the
// branch and tags, CI's variables when HEAD is detached), the records. Blocking.
Prepared prepare(const PipelineRequest& request, const std::shared_ptr<FileHasher>& hasher);
// Why `when` does not hold now; empty when it does.
QString whenFails(const QString& when, const RunFacts& facts);

} // namespace slipway::pipeline
