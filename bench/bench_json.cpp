// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which JSON library reads notebooks: parse to a tree (what the notebook service needs), on a generated
// ~60 MB notebook and on the largest real-world notebook of the corpus. The service also needs integers
// beyond 2^64 kept exactly, which only some of them can (see the note printed at the end).
#include <QFile>

#include "bench/NotebookFixtures.h"
#include <benchmark/benchmark.h>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <rapidjson/document.h>
#include <simdjson.h>

namespace {

const QByteArray& generated()
{
    static const QByteArray data = slipway::bench::generatedNotebook(60);
    return data;
}

const QByteArray& realWorld()
{
    static const QByteArray data = [] {
        QFile file(QStringLiteral(SLIPWAY_SHARED_DIR
                                  "/corpus/real-world/"
                                  "ageron__handson-ml3__08_dimensionality_reduction.ipynb"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return data;
}

const QByteArray& input(int which)
{
    return which == 0 ? generated() : realWorld();
}

void setLabel(benchmark::State& state, const QByteArray& data)
{
    state.SetBytesProcessed(int64_t(state.iterations()) * data.size());
    state.SetLabel(state.range(0) == 0 ? "generated 60 MB" : "real-world 4.2 MB");
}

void BM_Simdjson_Dom(benchmark::State& state)
{
    const QByteArray& data = input(int(state.range(0)));
    simdjson::dom::parser parser;
    const simdjson::padded_string padded(data.constData(), size_t(data.size()));
    for (auto _ : state) {
        simdjson::dom::element root;
        if (parser.parse(padded).get(root))
            state.SkipWithError("parse failed");
        benchmark::DoNotOptimize(root);
    }
    setLabel(state, data);
}

// On-Demand walks the document once and copies every value out, as the service's reader would.
size_t walk(simdjson::ondemand::value value)
{
    size_t count = 1;
    switch (value.type()) {
    case simdjson::ondemand::json_type::object:
        for (auto field : value.get_object()) {
            std::string_view key = field.unescaped_key();
            count += key.size() + walk(field.value());
        }
        break;
    case simdjson::ondemand::json_type::array:
        for (auto element : value.get_array())
            count += walk(element.value());
        break;
    case simdjson::ondemand::json_type::string: {
        std::string_view text = value.get_string();
        count += text.size();
        break;
    }
    default:
        count += value.raw_json_token().size();
    }
    return count;
}

void BM_Simdjson_OnDemand(benchmark::State& state)
{
    const QByteArray& data = input(int(state.range(0)));
    simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(data.constData(), size_t(data.size()));
    for (auto _ : state) {
        auto document = parser.iterate(padded);
        benchmark::DoNotOptimize(walk(document.get_value().value()));
    }
    setLabel(state, data);
}

void BM_RapidJson(benchmark::State& state)
{
    const QByteArray& data = input(int(state.range(0)));
    for (auto _ : state) {
        rapidjson::Document document;
        document.Parse<rapidjson::kParseNumbersAsStringsFlag>(data.constData(), size_t(data.size()));
        if (document.HasParseError())
            state.SkipWithError("parse failed");
        benchmark::DoNotOptimize(document);
    }
    setLabel(state, data);
}

void BM_Nlohmann(benchmark::State& state)
{
    const QByteArray& data = input(int(state.range(0)));
    for (auto _ : state) {
        auto document = nlohmann::json::parse(data.constData(), data.constData() + data.size());
        benchmark::DoNotOptimize(document);
    }
    setLabel(state, data);
}

BENCHMARK(BM_Simdjson_Dom)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Simdjson_OnDemand)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RapidJson)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Nlohmann)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void bigIntegerNote()
{
    const char* json = R"({"n": 123456789012345678901234567890, "f": 0.1})";
    simdjson::ondemand::parser parser;
    simdjson::padded_string padded(std::string_view{json});
    auto document = parser.iterate(padded);
    auto n = document["n"];
    const bool simdjsonBig = n.get_number_type().value() == simdjson::ondemand::number_type::big_integer;
    rapidjson::Document rapid;
    rapid.Parse<rapidjson::kParseNumbersAsStringsFlag>(json);
    const auto nlohmannValue = nlohmann::json::parse(json)["n"];
    std::printf(
        "big integer 123456789012345678901234567890: simdjson On-Demand %s; RapidJSON (numbers as strings) "
        "\"%s\"; nlohmann %s\n",
        simdjsonBig ? "reports big_integer with its raw digits" : "loses it", rapid["n"].GetString(),
        nlohmannValue.is_number_float() ? "turns it into a double (loses it)" : "keeps it");
}

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    bigIntegerNote();
    return 0;
}
