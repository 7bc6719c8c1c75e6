#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
# `tools/dev install-test [DEB]`: installs the .deb on a clean Debian 13 and uses it as a user would.
#
# The clean system is a debootstrap minbase root made once and kept unchanged ($cleanroot); every run works
# on a fresh copy of it, entered with bubblewrap as its root. In the copy: `apt-get install ./slipway_*.deb`
# (apt resolves the package's dependencies from the Debian mirror; recommended packages are left out, so the
# Depends alone must be enough), then the commands run as an ordinary user, the workbench under Xvfb takes a
# screenshot, and `apt-get purge` + `autoremove` must leave the file system as it was before the install.
# Runs as root (on the host, like `tools/dev setup`); prints each check and ends non-zero on any failure.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cache=${SLIPWAY_INSTALL_TEST_CACHE:-/var/cache/slipway}
cleanroot=$cache/cleanroot
archives=$cache/install-test-archives # downloaded .debs, kept between runs
out=$repo/build/package/install-test
suite=trixie
die() {
    echo "tools/dev install-test: $*" >&2
    exit 2
}
say() { echo "tools/dev install-test: $*" >&2; }
((EUID == 0)) || die "needs root (it makes and enters a Debian root): run it as root, like tools/dev setup."

deb=${1:-}
if [[ -z $deb ]]; then
    deb=$(ls -t "$repo"/build/package/slipway_*.deb 2>/dev/null | head -1 || true)
    [[ -n $deb ]] || die "no build/package/slipway_*.deb: run 'tools/dev package' first, or name the .deb."
fi
[[ -f $deb ]] || die "$deb: no such file"

# --- the clean base, made once ----------------------------------------------------------------------
if [[ ! -f $cleanroot/.slipway-clean ]]; then
    command -v debootstrap >/dev/null || die "debootstrap is missing on the host: run 'tools/dev setup' (it installs it)."
    mirror=${SLIPWAY_DEBIAN_MIRROR:-$( (grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}'
        grep -hs '^deb ' /etc/apt/sources.list | awk '{print $2}') | grep -v -- '-security' | grep -m1 '/debian/\?$' || true)}
    say "making the clean Debian 13 base at $cleanroot (debootstrap --variant=minbase, once)"
    rm -rf "$cleanroot.partial"
    mkdir -p "$cache"
    debootstrap --variant=minbase "$suite" "$cleanroot.partial" ${mirror:+"$mirror"} >"$cache/cleanroot-debootstrap.log" 2>&1 ||
        die "debootstrap failed (log: $cache/cleanroot-debootstrap.log): check the network to the Debian mirror."
    # No service starts inside (Xvfb is started by the test itself).
    printf '#!/bin/sh\nexit 101\n' >"$cleanroot.partial/usr/sbin/policy-rc.d"
    chmod 755 "$cleanroot.partial/usr/sbin/policy-rc.d"
    rm -rf "$cleanroot"
    mv "$cleanroot.partial" "$cleanroot"
    date -u +%FT%TZ >"$cleanroot/.slipway-clean"
fi

# --- a fresh copy ------------------------------------------------------------------------------------
work=$(mktemp -d /var/tmp/slipway-install-test.XXXXXX)
[[ ${SLIPWAY_INSTALL_TEST_KEEP:-0} == 1 ]] && echo "tools/dev install-test: keeping $work" >&2 || trap 'rm -rf "$work"' EXIT
root=$work/root
say "copying the clean base"
cp -a "$cleanroot" "$root"
mkdir -p "$archives/partial" "$out"
cp "$deb" "$root/tmp/"
debname=$(basename "$deb")
inside() {
    bwrap --bind "$root" / --proc /proc --dev /dev --tmpfs /dev/shm --die-with-parent \
        --bind "$archives" /var/cache/apt/archives --ro-bind /etc/resolv.conf /etc/resolv.conf --clearenv \
        --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin --setenv HOME /root \
        --setenv LANG C.UTF-8 --setenv DEBIAN_FRONTEND noninteractive "$@"
}
failures=0
check() { # check NAME COMMAND…: runs it in the copy, shows its output, says ok or FAIL
    local name=$1 status=0
    shift
    echo "\$ $name"
    inside "$@" 2>&1 | sed 's/^/    /' || status=$?
    ((status == 0)) && echo "ok   $name" || {
        echo "FAIL $name (exit $status)"
        failures=$((failures + 1))
    }
}

