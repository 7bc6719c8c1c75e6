// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/pipeline/ForeignPipelines.h"

#include "services/pipeline/PipelineGraph.h"
#include "services/release/ChannelConfig.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace slipway::pipeline {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::pipeline::ForeignPipelines)
};

constexpr int maxWorkflows = 20;

// A missing key of a const node is an invalid node: every accessor but operator bool throws on it.
QString text(const YAML::Node& node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

// A text or a list of texts (GitLab's needs may be {job: name} maps).
QStringList names(const YAML::Node& node)
{
    QStringList list;
    if (!node)
        return list;
    if (node.IsScalar())
        list << text(node);
    else if (node.IsSequence())
        for (const auto& item : node) {
            if (item.IsScalar())
                list << text(item);
            else if (item.IsMap() && item["job"])
                list << text(item["job"]);
            if (list.size() > maxListEntries)
                break;
        }
    return list;
}

StepDef step(const QString& name, const QStringList& needs, const QString& command)
{
    StepDef s;
    s.name = name.left(200);
    s.needs = needs;
    if (!command.isEmpty())
        s.run = QStringList{u"sh"_s, u"-c"_s, command.left(2000)};
    s.shell = command.isEmpty() ? QString() : u"sh"_s;
    return s;
}

// Needs naming no step, and edges closing a cycle, are dropped: the drawing must be a DAG.
void makeDrawable(Pipeline& pipeline)
{
    for (StepDef& s : pipeline.steps) {
        s.needs.removeDuplicates();
        s.needs.removeIf([&pipeline, &s](const QString& n) { return n == s.name || !pipeline.step(n); });
    }
    for (int round = 0; round < 3; ++round) {
        const PipelineGraph graph(pipeline);
        if (graph.order().size() == pipeline.steps.size())
            return;
        QList<bool> ordered(pipeline.steps.size(), false);
        for (qsizetype i : graph.order())
            ordered[i] = true;
        for (qsizetype i = 0; i < pipeline.steps.size(); ++i)
            if (!ordered[i])
                pipeline.steps[i].needs.removeIf(
                    [&](const QString& n) { return !ordered[pipeline.indexOf(n)]; });
    }
}

template <typename Reader>
ForeignPipeline guarded(const QString& title, const QString& file, const QByteArray& yaml, Reader read)
{
    ForeignPipeline f;
    f.title = title;
    f.file = file;
    f.pipeline.file = file;
    if (yaml.size() > release::maxConfigBytes) {
        f.problem = Text::tr("larger than 1 MiB: not read");
        return f;
    }
    try {
        read(YAML::Load(yaml.toStdString()), f);
    } catch (const YAML::Exception& e) {
        f.pipeline.steps.clear();
        f.problem = QString::fromStdString(e.what());
        return f;
    }
    if (f.pipeline.steps.size() > maxSteps)
        f.pipeline.steps.resize(maxSteps);
    makeDrawable(f.pipeline);
    for (const StepDef& s : std::as_const(f.pipeline.steps))
        if (f.statuses.size() < f.pipeline.steps.size())
            f.statuses << StepStatus{s.name, StepState::Idle, true, {}, {}, 0, {}};
    return f;
}

QString md5Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Md5);
    h.addData(&file);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

ForeignPipeline readGitHubWorkflow(const QByteArray& yaml, const QString& file)
{
    return guarded(u"GitHub: "_s + QFileInfo(file).fileName(), file, yaml,
                   [](const YAML::Node& root, ForeignPipeline& f) {
                       const YAML::Node jobs =
                           root.IsMap() ? root["jobs"] : YAML::Node(YAML::NodeType::Undefined);
                       if (!jobs || !jobs.IsMap())
                           return;
                       for (const auto& entry : jobs) {
                           const YAML::Node job = entry.second;
                           QStringList commands;
                           if (job.IsMap() && job["steps"] && job["steps"].IsSequence())
                               for (const auto& s : job["steps"])
                                   if (s.IsMap())
                                       commands << (s["run"]    ? text(s["run"])
                                                    : s["uses"] ? u"uses: "_s + text(s["uses"])
                                                                : QString());
                           f.pipeline.steps
                               << step(text(entry.first), job.IsMap() ? names(job["needs"]) : QStringList{},
                                       commands.join(u"; "_s));
                           if (f.pipeline.steps.size() > maxSteps)
                               break;
                       }
                   });
}

ForeignPipeline readGitLabCi(const QByteArray& yaml, const QString& file)
{
    return guarded(u"GitLab CI"_s, file, yaml, [](const YAML::Node& root, ForeignPipeline& f) {
        if (!root.IsMap())
            return;
        static const QStringList reserved{
            u"stages"_s,   u"variables"_s,     u"default"_s,      u"include"_s, u"workflow"_s, u"image"_s,
            u"services"_s, u"before_script"_s, u"after_script"_s, u"cache"_s,   u"spec"_s};
        QStringList stages{u"build"_s, u"test"_s, u"deploy"_s};
        if (root["stages"])
            stages = names(root["stages"]);
        QMap<QString, QString> stageOf;
        QList<std::pair<QString, YAML::Node>> jobs;
        for (const auto& entry : root) {
            const QString name = text(entry.first);
            if (name.isEmpty() || name.startsWith(u'.') || reserved.contains(name) || !entry.second.IsMap())
                continue;
            jobs.append({name, entry.second});
            stageOf.insert(name, entry.second["stage"] ? text(entry.second["stage"]) : u"test"_s);
            if (jobs.size() > maxSteps)
                break;
        }
        for (const auto& [name, job] : jobs) {
            QStringList needs;
            if (job["needs"]) {
                needs = names(job["needs"]);
            } else {
                // Without needs a job waits for every job of the stage before its own.
                const qsizetype stage = stages.indexOf(stageOf.value(name));
                for (qsizetype earlier = stage - 1; earlier >= 0 && needs.isEmpty(); --earlier)
                    for (auto it = stageOf.cbegin(); it != stageOf.cend(); ++it)
                        if (it.value() == stages[earlier])
                            needs << it.key();
            }
            f.pipeline.steps << step(name, needs, names(job["script"]).join(u"; "_s));
        }
    });
}

