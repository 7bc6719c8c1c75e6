#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Slipway authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""docs/slipway.schema.json is a valid JSON Schema; the sample's slipway.yaml and a file using every key
pass it; files Slipway refuses (an unknown key, run and uses together, a bad `when`) fail it."""

import json
import sys

import jsonschema
import yaml

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

for path in sys.argv[2:]:
    validator.validate(yaml.safe_load(open(path, encoding="utf-8")))
    print("valid:", path)

EVERY_KEY = """
channels:
  unstable: {url: "https://pkgs.example.com/unstable/", upload: webdav}
  legacy: {url: "https://upload.example.com/", upload: legacy, index: "https://pypi.example.com/simple/"}
  share: {url: "file:///srv/packages/"}
promotion:
  - {from: unstable, to: share, requires: [installed-tests, final-version, signed-tag, same-commit]}
pipeline:
  steps:
    strip-check: {uses: strip-check}
    lint: {uses: lint, with: {tools: [flake8, pylint]}}
    test: {uses: test, with: {coverage: true}, timeout: 10m}
    features:
      run: [python3, scripts/features.py]
      inputs: [scripts/features.py, "data/**/*.csv"]
      outputs: [out/features.csv]
      env: {SEED: "1"}
    shell-step: {run: "echo hi > out/hi.txt", shell: bash, needs: features, when: "branch:main"}
    build: {uses: build, needs: [lint, test]}
    publish: {uses: publish, with: {channel: unstable}, needs: [build]}
    installed: {uses: test-installed, with: {channel: unstable}, needs: [publish]}
    to-share: {uses: promote, with: {from: unstable, to: share}, needs: [installed], when: final-version}
"""
validator.validate(yaml.safe_load(EVERY_KEY))
print("valid: every key")

REFUSED = {
    "unknown key": "pipeline:\n  steps:\n    a: {run: [x], nedds: [b]}\n",
    "run and uses": "pipeline:\n  steps:\n    a: {run: [x], uses: lint}\n",
    "bad when": "pipeline:\n  steps:\n    a: {run: [x], when: tuesday}\n",
    "unknown uses": "pipeline:\n  steps:\n    a: {uses: deploy}\n",
    "unknown top-level": "pipelines: {}\n",
}
for name, text in REFUSED.items():
    try:
        validator.validate(yaml.safe_load(text))
    except jsonschema.ValidationError:
        print("refused:", name)
        continue
    sys.exit(f"the schema accepts what Slipway refuses: {name}")
