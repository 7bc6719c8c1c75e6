#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""clazy and clang-tidy over the project's translation units, skipping those whose input did not change.

Both read the build's compile commands (clazy-standalone: Qt's own checks, levels 0 and 1; clang-tidy: the
checks in .clang-tidy). Together they take ~13 s a file here (Qt's headers), so a whole run is ~25 minutes
on two cores. A file that was clean is remembered under a key made of both tools' versions, their
configuration and the file's preprocessed text (the checkout's path replaced, so that another clone of the
same sources hits the same key); only files with no remembered clean run are analysed. Findings are never
remembered: a file with a finding is analysed again next time.

Usage: analyze.py BUILD_DIR [--jobs N] [--cache DIR] [--all]
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys

PROJECT_DIRS = ("app", "services", "models", "widgets", "tests", "bench", "fuzz")
# non-pod-global-static (level 1) is left out: file-local static QStrings and regexes are deliberate here.
CLAZY_CHECKS = "level1,no-non-pod-global-static"
# GCC's compile commands, read by clang: libgit2's GIT_*_OPTIONS_INIT macros set the first fields only.
CLANG_EXTRA = ["--extra-arg=-Wno-missing-field-initializers", "--extra-arg=-Wno-unknown-warning-option"]


def translation_units(build_dir, root):
    with open(os.path.join(build_dir, "compile_commands.json"), encoding="utf-8") as f:
        commands = json.load(f)
    units = []
    for entry in commands:
        path = os.path.realpath(os.path.join(entry["directory"], entry["file"]))
        relative = os.path.relpath(path, root)
        if relative.startswith(PROJECT_DIRS) and relative.endswith(".cpp") and "_autogen" not in relative:
            units.append((relative, entry))
    return sorted(units, key=lambda unit: unit[0])


def preprocess(entry):
    """The unit's preprocessed text, without line markers (they hold absolute paths)."""
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    out = []
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg == "-o":
            skip = True
            continue
        if arg in ("-c", "-MD") or arg.startswith(("-MF", "-MT")):
            if arg in ("-MF", "-MT"):
                skip = True
            continue
        out.append(arg)
    # clazy is clang with a plugin: preprocessing needs no plugin.
    out += ["-E", "-P"]
    result = subprocess.run(out, cwd=entry["directory"], capture_output=True)
    return result.stdout if result.returncode == 0 else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--cache", default=os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "slipway-analyze"))
    parser.add_argument("--all", action="store_true", help="analyse every file, remembered or not")
    options = parser.parse_args()

    root = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    build_dir = os.path.realpath(options.build_dir)
    os.makedirs(options.cache, exist_ok=True)
    version = subprocess.run(["clang-tidy", "--version"], capture_output=True, text=True).stdout
    version += subprocess.run(["clazy-standalone", "--version"], capture_output=True, text=True).stdout
    with open(os.path.join(root, ".clang-tidy"), "rb") as f:
        config = f.read() + CLAZY_CHECKS.encode() + " ".join(CLANG_EXTRA).encode()
    header_filter = re.escape(root) + "/(" + "|".join(PROJECT_DIRS) + ")/"

    def analyse(unit):
        relative, entry = unit
        text = preprocess(entry)
        key = None
        if text is not None:
            digest = hashlib.sha256()
            digest.update(version.encode())
            digest.update(config)
            digest.update(text.replace(root.encode(), b"@ROOT@").replace(build_dir.encode(), b"@BUILD@"))
            key = digest.hexdigest()
            if not options.all and os.path.exists(os.path.join(options.cache, key)):
                return relative, "cached", ""
        source = os.path.join(root, relative)
        runs = [
            subprocess.run(["clazy-standalone", "-p", build_dir, "--checks=" + CLAZY_CHECKS,
                            "--header-filter=" + header_filter] + CLANG_EXTRA + [source],
                           capture_output=True, text=True),
            subprocess.run(["clang-tidy", "-p", build_dir, "--quiet", "--header-filter=" + header_filter]
                           + CLANG_EXTRA + [source], capture_output=True, text=True),
        ]
        text = "\n".join((run.stdout + run.stderr).strip() for run in runs).strip()
        findings = [line for line in text.splitlines() if re.search(r": (warning|error):", line)]
        if all(run.returncode == 0 for run in runs) and not findings:
            if key:
                open(os.path.join(options.cache, key), "w").close()
            return relative, "clean", ""
        return relative, "findings", text

    units = translation_units(build_dir, root)
    counts = {"cached": 0, "clean": 0, "findings": 0}
    failed = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
        for relative, state, text in pool.map(analyse, units):
            counts[state] += 1
            if state == "findings":
                failed.append(relative)
                print(text, flush=True)
    print(f"clazy and clang-tidy: {len(units)} files, {counts['cached']} unchanged since a clean run, "
          f"{counts['clean']} analysed clean, {counts['findings']} with findings", flush=True)
    for relative in failed:
        print(f"  findings in {relative}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
