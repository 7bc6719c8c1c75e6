// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/pipeline/PipelineConfig.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QMutex>

#include <optional>

namespace slipway::pipeline {

// SHA-256 of project files, remembered by size and modification time (in .slipway/pipeline/files.json),
// so that a cached run of many steps reads each file at most once. Never follows a link: a link is
// hashed as its target's name. Thread-safe.
class FileHasher
{
public:
    explicit FileHasher(QString projectRoot);
    // Hex SHA-256 of the file's bytes; empty when there is no such file.
    QString hash(const QString& relativePath);
    void load();
    void save() const;

private:
    struct Entry
    {
        qint64 size = 0;
        qint64 modified = 0; // ns since the epoch
        QString sha256;
    };
    QString m_root;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

// The facts a run decides on: the project's files, its version and where HEAD is.
struct RunFacts
{
    QString projectRoot;
    QStringList files;   // relative paths git would not ignore
    QStringList outputs; // the steps' declared outputs that exist (inputs: may name them)
    QString python;      // the interpreter the built-in steps run
    QString version;     // as a clean checkout of HEAD computes it
    QString commit;      // HEAD
    QString branch;      // the branch (CI's variables when HEAD is detached)
    QStringList tags;    // tags on HEAD
    bool finalVersion = false;
};

// What a step's run would be made of; equal fingerprints mean the same run.
struct Fingerprint
{
    QString command;               // hash of what it runs (uses + with, or run + shell, env, outputs)
    QMap<QString, QString> tools;  // program → identity (path, size, mtime) or version
    QMap<QString, QString> env;    // allow-listed variable → hash of its value
    QMap<QString, QString> inputs; // path → sha256 (and "HEAD" → commit and version for release steps)
    QMap<QString, QString> needs;  // need → the hash of its outputs
    QString combined() const;
};

// The last successful run of a step (.slipway/pipeline/steps/<name>.json).
struct StepRecord
{
    Fingerprint fingerprint;
    QMap<QString, QString> outputs; // path → sha256
    QString outputsHash;            // of `outputs`; what dependents see
    QDateTime finishedAt;
    double seconds = 0;
    bool failed = false; // the last run failed: the next one runs ("failed last time"), needs see nothing
};

// Variables of the environment whose values count (besides the step's own `env:`).
const QStringList& environmentAllowList();

// The step's fingerprint now. `needOutputs`: each need's current outputs hash.
Fingerprint fingerprintOf(const StepDef& step, const RunFacts& facts, FileHasher& hasher,
                          const QMap<QString, QString>& needOutputs);
// Why the step must run, compared with its last successful run; empty when it is up to date (its
// fingerprint is the same and its outputs are still there, unchanged). Publish and promote always run when
// they are what was asked for (`asked`); as what another step needs they count as done while nothing
// they depend on changed.
QString whyRun(const StepDef& step, const Fingerprint& now, const std::optional<StepRecord>& last,
               FileHasher& hasher, bool asked = true);
// The outputs' hashes (a missing output is an error naming it).
Result<StepRecord> recordOutputs(const StepDef& step, const QStringList& outputs, FileHasher& hasher);

std::optional<StepRecord> loadRecord(const QString& projectRoot, const QString& step);
Result<void> saveRecord(const QString& projectRoot, const QString& step, const StepRecord& record);
// Marks the step's record as failed (the next run is not cached, and says why).
void markFailed(const QString& projectRoot, const QString& step);
// <project>/.slipway/pipeline (created, with .slipway's .gitignore).
Result<QString> pipelineStateFolder(const QString& projectRoot);

} // namespace slipway::pipeline
