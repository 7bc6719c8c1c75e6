"""Churn rate per tenure bucket, from the customer table to a CSV (the pipeline's data step)."""

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from churn.features import churn_rate, load_customers  # noqa: E402


def main(source, target):
    """Write bucket, rate and count for each tenure bucket."""
    rates = churn_rate(load_customers(source))
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    with Path(target).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["bucket", "churn_rate", "customers"])
        for bucket, (rate, count) in rates.items():
            writer.writerow([bucket, f"{rate:.3f}", count])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
