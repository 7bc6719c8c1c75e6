#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Creates the sample project with `slipway sample` and checks it with the real tools: pytest, flake8,
# nbformat's validator, and setuptools_scm (the version it reads from the v0.1.0 tag plus one commit).
set -euo pipefail
slipway=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$slipway" sample "$work/churn"
cd "$work/churn"

PYTHONPATH=src python3 -m pytest -q -p no:cacheprovider
python3 -m flake8 src tests scripts
"$slipway" pipeline check
python3 - <<'PY'
import nbformat
nb = nbformat.read("notebooks/explore.ipynb", as_version=4)
nbformat.validate(nb)
kinds = {o["output_type"] for c in nb.cells if c.cell_type == "code" for o in c.outputs}
assert {"stream", "execute_result", "display_data"} <= kinds, kinds
assert any("image/png" in o.get("data", {}) for c in nb.cells if c.cell_type == "code" for o in c.outputs)
assert any(o.get("name") == "stderr" for c in nb.cells if c.cell_type == "code" for o in c.outputs)
print("notebook ok:", len(nb.cells), "cells")
PY
version=$(python3 -m setuptools_scm)
echo "setuptools_scm: $version"
[[ $version == 0.1.1.dev1+g* ]] || { echo "unexpected version $version (want 0.1.1.dev1+g…)" >&2; exit 1; }
[[ $(git describe --tags --long) == v0.1.0-1-g* ]]
[[ -z $(git status --porcelain) ]] || { echo "the sample repository is not clean:" >&2; git status --short >&2; exit 1; }
