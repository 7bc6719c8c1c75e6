#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a user-visible string has no German: runs lupdate over every source (the build's lupdate
project, as the update_translations target does) into a copy of translations/slipway_de.ts and lists the
strings that come out unfinished — new ones the .ts does not know yet, and ones it knows untranslated.

Usage: check_translations.py LUPDATE_PROJECT.cmake GENERATOR.cmake LUPDATE TS_FILE
"""
import html
import re
import shutil
import subprocess
import sys
import tempfile

project_in, generator, lupdate, ts = sys.argv[1:5]
with tempfile.TemporaryDirectory() as work:
    project = f"{work}/project.json"
    subprocess.run(["cmake", f"-DIN_FILE={project_in}", f"-DOUT_FILE={project}", "-P", generator], check=True)
    copy = f"{work}/slipway_de.ts"
    shutil.copy(ts, copy)
    subprocess.run([lupdate, "-project", project, "-ts", copy, "-no-obsolete", "-locations", "none", "-silent"],
                   check=True)
    text = open(copy, encoding="utf-8").read()
missing = []
for context in re.finditer(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", text, re.S):
    for message in re.finditer(r"<source>([^<]*)</source>(?:\s*<comment>[^<]*</comment>)?\s*"
                               r"<translation type=\"unfinished\"", context.group(2)):
        missing.append(f"{context.group(1)}: {html.unescape(message.group(1))[:100]!r}")
if missing:
    print(f"{len(missing)} string(s) without German (run `cmake --build build/dev --target update_translations`, "
          "then translate them in translations/slipway_de.ts):")
    print("\n".join("  " + m for m in missing))
    sys.exit(1)
print("every string has its German")
