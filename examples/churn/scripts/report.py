"""A short Markdown report of the churn rates (the step after features)."""

import csv
import sys
from pathlib import Path


def main(source, target):
    """Turn the features CSV into a Markdown table."""
    with Path(source).open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    lines = ["# Churn by tenure", "", "| bucket | churn rate | customers |", "| --- | --- | --- |"]
    lines += [f"| {r['bucket']} | {r['churn_rate']} | {r['customers']} |" for r in rows]
    Path(target).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
