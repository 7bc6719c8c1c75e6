// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/pipeline/Steps.h"

#include "services/dist/Build.h"
#include "services/git/Repository.h"
#include "services/lint/LintJob.h"
#include "services/project/StripPlan.h"
#include "services/release/ReleaseJobs.h"
#include "services/testing/TestJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace slipway::pipeline {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::pipeline::Steps)
};

QString durationText(int seconds)
{
    if (seconds % 3600 == 0)
        return Text::tr("%1 h").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return Text::tr("%1 min").arg(seconds / 60);
    return Text::tr("%1 s").arg(seconds);
}

} // namespace

StepJob::StepJob(StepDef step, StepContext context, QObject* parent)
    : Job(step.name, parent)
    , m_step(std::move(step))
    , m_context(std::move(context))
{}

void StepJob::run()
{
    startTimeout();
    switch (m_step.kind) {
    case StepKind::Run:
        return runCommand();
    case StepKind::StripCheck:
        return stripCheck();
    case StepKind::Lint:
        return lint();
    case StepKind::Test:
        return test(false);
    case StepKind::TestInstalled:
        return test(true);
    case StepKind::Build:
        return build();
    case StepKind::Publish:
        return publish();
    case StepKind::Promote:
        return promote();
    }
}

void StepJob::startTimeout()
{
    if (m_step.timeoutSeconds <= 0)
        return;
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        m_summary = Text::tr("timed out after %1").arg(durationText(m_step.timeoutSeconds));
        log(m_summary);
        cancel();
    });
    timer->start(std::chrono::seconds(m_step.timeoutSeconds));
}

void StepJob::failWith(const QString& message)
{
    m_summary = message;
    fail(Error{Text::tr("step %1").arg(m_step.name), m_context.projectRoot, message});
}

void StepJob::runCommand()
{
    QString program = m_step.run.first();
    if (program.contains(u'/') && QDir::isRelativePath(program))
        program = QDir(m_context.projectRoot).filePath(program);
    ProcessSpec spec(program, m_step.run.mid(1));
    spec.workingDirectory = m_context.projectRoot;
    QProcessEnvironment env = m_context.environment.value_or(QProcessEnvironment::systemEnvironment());
    for (auto it = m_step.env.cbegin(); it != m_step.env.cend(); ++it)
        env.insert(it.key(), it.value());
    spec.environment = env;
    spec.ownProcessGroup = m_context.ownProcessGroup;
    runProcess(spec, u"$ "_s + m_step.commandLine(), [this](const ProcessResult& result) {
        if (!result.succeeded())
            return failWith(result.summary());
        m_outputs = m_step.outputs;
        m_summary = Text::tr("exit 0");
        succeed();
    });
}

void StepJob::stripCheck()
{
    QStringList notebooks;
    for (const QString& file : std::as_const(m_context.files))
        if (file.endsWith(u".ipynb"))
            notebooks << file;
    setProgress(0, 0, Text::tr("Checking %n notebook(s) for outputs", nullptr, int(notebooks.size())));
    const QString root = m_context.projectRoot;
    // What the next commit holds: a tracked notebook as git's index has it (a git filter strips the work
    // tree's outputs on the way in), an untracked one as it is.
    await<QStringList>(
        QtConcurrent::run([root, notebooks] {
            QStringList carrying;
            auto repository = git::Repository::open(root);
            for (const QString& path : notebooks) {
                std::optional<QByteArray> staged;
                if (repository)
                    if (auto content = repository->indexContent(path); content && *content)
                        staged = **content;
                auto plan = planStrip(QDir(root).filePath(path), root, staged);
                if (!plan)
                    carrying << path + u" ("_s + plan.error().message + u')';
                else if (plan->changed())
                    carrying << path;
            }
            return carrying;
        }),
        [this, count = notebooks.size()](const QFuture<QStringList>& done) {
            const QStringList carrying = done.result();
            for (const QString& path : carrying)
                log(Text::tr(
                        "%1 carries outputs or metadata nbstripout would remove (as git's index holds it)")
                        .arg(path));
            if (!carrying.isEmpty())
                return failWith(Text::tr("%n notebook(s) not stripped: %1", nullptr, int(carrying.size()))
                                    .arg(carrying.mid(0, 5).join(u", "_s)));
            m_summary = Text::tr("%n notebook(s) clean", nullptr, int(count));
            succeed();
        });
}

void StepJob::finishChild(Job& child, const QString& summary)
{
    m_summary = summary;
    if (child.state() == State::Succeeded)
        return succeed();
    fail(child.error().value_or(Error{Text::tr("step %1").arg(m_step.name), m_context.projectRoot, summary}));
}