say "apt-get update in the copy"
inside apt-get update -qq >"$work/update.log" 2>&1 || {
    cat "$work/update.log" >&2
    die "apt-get update failed in the clean root: check the network to the Debian mirror."
}
# The test's own tools (a display for the workbench, a user), before the snapshot that the removal is
# compared with.
inside apt-get install -y -qq --no-install-recommends xvfb xauth locales >"$work/tools.log" 2>&1 || {
    cat "$work/tools.log" >&2
    die "could not install xvfb and locales into the clean root"
}
inside bash -c 'echo "de_DE.UTF-8 UTF-8" >/etc/locale.gen && locale-gen >/dev/null'
inside useradd --create-home --uid 1000 --shell /bin/bash tester
snapshot() { # every path with its type, size and content hash, but the places that change on their own
    inside bash -c 'find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /run \
        -o -path /var/cache -o -path /var/log -o -path /var/lib/apt -o -path /var/lib/dpkg -o -path /home/tester \
        -o -path /root \) -prune -o -type d -printf "d %p\n" -o -printf "%y %s %p\n" | sort'
}
snapshot >"$work/before.txt"
inside dpkg-query -W -f '${Package}\n' | sort >"$work/packages-before.txt"

echo "== install: apt-get install ./$debname (Depends only)"
start=$(date +%s)
check "apt-get install ./$debname" bash -c "apt-get install -y --no-install-recommends /tmp/$debname >/tmp/install.log 2>&1 || { tail -30 /tmp/install.log; exit 1; }; grep -E '^(Need to get|After this operation|[0-9]+ upgraded)' /tmp/install.log"
echo "    (took $(($(date +%s) - start)) s)"
check "dpkg -L slipway" bash -c "dpkg -L slipway | grep -E 'bin/|libexec/|\\.desktop|metainfo|man1|completion|vendor|translations/|scalable|256x256'"

echo "== use, as a user"
check "slipway --version" setpriv --reuid=1000 --regid=1000 --init-groups env HOME=/home/tester slipway --version
check "slipway sample" setpriv --reuid=1000 --regid=1000 --init-groups env HOME=/home/tester bash -c \
    'set -o pipefail; cd ~ && slipway sample churn && git -C churn log --oneline | head -3'
check "slipway strip" setpriv --reuid=1000 --regid=1000 --init-groups env HOME=/home/tester bash -c \
    'set -o pipefail; cd ~/churn && nb=$(git ls-files "*.ipynb" | head -1) && echo "$nb" && slipway strip -t "$nb" >/tmp/stripped.ipynb && head -c 300 /tmp/stripped.ipynb && echo && ! slipway strip --verify "$nb" && slipway strip "$nb" && slipway strip --verify "$nb" && git status --short'
check "slipway version" setpriv --reuid=1000 --regid=1000 --init-groups env HOME=/home/tester slipway version /home/tester/churn
check "slipway pipeline check" setpriv --reuid=1000 --regid=1000 --init-groups env HOME=/home/tester \
    slipway pipeline check /home/tester/churn
check "German messages (LANG=de_DE.UTF-8)" setpriv --reuid=1000 --regid=1000 --init-groups env HOME=/home/tester \
    LANG=de_DE.UTF-8 bash -c 'set -o pipefail; slipway version --help | head -4'
