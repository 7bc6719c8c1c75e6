// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as the output of the tools Slipway runs — flake8 and pycodestyle lines,
// pylint's and ruff's JSON, pytest's collection listing and tracebacks, JUnit and Cobertura XML — and as
// a pyproject.toml; and as what a package index answers (PEP 503 HTML and PEP 691 JSON pages, the journal)
// and as a slipway.yaml (channels and pipeline), a GitHub workflow, a .gitlab-ci.yml, a dvc.yaml and its
// lock, and what Graphviz's dot answers. A project's tools (and so their output) are the project's: hostile
// until trusted; a server is someone else's. Crashes and sanitizer reports are findings; errors returned as
// values are expected.
#include "services/lint/LintParsers.h"
#include "services/pipeline/ForeignPipelines.h"
#include "services/pipeline/GraphLayout.h"
#include "services/pipeline/PipelineConfig.h"
#include "services/project/PyProject.h"
#include "services/release/ChannelConfig.h"
#include "services/release/Journal.h"
#include "services/release/SimpleIndex.h"
#include "services/testing/TestResults.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cstdint>

using namespace slipway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    const auto lines = QStringView(text).split(u'\n');
    for (const QStringView line : lines)
        for (const lint::Tool tool : {lint::Tool::Flake8, lint::Tool::Pycodestyle})
            (void)lint::parseFlake8Line(line, tool);
    (void)lint::parsePylintJson(bytes);
    (void)lint::parseRuffJson(bytes);
    (void)testing::parseCollection(text);
    (void)testing::tracebackLinks(text);
    (void)testing::parseJUnitXml(bytes);
    (void)testing::parseCoberturaXml(bytes, QStringLiteral("/project"));
    QList<Error> warnings;
    (void)parsePyProject(bytes, QStringLiteral("pyproject.toml"), &warnings);
    (void)release::parseReleaseConfig(bytes, QStringLiteral("slipway.yaml"));
    if (auto pipeline = pipeline::parsePipeline(bytes, QStringLiteral("slipway.yaml")))
        (void)pipeline::PipelineGraph(*pipeline).toDot();
    static const pipeline::PipelineGraph twoSteps(
        *pipeline::parsePipeline("pipeline:\n  steps:\n    a: {run: [x]}\n    b: {run: [x], needs: [a]}\n",
                                 QStringLiteral("slipway.yaml")));
    (void)pipeline::parseDotJson(bytes, twoSteps);
    for (const pipeline::ForeignPipeline& foreign :
         {pipeline::readGitHubWorkflow(bytes, QStringLiteral("ci.yml")),
          pipeline::readGitLabCi(bytes, QStringLiteral(".gitlab-ci.yml")),
          pipeline::readDvc(bytes, bytes, {})})
        (void)pipeline::PipelineGraph(foreign.pipeline).toMermaid();
    for (const QString& type :
         {QStringLiteral("text/html"), QStringLiteral("application/vnd.pypi.simple.v1+json")})
        if (auto page = release::parseProjectPage(bytes, type, QStringLiteral("page"))) {
            (void)page->versions();
            (void)release::pipWouldPick(*page, true);
            (void)release::renderProjectHtml(*page);
        }
    (void)release::JournalEntry::fromJson(QJsonDocument::fromJson(bytes).object()).summary();
    return 0;
}
