#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Creates the git repositories tst_scm_version computes versions of, one folder each under $1, with the
# real git. Every situation setuptools_scm treats differently has one: tags exact and behind, dirty trees,
# no tags, pre-releases, prefixes, tags that are not versions, two tags on a commit, merges, branches.
set -euo pipefail
out=$1
mkdir -p "$out"
export GIT_CONFIG_NOSYSTEM=1 HOME="$out/.home" GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=test@test.invalid \
    GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=test@test.invalid
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global tag.gpgSign false
git config --global commit.gpgSign false

clock=1700000000
tick() {
    clock=$((clock + 3600))
    export GIT_AUTHOR_DATE="@$clock +0100" GIT_COMMITTER_DATE="@$clock +0100"
}
repo() {
    cd "$out" && git init -q "$1" && cd "$1"
    echo "print('hello')" > module.py
    git add module.py
    tick
    git commit -qm "first"
}
commit() { # commit [N]: N more commits, each changing $file (module.py unless set)
    local n=${1:-1} f=${file:-module.py}
    for ((i = 0; i < n; i++)); do
        echo "change $clock $i" >> "$f"
        git add "$f"
        tick
        git commit -qm "change $i"
    done
}
tag() { tick; git tag "$@"; }
atag() { tick; git tag -a -m "release $1" "$@"; }

repo exact; tag 1.0.0
repo exact-annotated; commit 2; atag 1.2.0
repo distance; tag 1.0.0; commit 3
repo dirty; tag 1.0.0; commit 2; echo dirty >> module.py
repo dirty-on-tag; tag 1.0.0; echo dirty >> module.py
repo staged; tag 1.0.0; echo new > staged.py; git add staged.py
repo untracked-only; tag 1.0.0; echo new > untracked.py
repo deleted; tag 1.0.0; commit; rm module.py
repo no-tags; commit 4
repo no-tags-dirty; commit 2; echo dirty >> module.py
repo rc-distance; tag 1.0.0rc1; commit 2
repo rc-spelled; tag 2.0-RC-2; commit 1
repo beta-exact; tag 3.1b2
repo v-prefix; tag v2.1; commit 1
repo v-prefix-exact; atag V2.1.3
repo word-prefix; tag churn-1.4; commit 2
repo non-version-tags; tag 1.0; commit 1; tag deploy; tag latest
repo two-tags-lightweight; commit 1; tag 1.0; tag 1.0.1
repo two-tags-annotated-newer; commit 1; atag 1.5; atag 1.6
repo two-tags-mixed; commit 1; atag 2.0; tag 2.1
repo annotated-then-lightweight; atag 1.0; commit 2; tag 1.1; commit 1
repo post-tag; tag 1.0.post1; commit 2
repo dev0-tag; tag 2.0.dev0; commit 3
repo epoch; tag 1!1.0; commit 1
repo local-suffix-tag; tag 1.3+build.7; commit 1
repo debian-prefix; tag debian/1.2-1; commit 1
repo four-parts; tag 1.2.3.4; commit 1
repo merge; tag 1.0; git checkout -qb feature; file=feature.py commit 2; git checkout -q main; commit 1
tick; git merge -q --no-ff -m merge feature
repo merge-tag-on-branch; git checkout -qb side; file=side.py commit 1; tag 0.9; git checkout -q main; commit 2; tick
git merge -q --no-ff -m merge side; commit 1
repo detached; tag 1.0; commit 2; git checkout -q --detach HEAD~1
repo release-branch; tag 1.0.0; git checkout -qb release/1.0; commit 2
repo release-branch-other; tag 1.0.0; git checkout -qb release/2.3; commit 1
repo feature-branch; tag 1.1.0; git checkout -qb feature/login; commit 1
repo many-commits; tag 0.1; commit 30; tag 0.2; commit 40

# Packed histories: git abbreviates by the number of packed objects (18,000 here: 8 hex digits).
repo packed-small; tag 1.0; commit 3; git gc -q
cd "$out" && git init -q packed-large && cd packed-large
for ((i = 1; i <= 6000; i++)); do
    printf 'commit refs/heads/main\nmark :%d\ncommitter Test <test@test.invalid> %d +0000\ndata 2\nc\n' $i $((1700000000 + i))
    if ((i > 1)); then printf 'from :%d\n' $((i - 1)); fi
    printf 'M 644 inline f\ndata %d\n%d\n\n' $((${#i} + 1)) $i
    if ((i % 500 == 0 && i < 6000)); then printf 'reset refs/tags/v1.%d\nfrom :%d\n\n' $((i / 500)) $i; fi
done | git fast-import --quiet
git reset -q --hard

# No commit at all: setuptools_scm falls back to 0.0 with no node.
cd "$out" && git init -q unborn

# Fails in setuptools_scm and must fail in Slipway too: a tag with digits that is no version.
repo bad-dev-tag; tag 1.0.dev3; commit 1
repo not-a-version; tag build42; commit 1
