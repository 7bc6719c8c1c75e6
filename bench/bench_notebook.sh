#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The notebook commands and `version` against their peers, as users run them: whole processes, alternating
# with the peer in one run, medians (../shared/bench/ab.py). Prints a Markdown table, the README's.
# Usage: bench/bench_notebook.sh SLIPWAY [RUNS]   (tools/dev bench runs it on the release build)
set -euo pipefail
slipway=$(realpath "$1")
runs=${2:-11}
here=$(cd "$(dirname "$0")/.." && pwd)
ab=$(realpath "$here/../shared/bench/ab.py")
work=$here/build/release/bench-work
python3 "$here/bench/make_inputs.py" "$work"
big=$work/big.ipynb
# A 62 KB real notebook of the corpus, copied: nbstripout opens its files for writing even with -t.
small=$work/small.ipynb
install -m 644 "$here/../shared/corpus/real-world/huggingface__notebooks__examples--segment_anything.ipynb" "$small"
history=$work/history

# row LABEL PEER SLIPWAY: one line of the table (medians in ms and the ratio peer/Slipway).
row() {
    local result
    result=$(python3 "$ab" "$runs" "$2" "$3")
    read -r peer ours ratio <<<"$result"
    printf '| %s | %s | %s | **%s×** |\n' "$1" "$peer" "$ours" "$ratio"
}

echo "Notebook commands and version against their peers ($(date -u +%F), $(nproc) cores, medians of $runs):"
echo
echo '| command | peer | Slipway | Slipway is |'
echo '| --- | --- | --- | --- |'
row 'strip -t FILE, 60 MB generated (nbstripout -t)' "nbstripout -t $big" "$slipway strip -t $big"
row 'strip -t FILE, 62 KB real (nbstripout -t)' "nbstripout -t $small" "$slipway strip -t $small"
row 'strip < FILE (stdin), 60 MB (nbstripout)' "sh -c 'exec nbstripout < $big'" "sh -c 'exec $slipway strip < $big'"
row 'strip < FILE (stdin), 62 KB (nbstripout)' "sh -c 'exec nbstripout < $small'" "sh -c 'exec $slipway strip < $small'"
row 'strip from a pipe, 62 KB (nbstripout)' "sh -c 'cat $small | nbstripout'" "sh -c 'cat $small | $slipway strip'"
row 'convert --to py:percent -o -, 60 MB (jupytext)' "jupytext --quiet --to py:percent -o - $big" \
    "$slipway convert --to py:percent -o - $big"
row 'convert --to py:percent -o -, 62 KB (jupytext)' "jupytext --quiet --to py:percent -o - $small" \
    "$slipway convert --to py:percent -o - $small"
(cd "$history"
row 'version, 10,000 commits, 200 tags (python3 -m setuptools_scm)' "python3 -m setuptools_scm" "$slipway version"
row 'start-up: --version (python3 -c pass)' "python3 -c pass" "$slipway --version")

# The Changes dock's status refresh in process (bench_git, Google Benchmark) against `git status` as a
# process, in the same run.
if [[ -x $here/build/release/bench/bench_git ]]; then
    "$here/build/release/bench/bench_git" --benchmark_filter='BM_GitStatusPorcelain|BM_SlipwayStatus/' \
        --benchmark_format=json 2>/dev/null | python3 -c '
import json, sys
times = {b["name"].split("/")[0]: b["real_time"] for b in json.load(sys.stdin)["benchmarks"]}
git, ours = times["BM_GitStatusPorcelain"], times["BM_SlipwayStatus"]
print(f"| status refresh, 50,000 files, 2,000 changed (git status --porcelain; bench_git, in process) "
      f"| {git:.1f}ms | {ours:.1f}ms | **{git / ours:.2f}×** |")'
fi
