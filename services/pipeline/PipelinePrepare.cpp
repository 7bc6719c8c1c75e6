// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/pipeline/PipelinePrepare.h"

#include "services/project/Project.h"
#include "services/project/ProjectVersion.h"
#include "services/python/Environments.h"
#include "services/release/ReleaseJobs.h"
#include "services/version/Pep440.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace slipway::pipeline {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::pipeline::PipelineJob)
};

} // namespace

Prepared prepare(const PipelineRequest& request, const std::shared_ptr<FileHasher>& hasher)
{
    Prepared p;
    const QString root = request.projectRoot;
    p.pipeline = loadPipeline(root);
    if (!p.pipeline)
        return p;
    RunFacts& f = p.facts;
    f.projectRoot = root;
    f.python = request.python.isEmpty() ? python::defaultPython(root) : request.python;
    if (auto project = loadProject(root))
        f.files = project->files;
    for (const StepDef& step : std::as_const(p.pipeline->steps))
        for (const QString& output : step.outputs)
            if (!f.files.contains(output) && QFileInfo::exists(QDir(root).filePath(output)))
                f.outputs << output;
    version::ScmSettings committed;
    committed.committedOnly = true;
    const QProcessEnvironment env = request.environment.value_or(QProcessEnvironment::systemEnvironment());
    if (auto v = projectVersion(root, committed, env)) {
        f.version = v->version;
        f.commit = v->node;
        f.branch = v->branch;
        if (v->distance == 0 && !v->tag.isEmpty())
            f.tags << v->tag;
    }
    // Detached in CI: the platforms say which branch or tag they build.
    for (const char* name : {"CI_COMMIT_BRANCH", "GITHUB_HEAD_REF", "BRANCH_NAME"})
        if ((f.branch.isEmpty() || f.branch == u"HEAD") && !env.value(QString::fromLatin1(name)).isEmpty())
            f.branch = env.value(QString::fromLatin1(name));
    for (const char* name : {"CI_COMMIT_TAG", "TAG_NAME"})
        if (!env.value(QString::fromLatin1(name)).isEmpty())
            f.tags << env.value(QString::fromLatin1(name));
    const auto parsed = version::Version::parse(f.version);
    f.finalVersion = parsed && !parsed->isPrerelease() && !parsed->hasLocal();

    StepContext& c = p.context;
    c.projectRoot = root;
    c.python = f.python;
    c.version = f.version;
    c.project = release::projectName(root);
    c.files = f.files;
    c.environment = request.environment;
    c.credentials = request.credentials;
    c.ownProcessGroup = request.ownProcessGroup;
    if (auto channels = release::loadReleaseConfig(root))
        for (const release::Channel& channel : std::as_const(channels->channels))
            c.channelIndex.insert(channel.name, channel.indexUrl.toString());
    for (const StepDef& step : std::as_const(p.pipeline->steps))
        p.records << loadRecord(root, step.name);
    hasher->load();
    return p;
}

QString whenFails(const QString& when, const RunFacts& facts)
{
    if (when.isEmpty())
        return {};
    if (when == u"final-version")
        return facts.finalVersion ? QString()
                                  : Text::tr("when: final-version — %1 is not final").arg(facts.version);
    if (when == u"pre-release")
        return !facts.finalVersion ? QString()
                                   : Text::tr("when: pre-release — %1 is final").arg(facts.version);
    const QString pattern = when.section(u':', 1);
    if (when.startsWith(u"branch:"))
        return globMatches(pattern, facts.branch)
                   ? QString()
                   : Text::tr("when: %1 — on branch %2")
                         .arg(when, facts.branch.isEmpty() ? u"(none)"_s : facts.branch);
    const bool tagged =
        std::ranges::any_of(facts.tags, [&pattern](const QString& t) { return globMatches(pattern, t); });
    return tagged ? QString() : Text::tr("when: %1 — HEAD has no such tag").arg(when);
}

} // namespace slipway::pipeline
