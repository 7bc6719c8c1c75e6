// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Job.h"
#include "services/pipeline/PipelineConfig.h"
#include "services/release/Credentials.h"

#include <QMap>
#include <QProcessEnvironment>

#include <optional>

namespace slipway::pipeline {

// What every step of one run shares.
struct StepContext
{
    QString projectRoot;
    QString python;                      // the interpreter of the built-in steps
    QString version;                     // as HEAD computes it (promote, test-installed)
    QString project;                     // the normalised project name (test-installed installs it)
    QStringList files;                   // the project's files (git would not ignore them), relative
    QMap<QString, QString> channelIndex; // channel → its simple index URL
    std::optional<QProcessEnvironment> environment;
    QMap<QString, release::Credentials> credentials; // from the GUI's keychain, by channel
    std::optional<bool> ownProcessGroup;             // unset: ProcessRun's default
    // The outputs (relative paths) of each need that ran or was cached in this run.
    QMap<QString, QStringList> needOutputs;
};

// One step as a job: a `run:` command, or a built-in step calling the service the window calls.
// The job succeeds or fails (with an Error saying why); outputs() are the files it produced.
class StepJob : public Job
{
    Q_OBJECT
public:
    StepJob(StepDef step, StepContext context, QObject* parent = nullptr);
    const StepDef& step() const { return m_step; }
    // Relative paths: the declared outputs, or what a build wrote to dist/.
    const QStringList& outputs() const { return m_outputs; }
    // One line for the graph and the summary ("2 notebooks carry outputs", "12 passed").
    const QString& summary() const { return m_summary; }
    bool timedOut() const { return m_timedOut; }

protected:
    void run() override;

private:
    void runCommand();
    void stripCheck();
    void lint();
    void test(bool installed);
    void build();
    void publish();
    void promote();
    void failWith(const QString& message);
    void finishChild(Job& child, const QString& summary);
    void startTimeout();

    StepDef m_step;
    StepContext m_context;
    QStringList m_outputs;
    QString m_summary;
    bool m_timedOut = false;
};

} // namespace slipway::pipeline
