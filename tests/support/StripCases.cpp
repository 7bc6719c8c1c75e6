// SPDX-FileCopyrightText: 2026 The Slipway authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/StripCases.h"

#include "tests/support/TestSupport.h"

namespace slipway::test {

QList<StripCase> stripCases()
{
    // Input, flags, expected output, as the MANIFEST's table lists them.
    return {
        {"drop_empty_cells dontdrop",
         QStringLiteral("test_drop_empty_cells.ipynb"),
         {},
         QStringLiteral("test_drop_empty_cells_dontdrop.ipynb.expected")},
        {"drop_empty_cells",
         QStringLiteral("test_drop_empty_cells.ipynb"),
         {QStringLiteral("--drop-empty-cells")},
         QStringLiteral("test_drop_empty_cells.ipynb.expected")},
        {"drop_tagged_cells dontdrop",
         QStringLiteral("test_drop_tagged_cells.ipynb"),
         {},
         QStringLiteral("test_drop_tagged_cells_dontdrop.ipynb.expected")},
        {"drop_tagged_cells",
         QStringLiteral("test_drop_tagged_cells.ipynb"),
         {QStringLiteral("--drop-tagged-cells"), QStringLiteral("test")},
         QStringLiteral("test_drop_tagged_cells.ipynb.expected")},
        {"execution_timing",
         QStringLiteral("test_execution_timing.ipynb"),
         {},
         QStringLiteral("test_execution_timing.ipynb.expected")},
        {"max_size keep-id",
         QStringLiteral("test_max_size.ipynb"),
         {QStringLiteral("--max-size"), QStringLiteral("50"), QStringLiteral("--keep-id")},
         QStringLiteral("test_max_size.ipynb.expected")},
        {"max_size",
         QStringLiteral("test_max_size.ipynb"),
         {QStringLiteral("--max-size"), QStringLiteral("50")},
         QStringLiteral("test_max_size.ipynb.expected_sequential_id")},
        {"empty_metadata",
         QStringLiteral("test_empty_metadata.ipynb"),
         {},
         QStringLiteral("test_empty_metadata.ipynb.expected")},
        {"metadata",
         QStringLiteral("test_metadata.ipynb"),
         {},
         QStringLiteral("test_metadata.ipynb.expected")},
        {"metadata extra-keys",
         QStringLiteral("test_metadata.ipynb"),
         {QStringLiteral("--extra-keys"), QStringLiteral("metadata.kernelspec metadata.language_info")},
         QStringLiteral("test_metadata_extra_keys.ipynb.expected")},
        {"metadata keep-count",
         QStringLiteral("test_metadata.ipynb"),
         {QStringLiteral("--keep-count")},
         QStringLiteral("test_metadata_keep_count.ipynb.expected")},
        {"metadata keep-output",
         QStringLiteral("test_metadata.ipynb"),
         {QStringLiteral("--keep-output")},
         QStringLiteral("test_metadata_keep_output.ipynb.expected")},
        {"metadata keep-output keep-count",
         QStringLiteral("test_metadata.ipynb"),
         {QStringLiteral("--keep-output"), QStringLiteral("--keep-count")},
         QStringLiteral("test_metadata_keep_output_keep_count.ipynb.expected")},
        {"metadata_notebook",
         QStringLiteral("test_metadata_notebook.ipynb"),
         {},
         QStringLiteral("test_metadata_notebook.ipynb.expected")},
        {"keep_metadata_keys",
         QStringLiteral("test_keep_metadata_keys.ipynb"),
         {QStringLiteral("--keep-metadata-keys"),
          QStringLiteral("cell.metadata.scrolled cell.metadata.collapsed metadata.a")},
         QStringLiteral("test_keep_metadata_keys.ipynb.expected")},
        {"metadata_period",
         QStringLiteral("test_metadata_period.ipynb"),
         {QStringLiteral("--extra-keys"), QStringLiteral("cell.metadata.application/vnd.databricks.v1+cell "
                                                         "metadata.application/vnd.databricks.v1+notebook")},
         QStringLiteral("test_metadata_period.ipynb.expected")},
        {"strip_init_cells",
         QStringLiteral("test_strip_init_cells.ipynb"),
         {QStringLiteral("--strip-init-cells")},
         QStringLiteral("test_strip_init_cells.ipynb.expected")},
        {"nbformat2",
         QStringLiteral("test_nbformat2.ipynb"),
         {},
         QStringLiteral("test_nbformat2.ipynb.expected")},
        {"nbformat45 keep-id",
         QStringLiteral("test_nbformat45.ipynb"),
         {QStringLiteral("--keep-id")},
         QStringLiteral("test_nbformat45.ipynb.expected")},
        {"nbformat45",
         QStringLiteral("test_nbformat45.ipynb"),
         {},
         QStringLiteral("test_nbformat45.ipynb.expected_sequential_id")},
        {"missing_nbformat",
         QStringLiteral("test_missing_nbformat.ipynb"),
         {},
         QStringLiteral("test_missing_nbformat.ipynb.expected")},
        {"unicode", QStringLiteral("test_unicode.ipynb"), {}, QStringLiteral("test_unicode.ipynb.expected")},
        {"widgets", QStringLiteral("test_widgets.ipynb"), {}, QStringLiteral("test_widgets.ipynb.expected")},
        {"zeppelin",
         QStringLiteral("test_zeppelin.zpln"),
         {QStringLiteral("--mode"), QStringLiteral("zeppelin")},
         QStringLiteral("test_zeppelin.zpln.expected")},
    };
}

QString e2eFile(const QString& name)
{
    return sharedDir() + u"/corpus/nbstripout-tests/e2e_notebooks/" + name;
}

} // namespace slipway::test
