// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a percent script, a Databricks source file and a notebook to convert.
// Crashes, sanitizer reports and broken invariants are findings; errors returned as values are expected.
#include "services/notebook/Convert.h"
#include "services/notebook/Notebook.h"

#include <cstdint>
#include <cstdlib>

using namespace slipway;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// A notebook Slipway made converts to text, and that text reads back into a notebook.
void throughScripts(const notebook::Notebook& notebook)
{
    if (auto percent = notebook::toPercentScript(notebook)) {
        auto back = notebook::fromPercentScript(*percent, QStringLiteral("fuzz.py"));
        check(bool(back) || !QUtf8StringView(*percent).isValidUtf8());
        if (back)
            check(bool(notebook::serializeNotebook(*back)));
    }
    if (auto databricks = notebook::toDatabricksSource(notebook)) {
        auto back = notebook::fromDatabricksSource(*databricks, QStringLiteral("fuzz.py"));
        check(bool(back) || !QUtf8StringView(*databricks).isValidUtf8());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)notebook::detectScriptFormat(bytes);
    if (auto fromPercent = notebook::fromPercentScript(bytes, QStringLiteral("fuzz.py")))
        throughScripts(*fromPercent);
    if (auto fromDatabricks = notebook::fromDatabricksSource(bytes, QStringLiteral("fuzz.py")))
        throughScripts(*fromDatabricks);
    if (auto parsed = notebook::parseNotebook(bytes, QStringLiteral("fuzz.ipynb"), true))
        throughScripts(*parsed);
    return 0;
}
