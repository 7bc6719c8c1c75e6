# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Creates a git repository with many commits quickly, through `git fast-import`.

usage: make-history-repo.py DIR COMMITS

Linear history on main with a side branch merged back every 50 commits, a tag every 500 commits, a file
touched every 7th commit (src/rare.py) for path filters, and the word "needle" in every 1000th message.
Commit times are one minute apart, so that every tool orders them the same way.
"""
import subprocess
import sys

directory, count = sys.argv[1], int(sys.argv[2])
subprocess.run(["git", "init", "-q", "-b", "main", directory], check=True)
start = 1_600_000_000
lines = []
write = lines.append
mark = 0
last_main = None
for i in range(1, count + 1):
    mark += 1
    when = start + i * 60
    on_side = i % 50 in (10, 11, 12)
    branch = "side" if on_side else "main"
    message = f"Commit {i}" + (" needle" if i % 1000 == 0 else "") + "\n"
    write(f"commit refs/heads/{branch}")
    write(f"mark :{mark}")
    write(f"author Dev {i % 7} <dev{i % 7}@example.org> {when} +0000")
    write(f"committer Dev {i % 7} <dev{i % 7}@example.org> {when} +0000")
    data = message.encode()
    write(f"data {len(data)}")
    write(message.rstrip("\n"))
    if on_side and i % 50 == 10:
        write(f"from :{last_main}")
    elif not on_side and last_main is not None:
        write(f"from :{last_main}")
        if i % 50 == 13:
            write(f"merge :{mark - 1}")
    content = f"value = {i}\n".encode()
    path = "src/rare.py" if i % 7 == 0 else f"src/module{i % 20}.py"
    write(f"M 100644 inline {path}")
    write(f"data {len(content)}")
    write(content.decode().rstrip("\n"))
    if not on_side:
        last_main = mark
        if i % 500 == 0:
            write(f"reset refs/tags/v0.{i // 500}.0")
            write(f"from :{mark}")
write("")
stream = ("\n".join(lines) + "\n").encode()
subprocess.run(["git", "-C", directory, "fast-import", "--quiet"], input=stream, check=True)
subprocess.run(["git", "-C", directory, "checkout", "-q", "main"], check=True)
