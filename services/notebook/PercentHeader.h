// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the percent reader: the script's header, and the metadata filters a read notebook records.
#include "services/core/Error.h"
#include "services/notebook/ConvertCells.h"
#include "services/notebook/ScriptText.h"

#include <optional>

namespace slipway::notebook::percent {

// header_to_metadata_and_cell(): the commented YAML header, split into the `jupyter:` metadata and the rest
// (which becomes a raw cell, as jupytext keeps front matter).
struct Header
{
    json::Value metadata = json::Value(json::Value::Object{});
    bool hasJupyterSection = false;
    std::optional<convert::Cell> cell;
    size_t next = 0;
};

Result<Header> readHeader(const script::Lines& lines, std::string_view comment, bool python,
                          const QString& path);

// metadata["jupytext"], made an object when it is not one.
json::Value& jupytextSection(json::Value& metadata);

// update_metadata_filters(): the notebook records which metadata its script carried, so that writing it again
// gives the same script.
void updateMetadataFilters(json::Value& metadata, bool hasJupyterSection,
                           const std::vector<convert::Cell>& cells);

} // namespace slipway::notebook::percent
