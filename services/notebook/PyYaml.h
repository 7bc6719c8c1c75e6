// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/core/Error.h"
#include "services/notebook/Json.h"

#include <string>
#include <string_view>

// YAML as jupytext writes and reads it in script headers, i.e. as PyYAML does.
namespace slipway::notebook::yaml {

// yaml.safe_dump(value, default_flow_style=False): block style, keys sorted, ASCII only (other characters
// escaped in double quotes), strings quoted exactly when PyYAML quotes them, long scalars folded at 80
// columns. Ends with a newline.
std::string safeDump(const json::Value& value);

// yaml.safe_load(text) as a JSON value: plain scalars typed by YAML 1.1's rules as PyYAML resolves them
// (yes/no/on/off are booleans, 0x1f and 0o17 integers, ~ null); timestamps stay strings. Errors name
// `path` and the line.
Result<json::Value> safeLoad(std::string_view text, const QString& path);

} // namespace slipway::notebook::yaml
