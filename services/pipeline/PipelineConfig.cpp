// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/pipeline/PipelineConfig.h"

#include "services/release/ChannelConfig.h"
#include "services/release/YamlReader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace slipway::pipeline {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(slipway::pipeline::PipelineConfig)
};

// The parameters each `uses:` takes, and which of them it requires.
struct Parameters
{
    QStringList allowed;
    QStringList required;
};

Parameters parametersOf(StepKind kind)
{
    switch (kind) {
    case StepKind::Lint:
        return {{u"tools"_s}, {}};
    case StepKind::Test:
        return {{u"coverage"_s}, {}};
    case StepKind::Publish:
    case StepKind::TestInstalled:
        return {{u"channel"_s}, {u"channel"_s}};
    case StepKind::Promote:
        return {{u"from"_s, u"to"_s}, {u"from"_s, u"to"_s}};
    case StepKind::Run:
    case StepKind::StripCheck:
    case StepKind::Build:
        break;
    }
    return {};
}

QString outputProblem(const QString& path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.startsWith(u'~'))
        return Text::tr("'%1' must be a path inside the project").arg(path);
    const QStringList parts = path.split(u'/');
    if (parts.contains(u".."_s) || parts.first() == u".git" || parts.first() == u".slipway")
        return Text::tr("'%1' must stay inside the project (no '..', not in .git or .slipway)").arg(path);
    if (path.contains(u'*') || path.contains(u'?') || path.contains(u'['))
        return Text::tr("'%1': outputs are files, not globs").arg(path);
    return {};
}

std::optional<int> parseTimeout(const QString& text)
{
    static const QRegularExpression form(u"^(\\d{1,6})\\s*(s|m|h)?$"_s);
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int value = m.captured(1).toInt();
    const QString unit = m.captured(2);
    const int seconds = unit == u"h" ? value * 3600 : unit == u"m" ? value * 60 : value;
    return seconds > 0 && seconds <= 7 * 24 * 3600 ? std::optional(seconds) : std::nullopt;
}

struct Reader : yaml::Reader
{
    const release::ReleaseConfig* channels = nullptr;

    Result<QStringList> boundedList(const YAML::Node& node, const QString& key) const
    {
        auto values = list(node, key);
        if (values && values->size() > maxListEntries)
            return std::unexpected(
                at(node, Text::tr("'%1' has more than %2 entries").arg(key).arg(maxListEntries)));
        return values;
    }

    Result<void> readWith(StepDef& step, const YAML::Node& stepNode, const QString& where) const
    {
        const YAML::Node node = stepNode["with"];
        const Parameters parameters = parametersOf(step.kind);
        if (node) {
            if (auto ok = checkKeys(node, parameters.allowed, where + u".with"_s); !ok)
                return ok;
            for (const auto& entry : node) {
                auto values = boundedList(entry.second, where + u".with."_s + text(entry.first));
                if (!values)
                    return std::unexpected(values.error());
                step.with.insert(text(entry.first), *values);
            }
        }
        for (const QString& key : parameters.required)
            if (!step.with.contains(key))
                return std::unexpected(
                    at(node ? node : stepNode,
                       Text::tr("%1: uses %2 needs with.%3").arg(where, kindName(step.kind), key)));
        for (const QString& key : {u"channel"_s, u"from"_s, u"to"_s}) {
            if (!step.with.contains(key))
                continue;
            const QString channel = step.param(key);
            if (!channels || !channels->channel(channel))
                return std::unexpected(
                    at(node[key.toStdString()],
                       Text::tr("%1.with.%2: no channel named '%3' in channels:").arg(where, key, channel)));
        }
        if (step.kind == StepKind::Test && step.with.contains(u"coverage"_s)) {
            const QString value = step.param(u"coverage"_s);
            if (value != u"true" && value != u"false")
                return std::unexpected(
                    at(node["coverage"], Text::tr("%1.with.coverage must be true or false").arg(where)));
        }
        const QStringList tools = step.with.value(u"tools"_s);
        if (step.kind == StepKind::Lint)
            for (const QString& tool : tools)
                if (!QStringList{u"flake8"_s, u"pylint"_s, u"pycodestyle"_s, u"ruff"_s}.contains(tool))
                    return std::unexpected(
                        at(node["tools"], Text::tr("%1.with.tools: '%2' is not a lint tool "
                                                   "(flake8, pylint, pycodestyle, ruff)")
                                              .arg(where, tool)));
        return {};
    }