check "man page" bash -c 'set -o pipefail; zcat /usr/share/man/man1/slipway.1.gz | grep -c "^\.SS" | sed "s/$/ command sections/"'
check "bash completion" setpriv --reuid=1000 --regid=1000 --init-groups env HOME=/home/tester bash -c \
    'cd ~/churn && source /usr/share/bash-completion/completions/slipway &&
     COMP_WORDS=(slipway pip); COMP_CWORD=1; _slipway; echo "slipway pip<TAB>: ${COMPREPLY[*]}"; [[ ${COMPREPLY[*]} == pipeline ]] &&
     COMP_WORDS=(slipway pipeline run ""); COMP_CWORD=3; _slipway; echo "slipway pipeline run <TAB>: ${COMPREPLY[*]}"; [[ ${COMPREPLY[*]} == *lint* ]]'
check "workbench under Xvfb (--screenshot)" setpriv --reuid=1000 --regid=1000 --init-groups env HOME=/home/tester bash -c \
    'xvfb-run -a -s "-screen 0 1280x800x24" slipway --screenshot /tmp/installed-workbench.png /home/tester/churn; test -s /tmp/installed-workbench.png && echo "screenshot: $(stat -c %s /tmp/installed-workbench.png) bytes"'
cp "$root/tmp/installed-workbench.png" "$out/" 2>/dev/null || true
check "the workbench opens a notebook" setpriv --reuid=1000 --regid=1000 --init-groups env HOME=/home/tester bash -c \
    'nb=$(ls /home/tester/churn/notebooks/*.ipynb | head -1); xvfb-run -a -s "-screen 0 1280x800x24" slipway --screenshot /tmp/installed-notebook.png "$nb" >/dev/null 2>&1; test -s /tmp/installed-notebook.png && echo "opened $nb"'
cp "$root/tmp/installed-notebook.png" "$out/" 2>/dev/null || true

echo "== remove: apt-get purge slipway, autoremove"
check "apt-get purge slipway && apt-get autoremove --purge" bash -c \
    'apt-get purge -y slipway >/tmp/remove.log 2>&1 && apt-get autoremove --purge -y >>/tmp/remove.log 2>&1 || { tail -20 /tmp/remove.log; exit 1; }; grep -cE "^(Removing|Purging)" /tmp/remove.log | sed "s/$/ removals and purges/"'
snapshot >"$work/after.txt"
inside dpkg-query -W -f '${Package}\n' | sort >"$work/packages-after.txt"
# What apt keeps on purpose: a package the install pulled in that a package of the base system recommends
# (libc6 recommends libidn2-0, debconf recommends perl…) is not auto-removed (APT::AutoRemove::RecommendsImportant),
# nor what those depend on. They are named with who wants them; their files, and the linker's cache that
# lists their libraries, are theirs, not Slipway's. Anything else left over fails.
kept=$(comm -13 "$work/packages-before.txt" "$work/packages-after.txt")
echo /etc/ld.so.cache >"$work/kept-files.txt"
for package in $kept; do
    why=$(inside apt-cache rdepends --installed --no-conflicts --no-breaks --no-replaces --no-enhances "$package" |
        tail -n +3 | tr -d ' |' | sort -u | tr '\n' ' ')
    echo "     kept by apt: $package (wanted by: ${why:-nothing?})"
    [[ -n $why ]] || failures=$((failures + 1))
    inside dpkg-query -L "$package" >>"$work/kept-files.txt"
done
diff "$work/before.txt" "$work/after.txt" | grep '^[<>]' | awk 'NR == FNR {kept[$0] = 1; next} !kept[$NF]' \
    "$work/kept-files.txt" - >"$work/left.txt" || true
if [[ ! -s $work/left.txt ]]; then
    echo "ok   nothing left behind (every file outside /home, /tmp, /var/cache, /var/log and apt's and dpkg's own state is as before, but those of the packages apt keeps)"
else
    echo "FAIL files differ after the removal:"
    sed 's/^</    gone:/; s/^>/    left:/' "$work/left.txt" | head -200
    failures=$((failures + 1))
fi
echo "== $(du -k "$deb" | cut -f1) KiB $debname; screenshots in ${out#"$repo"/}/"
((failures == 0)) || die "$failures check(s) failed"
echo "tools/dev install-test: all checks passed"
