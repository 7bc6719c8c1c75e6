#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The man page and the completions as the package installs them (packaging/make-reference.py, run by the
# build): man renders the page without a warning and it has every command of `slipway --help`; zsh and fish
# parse their completions; bash's completes commands, verbs, options, option values, the steps and channels
# of a project's slipway.yaml. Usage: check-reference.sh SLIPWAY REFERENCE_DIR
set -euo pipefail
slipway=$(realpath "$1") ref=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() { # check NAME COMMAND…
    local name=$1
    shift
    if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}
export PATH="$(dirname "$slipway"):$PATH" LC_ALL=C.UTF-8

# The man page: no warning from groff, every command of --help has its section, options are there.
MANWIDTH=100 man --warnings -l "$ref/slipway.1" >"$work/man.txt" 2>"$work/man.err" || true
check "man renders without warnings" test ! -s "$work/man.err"
[[ -s $work/man.err ]] && sed 's/^/     | /' "$work/man.err"
commands=$("$slipway" --help | awk '/^Commands:/{on=1; next} /^$/{on=0} on && /^  [a-z]/{print $1}' | sort -u)
for c in $commands; do
    grep -qE "^   $c( |$)" "$work/man.txt" || { echo "FAIL man page has no section for $c"; failures=$((failures + 1)); }
done
check "man page lists strip's --keep-output and pipeline run's --dry-run" \
    bash -c 'grep -q -- "--keep-output" "$1" && grep -q -- "--dry-run" "$1"' _ "$work/man.txt"

# zsh and fish read their files (zsh's completion needs a terminal to drive, so it is parsed only).
check "zsh parses _slipway" zsh -n "$ref/zsh/_slipway"
check "fish parses slipway.fish" fish --no-execute "$ref/fish/slipway.fish"

# bash: what <TAB> offers, in a project with steps and channels.
project=$work/project
mkdir -p "$project"
cat >"$project/slipway.yaml" <<'YAML'
channels:
  unstable: {url: "https://pkgs.example.com/unstable/", upload: webdav}
  stable: {url: "https://pkgs.example.com/stable/", upload: webdav}
pipeline:
  steps:
    lint: {uses: lint}
    features: {run: [python3, features.py]}
YAML
complete_words() { # the words bash offers for the command line "$@" (the last word is being completed)
    (cd "$project" && source "$ref/bash/slipway" && COMP_WORDS=("$@") && COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) &&
        { _slipway || true; } && printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ')
}
offers() { # offers WHAT "OFFERED" "WANTED": the offered words contain every wanted word
    for w in $3; do
        [[ " $2 " == *" $w "* ]] || {
            echo "FAIL $1<TAB> offers [$2], not $w"
            failures=$((failures + 1))
            return
        }
    done
    echo "ok   $1<TAB>: $2"
}
expect() { offers "$1 ${3:-}" "$(complete_words $1 "${3:-}")" "$2"; } # expect "WORDS…" "WANTED" [PARTIAL]
expect "slipway" "pipeline strip convert channels"
expect "slipway" "pipeline" pi
expect "slipway pipeline" "run check graph export"
expect "slipway pipeline run" "lint features"
expect "slipway promote 1.0 --from" "unstable stable"
expect "slipway strip" "--keep-output --verify --textconv" --
expect "slipway pipeline graph --format" "dot mermaid json names"
expect "slipway pipeline export --to" "gitlab github jenkins"
expect "slipway filter" "install uninstall status"
expect "slipway filter install" "--global --attributes" --

# A hostile slipway.yaml: a name that would be a command substitution if the completion expanded it.
hostile=$work/hostile
mkdir -p "$hostile"
printf 'pipeline:\n  steps:\n    "$(touch %s/pwned)": {uses: lint}\n' "$work" >"$hostile/slipway.yaml"
(cd "$hostile" && source "$ref/bash/slipway" && COMP_WORDS=(slipway pipeline run "") && COMP_CWORD=3 && { _slipway || true; })
check "completing in a hostile project runs nothing it names" test ! -e "$work/pwned"

# fish: what `complete -C` (fish's own completion of a command line) offers, in the same project.
fish_expect() { # fish_expect "COMMAND LINE" "WANTED"
    offers "fish: $1" "$(cd "$project" && fish -c "source '$ref/fish/slipway.fish'; complete -C '$1'" | cut -f1 |
        sort | tr '\n' ' ')" "$2"
}
fish_expect "slipway pi" "pipeline"
fish_expect "slipway pipeline " "run check graph export"
fish_expect "slipway pipeline run " "lint features"
fish_expect "slipway publish --channel " "unstable stable"
fish_expect "slipway strip --keep-o" "--keep-output --keep-output-types"

((failures == 0)) || { echo "$failures failure(s)"; exit 1; }