    Result<void> readCommand(StepDef& step, const YAML::Node& node, const QString& where) const
    {
        const YAML::Node uses = node["uses"];
        const YAML::Node run = node["run"];
        if (bool(uses) == bool(run))
            return std::unexpected(at(node, Text::tr("%1 needs either 'uses' or 'run'").arg(where)));
        if (uses) {
            auto name = scalar(uses, where + u".uses"_s);
            if (!name)
                return std::unexpected(name.error());
            const std::optional<StepKind> kind = kindFromName(*name);
            if (!kind || *kind == StepKind::Run)
                return std::unexpected(at(uses, Text::tr("%1.uses: unknown step '%2' (expected one of: %3)")
                                                    .arg(where, *name, builtinNames().join(u", "_s))));
            step.kind = *kind;
            if (node["shell"])
                return std::unexpected(at(node["shell"], Text::tr("%1.shell goes with 'run'").arg(where)));
            return readWith(step, node, where);
        }
        if (node["with"])
            return std::unexpected(at(node["with"], Text::tr("%1.with goes with 'uses'").arg(where)));
        if (node["shell"]) {
            auto shell = scalar(node["shell"], where + u".shell"_s);
            if (!shell)
                return std::unexpected(shell.error());
            if (*shell != u"bash")
                return std::unexpected(at(node["shell"], Text::tr("%1.shell: only 'bash'").arg(where)));
            if (!run.IsScalar())
                return std::unexpected(at(run, Text::tr("%1.run: with a shell, a text").arg(where)));
            step.shell = *shell;
            step.run = {u"bash"_s, u"-c"_s, text(run)};
            return {};
        }
        if (!run.IsSequence())
            return std::unexpected(
                at(run, Text::tr("%1.run: a list of arguments ([python3, script.py]), or a text with "
                                 "'shell: bash'")
                            .arg(where)));
        auto argv = boundedList(run, where + u".run"_s);
        if (!argv)
            return std::unexpected(argv.error());
        if (argv->isEmpty() || argv->first().isEmpty())
            return std::unexpected(at(run, Text::tr("%1.run is empty").arg(where)));
        step.run = *argv;
        return {};
    }

    Result<void> readPaths(StepDef& step, const YAML::Node& node, const QString& where) const
    {
        if (const YAML::Node inputs = node["inputs"]) {
            auto globs = boundedList(inputs, where + u".inputs"_s);
            if (!globs)
                return std::unexpected(globs.error());
            for (qsizetype i = 0; i < globs->size(); ++i)
                if (const QString problem = globProblem(globs->at(i)); !problem.isEmpty())
                    return std::unexpected(
                        at(inputs.IsSequence() ? inputs[i] : inputs, where + u".inputs: "_s + problem));
            step.inputs = *globs;
        }
        if (const YAML::Node outputs = node["outputs"]) {
            auto paths = boundedList(outputs, where + u".outputs"_s);
            if (!paths)
                return std::unexpected(paths.error());
            for (qsizetype i = 0; i < paths->size(); ++i)
                if (const QString problem = outputProblem(paths->at(i)); !problem.isEmpty())
                    return std::unexpected(
                        at(outputs.IsSequence() ? outputs[i] : outputs, where + u".outputs: "_s + problem));
            step.outputs = *paths;
        }
        return {};
    }

