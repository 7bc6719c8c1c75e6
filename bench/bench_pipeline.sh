#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The pipeline on 200 steps (20 layers of 10, each step needing two of the layer before; each writes a
# file from what it needs), measured as whole processes (medians, ../shared/bench/ab.py):
# - a fully cached run (`slipway pipeline run`, every step cached) against ninja's no-op on the same graph
#   (build.ninja with the same 200 edges, every output up to date): the gold standard of "nothing to do";
# - `slipway pipeline check` (read, validate, order) against PyYAML merely loading the same file;
# - the layout: `slipway pipeline graph --format dot` piped to `dot -Tjson` against dot alone on that DOT.
# Usage: bench/bench_pipeline.sh SLIPWAY [N]   (tools/dev exec, release build)
set -euo pipefail
slipway=$(realpath "$1")
n=${2:-7}
src=$(cd "$(dirname "$0")/.." && pwd)
ab="python3 $src/../shared/bench/ab.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q .
{
    echo "pipeline:"
    echo "  steps:"
    for layer in $(seq 0 19); do
        for i in $(seq 0 9); do
            if ((layer == 0)); then
                echo "    s${layer}_$i: {run: [bash, -c, \"echo $layer $i > out/s${layer}_$i\"], outputs: [out/s${layer}_$i]}"
            else
                a="s$((layer - 1))_$i" b="s$((layer - 1))_$(((i + 1) % 10))"
                echo "    s${layer}_$i: {run: [bash, -c, \"cat out/$a out/$b > out/s${layer}_$i\"], needs: [$a, $b], outputs: [out/s${layer}_$i]}"
            fi
        done
    done
} > slipway.yaml
mkdir -p out ninja/out
{
    echo "rule first"
    echo "  command = echo \$text > \$out"
    echo "rule join"
    echo "  command = cat \$in > \$out"
    for layer in $(seq 0 19); do
        for i in $(seq 0 9); do
            if ((layer == 0)); then
                echo "build out/s${layer}_$i: first"
                echo "  text = $layer $i"
            else
                echo "build out/s${layer}_$i: join out/s$((layer - 1))_$i out/s$((layer - 1))_$(((i + 1) % 10))"
            fi
        done
    done
} > ninja/build.ninja
(cd ninja && ninja -j2 >/dev/null)
"$slipway" pipeline run --trust >/dev/null 2>&1
echo "pipeline, 200 steps, every one cached: ninja (no-op) vs slipway pipeline run"
$ab "$n" "ninja -C $work/ninja" "$slipway pipeline run --trust $work"
echo "pipeline, 200 steps, read and checked: python3 + PyYAML (load only) vs slipway pipeline check"
$ab "$n" "python3 -c 'import yaml; yaml.safe_load(open(\"$work/slipway.yaml\"))'" "$slipway pipeline check $work"
"$slipway" pipeline graph "$work" > graph.dot
echo "pipeline, 200 steps, laid out: dot -Tjson on the DOT vs slipway pipeline graph | dot -Tjson"
$ab "$n" "dot -Tjson -o /dev/null $work/graph.dot" "bash -c '$slipway pipeline graph $work | dot -Tjson -o /dev/null'"