void StepJob::lint()
{
    lint::LintRequest request;
    request.root = m_context.projectRoot;
    request.python = m_context.python;
    request.environment = m_context.environment;
    request.tools.clear();
    const QStringList tools = m_step.with.value(u"tools"_s, {u"flake8"_s});
    for (const QString& name : tools)
        if (const std::optional<lint::Tool> tool = lint::toolFromName(name))
            request.tools << *tool;
    for (const QString& file : std::as_const(m_context.files)) {
        if (file.endsWith(u".py"))
            request.files << file;
        else if (file.endsWith(u".ipynb"))
            request.notebooks << file;
    }
    auto* job = new lint::LintJob(request, this);
    runChild(job, [this, job](Job& child) {
        const qsizetype findings = job->diagnostics().size();
        for (const lint::Diagnostic& d : job->diagnostics())
            log(u"%1:%2:%3: %4 %5"_s.arg(d.file).arg(d.line).arg(d.column).arg(d.code, d.message));
        if (child.state() == State::Succeeded && findings > 0)
            return failWith(Text::tr("%n finding(s)", nullptr, int(findings)));
        finishChild(child, Text::tr("no findings"));
    });
}

void StepJob::test(bool installed)
{
    testing::TestRequest request;
    request.root = m_context.projectRoot;
    request.python = m_context.python;
    request.environment = m_context.environment;
    request.ownProcessGroup = m_context.ownProcessGroup;
    request.coverage = m_step.param(u"coverage"_s) == u"true";
    if (installed) {
        const QString channel = m_step.param(u"channel"_s);
        request.installed = true;
        request.installArguments = {u"--index-url"_s, m_context.channelIndex.value(channel),
                                    m_context.project + u"=="_s + m_context.version};
    }
    auto* job = new testing::TestJob(request, this);
    runChild(job, [this, job](Job& child) {
        const testing::TestReport& report = job->report();
        const int failed = report.count(testing::Outcome::Failed) + report.count(testing::Outcome::Error);
        const QString summary =
            Text::tr("%1 passed, %2 failed").arg(report.count(testing::Outcome::Passed)).arg(failed);
        if (child.state() == State::Succeeded && !report.passed())
            return failWith(summary);
        finishChild(child, summary);
    });
}

void StepJob::build()
{
    dist::BuildRequest request;
    request.projectRoot = m_context.projectRoot;
    request.python = m_context.python;
    request.fromCommit = true;
    // A development build is a pipeline's everyday build; publishing one is what a channel refuses or not.
    request.allowUnreleasable = true;
    request.environment = m_context.environment;
    auto* job = new dist::BuildJob(request, this);
    runChild(job, [this, job](Job& child) {
        if (job->result() && *job->result()) {
            const QDir root(m_context.projectRoot);
            for (const QString& artifact : (*job->result())->artifacts)
                m_outputs << root.relativeFilePath(artifact);
            return finishChild(
                child, Text::tr("%1: %2").arg(
                           (*job->result())->version,
                           QStringList(m_outputs).replaceInStrings(u"dist/"_s, QString()).join(u", "_s)));
        }
        finishChild(child, Text::tr("the build failed"));
    });
}

void StepJob::publish()
{
    release::PublishRequest request;
    request.context.projectRoot = m_context.projectRoot;
    request.context.credentials = m_context.credentials;
    request.context.trusted = true; // the pipeline runs only in a trusted project
    request.context.python = m_context.python;
    request.context.environment = m_context.environment;
    request.channel = m_step.param(u"channel"_s);
    for (const QString& need : std::as_const(m_step.needs)) {
        const QStringList outputs = m_context.needOutputs.value(need);
        for (const QString& file : outputs)
            if (file.endsWith(u".whl") || file.endsWith(u".tar.gz"))
                request.files << QDir(m_context.projectRoot).filePath(file);
    }
    auto* job = new release::PublishJob(request, this);
    runChild(job, [this, job](Job& child) {
        QString summary = Text::tr("not published");
        if (job->result() && *job->result())
            summary = Text::tr("%1 in %2: %3 added, %4 there already")
                          .arg((*job->result())->version, (*job->result())->channel)
                          .arg((*job->result())->change.added.size())
                          .arg((*job->result())->change.alreadyThere.size());
        finishChild(child, summary);
    });
}

void StepJob::promote()
{
    release::PromoteRequest request;
    request.context.projectRoot = m_context.projectRoot;
    request.context.credentials = m_context.credentials;
    request.context.trusted = true;
    request.context.python = m_context.python;
    request.context.environment = m_context.environment;
    request.version = m_context.version;
    request.from = m_step.param(u"from"_s);
    request.to = m_step.param(u"to"_s);
    auto* job = new release::PromoteJob(request, this);
    runChild(job, [this, job](Job& child) {
        QStringList gates;
        for (const release::GateResult& gate : job->outcome().gates)
            gates << (gate.passed ? u"✓ "_s : u"✗ "_s) + gate.gate;
        finishChild(child, Text::tr("%1 %2 → %3 (%4)")
                               .arg(m_context.version, m_step.param(u"from"_s), m_step.param(u"to"_s),
                                    gates.join(u", "_s)));
    });
}

} // namespace slipway::pipeline
