#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
# tools/dev as a new user meets it on a fresh machine: an empty HOME (no ~/.cache), no HOME at all, no state
# folder, and a Debian mirror that cannot be reached. Runs outside the dev root (it runs tools/dev itself),
# as .ci/run does before the test suite. Needs root for the setup case (as `tools/dev setup` does).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { # check NAME COMMAND…: runs it, says ok or FAIL
    local name=$1
    shift
    if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}
base_path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

# 1. No HOME at all: the script must not abort on the unset variable.
check "help without HOME" bash -c 'env -i PATH="$1" "$2/tools/dev" help >/dev/null' _ "$base_path" "$repo"

# 2. An empty HOME: the state folder (ccache, sandbox home) is made on first use.
mkdir -p "$work/home"
check "exec with an empty HOME" bash -c 'env -i PATH="$1" HOME="$2" "$3/tools/dev" exec true' \
    _ "$base_path" "$work/home" "$repo"
check "state folder made" test -d "$work/home/.cache/slipway-dev/ccache"

# 3. A new dev root whose debootstrap fails (an unreachable mirror, here a stand-in that fails as
#    debootstrap does): exit 2, and the message names a log that exists and holds debootstrap's words.
if ((EUID == 0)); then
    mkdir -p "$work/bin" "$work/home2"
    printf '#!/bin/sh\necho "E: Failed getting release file http://unreachable.invalid/debian/dists/trixie/Release"\nexit 1\n' \
        >"$work/bin/debootstrap"
    chmod +x "$work/bin/debootstrap"
    set +e
    out=$(env -i PATH="$work/bin:$base_path" HOME="$work/home2" SLIPWAY_FORCE_DEVROOT=1 \
        SLIPWAY_DEVROOT="$work/root" "$repo/tools/dev" setup 2>&1)
    status=$?
    set -e
    echo "$out" | sed 's/^/     | /'
    check "setup fails with exit 2" test "$status" -eq 2
    log=$(sed -n 's/.*(log: \([^)]*\)).*/\1/p' <<<"$out" | head -n1)
    check "the log it names exists" test -f "$log"
    check "the log holds debootstrap's error" grep -q "Failed getting release file" "$log"
    check "no half-made root left as the root" test ! -e "$work/root/.slipway-stamp"
else
    echo "skip setup with a failing debootstrap (needs root)"
fi

((failures == 0)) || { echo "tools/dev on a fresh machine: $failures check(s) failed" >&2; exit 1; }