    Result<void> readConditions(StepDef& step, const YAML::Node& node, const QString& where) const
    {
        if (const YAML::Node when = node["when"]) {
            auto value = scalar(when, where + u".when"_s);
            if (!value)
                return std::unexpected(value.error());
            const bool pattern = value->startsWith(u"branch:") || value->startsWith(u"tag:");
            if (!pattern && *value != u"final-version" && *value != u"pre-release")
                return std::unexpected(
                    at(when, Text::tr("%1.when: '%2' (expected final-version, pre-release, "
                                      "branch:GLOB or tag:GLOB)")
                                 .arg(where, *value)));
            if (pattern && value->section(u':', 1).isEmpty())
                return std::unexpected(at(when, Text::tr("%1.when: '%2' has no pattern").arg(where, *value)));
            if (pattern)
                if (const QString problem = globProblem(value->section(u':', 1)); !problem.isEmpty())
                    return std::unexpected(at(when, where + u".when: "_s + problem));
            step.when = *value;
        }
        if (const YAML::Node env = node["env"]) {
            if (!env.IsMap())
                return std::unexpected(at(env, Text::tr("%1.env must be a mapping").arg(where)));
            static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_]{0,127}$"_s);
            for (const auto& entry : env) {
                const QString key = text(entry.first);
                if (!name.match(key).hasMatch())
                    return std::unexpected(
                        at(entry.first, Text::tr("%1.env: '%2' is not a variable name").arg(where, key)));
                auto value = scalar(entry.second, where + u".env."_s + key);
                if (!value)
                    return std::unexpected(value.error());
                step.env.insert(key, *value);
            }
        }
        if (const YAML::Node timeout = node["timeout"]) {
            const std::optional<int> seconds =
                timeout.IsScalar() ? parseTimeout(text(timeout)) : std::nullopt;
            if (!seconds)
                return std::unexpected(at(timeout, Text::tr("%1.timeout: seconds, or a number with s, m or h "
                                                            "(at most a week)")
                                                       .arg(where)));
            step.timeoutSeconds = *seconds;
        }
        return {};
    }

    Result<StepDef> step(const YAML::Node& nameNode, const YAML::Node& node) const
    {
        StepDef step;
        step.name = text(nameNode);
        step.line = nameNode.Mark().line + 1;
        step.column = nameNode.Mark().column + 1;
        static const QRegularExpression validName(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"_s);
        if (!nameNode.IsScalar() || !validName.match(step.name).hasMatch())
            return std::unexpected(at(nameNode, Text::tr("step name '%1': letters, digits, '.', '-' and '_' "
                                                         "only (at most 64)")
                                                    .arg(step.name)));
        const QString where = u"pipeline.steps."_s + step.name;
        if (auto ok = checkKeys(node,
                                {u"uses"_s, u"with"_s, u"run"_s, u"shell"_s, u"needs"_s, u"inputs"_s,
                                 u"outputs"_s, u"when"_s, u"env"_s, u"timeout"_s},
                                where);
            !ok)
            return std::unexpected(ok.error());
        if (auto ok = readCommand(step, node, where); !ok)
            return std::unexpected(ok.error());
        if (auto ok = readPaths(step, node, where); !ok)
            return std::unexpected(ok.error());
        if (auto ok = readConditions(step, node, where); !ok)
            return std::unexpected(ok.error());
        if (const YAML::Node needs = node["needs"]) {
            auto names = boundedList(needs, where + u".needs"_s);
            if (!names)
                return std::unexpected(names.error());
            step.needs = *names;
            step.needs.removeDuplicates();
        }
        return step;
    }

    // Every need names a step; no cycle (the error is at the need that closes it).
    Result<void> checkGraph(const Pipeline& pipeline, const YAML::Node& steps) const
    {
        for (const StepDef& s : pipeline.steps) {
            const YAML::Node needs = steps[s.name.toStdString()]["needs"];
            for (qsizetype i = 0; i < s.needs.size(); ++i)
                if (!pipeline.step(s.needs[i]))
                    return std::unexpected(
                        at(needs.IsSequence() ? needs[i] : needs,
                           Text::tr("pipeline.steps.%1.needs: no step named '%2'").arg(s.name, s.needs[i])));
        }
        // Depth-first, iteratively (a chain of 2000 steps must not recurse 2000 deep).
        const qsizetype n = pipeline.steps.size();
        QList<int> colour(n, 0); // 0 unseen, 1 on the path, 2 done
        for (qsizetype start = 0; start < n; ++start) {
            if (colour[start])
                continue;
            QList<std::pair<qsizetype, qsizetype>> stack{{start, 0}};
            colour[start] = 1;
            while (!stack.isEmpty()) {
                auto& [node, next] = stack.last();
                const StepDef& s = pipeline.steps[node];
                if (next == s.needs.size()) {
                    colour[node] = 2;
                    stack.removeLast();
                    continue;
                }
                const qsizetype need = pipeline.indexOf(s.needs[next++]);
                if (colour[need] == 1) {
                    QStringList cycle{pipeline.steps[need].name};
                    for (qsizetype i = stack.size() - 1; i >= 0 && stack[i].first != need; --i)
                        cycle.prepend(pipeline.steps[stack[i].first].name);
                    cycle.prepend(pipeline.steps[need].name);
                    const YAML::Node needs = steps[s.name.toStdString()]["needs"];
                    return std::unexpected(at(
                        needs.IsSequence() ? needs[next - 1] : needs,
                        Text::tr("pipeline.steps.%1.needs: a cycle: %2").arg(s.name, cycle.join(u" → "_s))));
                }
                if (colour[need] == 0) {
                    colour[need] = 1;
                    stack.append({need, 0});
                }
            }
        }
        return {};
    }

    Result<Pipeline> read(const YAML::Node& root) const
    {
        Pipeline pipeline;
        pipeline.file = file;
        if (!root.IsMap() || !root["pipeline"])
            return pipeline;
        const YAML::Node section = root["pipeline"];
        if (auto ok = checkKeys(section, {u"steps"_s}, u"pipeline"_s); !ok)
            return std::unexpected(ok.error());
        const YAML::Node steps = section["steps"];
        if (!steps || !steps.IsMap())
            return std::unexpected(
                at(steps ? steps : section, Text::tr("pipeline.steps must be a mapping of step names")));
        if (steps.size() > maxSteps)
            return std::unexpected(at(steps, Text::tr("pipeline.steps: more than %1 steps").arg(maxSteps)));
        for (const auto& entry : steps) {
            auto s = step(entry.first, entry.second);
            if (!s)
                return std::unexpected(s.error());
            if (pipeline.step(s->name))
                return std::unexpected(at(entry.first, Text::tr("step '%1' twice").arg(s->name)));
            pipeline.steps << *s;
        }
        if (auto ok = checkGraph(pipeline, steps); !ok)
            return std::unexpected(ok.error());
        return pipeline;
    }
};

} // namespace

Result<Pipeline> parsePipeline(const QByteArray& yaml, const QString& fileName)
{
    auto channels = release::parseReleaseConfig(yaml, fileName);
    if (!channels)
        return std::unexpected(channels.error());
    Reader reader{{fileName}};
    reader.channels = &*channels;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        auto pipeline = reader.read(root);
        if (pipeline && !(root.IsMap() && root["pipeline"])) {
            Pipeline fallback = defaultPipeline(*channels);
            fallback.file = fileName;
            return fallback;
        }
        return pipeline;
    } catch (const YAML::Exception& e) {
        return std::unexpected(reader.fromException(e));
    }
}

Result<Pipeline> loadPipeline(const QString& projectRoot)
{
    const QString path = QDir(projectRoot).filePath(u"slipway.yaml"_s);
    QFile file(path);
    if (!file.exists())
        return defaultPipeline(release::ReleaseConfig{});
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("read slipway.yaml"), path, file.errorString());
    return parsePipeline(file.read(release::maxConfigBytes + 1), path);
}

} // namespace slipway::pipeline