ForeignPipeline readDvc(const QByteArray& yaml, const QByteArray& lock, const QString& projectRoot)
{
    struct Stage
    {
        QStringList deps;
        QStringList outs;
        QString cmd;
    };
    QMap<QString, Stage> stages;
    ForeignPipeline f =
        guarded(u"dvc.yaml"_s, u"dvc.yaml"_s, yaml, [&stages](const YAML::Node& root, ForeignPipeline& p) {
            const YAML::Node list = root.IsMap() ? root["stages"] : YAML::Node(YAML::NodeType::Undefined);
            if (!list || !list.IsMap())
                return;
            for (const auto& entry : list) {
                const YAML::Node s = entry.second;
                Stage stage;
                if (s.IsMap()) {
                    stage.cmd =
                        s["cmd"] && s["cmd"].IsSequence() ? names(s["cmd"]).join(u" && "_s) : text(s["cmd"]);
                    stage.deps = names(s["deps"]);
                    if (s["outs"] && s["outs"].IsSequence())
                        for (const auto& out : s["outs"]) // a path, or {path: {cache: false, …}}
                            stage.outs
                                << (out.IsMap() && out.size() == 1 ? text(out.begin()->first) : text(out));
                }
                const QString name = text(entry.first);
                stages.insert(name, stage);
                p.pipeline.steps << step(name, {}, stage.cmd);
                if (p.pipeline.steps.size() > maxSteps)
                    break;
            }
            for (StepDef& s : p.pipeline.steps) {
                const QStringList deps = stages.value(s.name).deps;
                for (const QString& dep : deps)
                    for (auto it = stages.cbegin(); it != stages.cend(); ++it)
                        for (const QString& out : it->outs)
                            if (it.key() != s.name && (dep == out || dep.startsWith(out + u'/')))
                                s.needs << it.key();
            }
        });
    if (!f.problem.isEmpty() || projectRoot.isEmpty())
        return f;
    // Staleness: dvc.lock's command and dependency hashes against the files now.
    YAML::Node locked;
    try {
        if (!lock.isEmpty() && lock.size() <= release::maxConfigBytes)
            locked = YAML::Load(lock.toStdString())["stages"];
    } catch (const YAML::Exception&) {
        locked = YAML::Node();
    }
    for (qsizetype i = 0; i < f.pipeline.steps.size(); ++i) {
        StepStatus& status = f.statuses[i];
        const QString name = f.pipeline.steps[i].name;
        const YAML::Node entry =
            locked.IsMap() ? locked[name.toStdString()] : YAML::Node(YAML::NodeType::Undefined);
        if (!entry || !entry.IsMap()) {
            status.state = StepState::WouldRun;
            status.reason = Text::tr("not in dvc.lock: never ran");
            continue;
        }
        QString why;
        if (text(entry["cmd"]) != stages.value(name).cmd && !stages.value(name).cmd.isEmpty())
            why = Text::tr("command changed");
        for (const char* side : {"deps", "outs"}) {
            if (!why.isEmpty() || !entry[side] || !entry[side].IsSequence())
                continue;
            for (const auto& item : entry[side]) {
                const QString path = text(item["path"]);
                const QString md5 = text(item["md5"]).isEmpty() ? text(item["hash"]) : text(item["md5"]);
                const QString full = QDir(projectRoot).filePath(path);
                if (path.isEmpty() || md5.endsWith(u".dir") || QFileInfo(full).isDir())
                    continue; // a folder's hash is dvc's own listing: not compared
                const QString now = md5Of(full);
                if (now.isEmpty())
                    why = Text::tr("%1 is missing").arg(path);
                else if (now != md5)
                    why = Text::tr("%1 changed").arg(path);
                if (!why.isEmpty())
                    break;
            }
        }
        status.state = why.isEmpty() ? StepState::Cached : StepState::WouldRun;
        status.reason = why.isEmpty() ? Text::tr("up to date with dvc.lock") : why;
    }
    return f;
}

QList<ForeignPipeline> foreignPipelines(const QString& projectRoot)
{
    QList<ForeignPipeline> found;
    const QDir root(projectRoot);
    auto read = [&root](const QString& relative) -> std::optional<QByteArray> {
        QFile file(root.filePath(relative));
        const QFileInfo info(file);
        if (!info.isFile() || info.isSymLink() || !file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return file.read(release::maxConfigBytes + 1);
    };
    const QDir workflows(root.filePath(u".github/workflows"_s));
    const QStringList files = workflows.entryList({u"*.yml"_s, u"*.yaml"_s}, QDir::Files, QDir::Name);
    const QStringList first = files.mid(0, maxWorkflows);
    for (const QString& name : first)
        if (auto bytes = read(u".github/workflows/"_s + name))
            found << readGitHubWorkflow(*bytes, u".github/workflows/"_s + name);
    if (auto bytes = read(u".gitlab-ci.yml"_s))
        found << readGitLabCi(*bytes, u".gitlab-ci.yml"_s);
    if (auto bytes = read(u"dvc.yaml"_s))
        found << readDvc(*bytes, read(u"dvc.lock"_s).value_or(QByteArray()), projectRoot);
    return found;
}

} // namespace slipway::pipeline
