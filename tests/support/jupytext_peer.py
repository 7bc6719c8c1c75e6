# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs Debian's jupytext on many inputs in one process, for tst_jupytext_live.

Input (argv[1]): a JSON list of jobs, {"to": "py:percent", "path": NOTEBOOK} or {"to": "ipynb", "text": SCRIPT}.
Output (stdout): a JSON list of {"ok": bool, "text": result or error message}, one per job.
"""
import json
import sys

import jupytext
import nbformat
import yaml

results = []
with open(sys.argv[1], encoding="utf-8") as jobs_file:
    jobs = json.load(jobs_file)
for job in jobs:
    try:
        if job["to"] == "yaml":
            text = yaml.safe_dump(json.loads(job["json"]), default_flow_style=False)
        elif job["to"] == "ipynb":
            notebook = jupytext.reads(job["text"], fmt="py:percent")
            text = jupytext.writes(notebook, fmt="ipynb")  # as `jupytext --to ipynb` writes the file
        else:
            notebook = nbformat.read(job["path"], as_version=4)
            fmt = job["to"]
            if fmt.startswith("auto:"):  # what `jupytext --to percent` picks for the kernel's language
                extension = jupytext.formats.auto_ext_from_metadata(notebook.metadata) or ".py"
                fmt = extension[1:] + fmt[4:]
            text = jupytext.writes(notebook, fmt=fmt)
        results.append({"ok": True, "text": text})
    except Exception as error:  # the test reports which input failed and why
        results.append({"ok": False, "text": f"{type(error).__name__}: {error}"})
json.dump({"version": jupytext.__version__, "results": results}, sys.stdout)
