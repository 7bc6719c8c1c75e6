// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the notebook reader, the stripper (default and keep-everything
// options), the writer and the Zeppelin path. Crashes, sanitizer reports and broken invariants are findings;
// errors returned as values are the expected outcome for most inputs.
#include "services/notebook/Json.h"
#include "services/notebook/Notebook.h"
#include "services/notebook/Strip.h"

#include <cstdint>
#include <cstdlib>

using namespace slipway;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void stripAndWrite(const QByteArray& bytes, const notebook::StripOptions& options)
{
    auto parsed = notebook::parseNotebook(bytes, QStringLiteral("fuzz.ipynb"));
    if (!parsed)
        return;
    if (!notebook::strip(*parsed, options))
        return;
    const auto written = notebook::serializeNotebook(*parsed);
    if (!written)
        return;
    // What Slipway writes, it reads back, and stripping it again changes nothing.
    auto reread = notebook::parseNotebook(*written, QStringLiteral("fuzz-again.ipynb"));
    check(bool(reread));
    const auto report = notebook::strip(*reread, options);
    check(bool(report) && !report->changed);
    check(notebook::serializeNotebook(*reread).value_or(QByteArray()) == *written);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = json::paddedBuffer(qsizetype(size));
    bytes.append(reinterpret_cast<const char*>(data), qsizetype(size));

    stripAndWrite(bytes, {});
    notebook::StripOptions keep;
    keep.keepOutput = true;
    keep.keepCount = true;
    keep.keepId = true;
    keep.dropEmptyCells = true;
    keep.maxSize = 100;
    stripAndWrite(bytes, keep);

    if (const auto value = json::parse(bytes, QStringLiteral("fuzz.json"))) {
        std::string out;
        json::write(*value, {}, out);
    }
    (void)notebook::stripZeppelin(bytes, QStringLiteral("fuzz.zpln"));
    return 0;
}
