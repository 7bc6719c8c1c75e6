"""Features derived from the customer table."""

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

BUCKETS = ((0, 6, "0-6m"), (6, 12, "6-12m"), (12, 24, "1-2y"), (24, 10**6, "2y+"))


@dataclass(frozen=True)
class Customer:
    """One row of data/customers.csv."""

    customer_id: str
    tenure_months: int
    monthly_charges: float
    support_calls: int
    contract: str
    churned: bool


def load_customers(path):
    """Read the customer CSV into Customer records."""
    with Path(path).open(newline="", encoding="utf-8") as handle:
        return [
            Customer(
                customer_id=row["customer_id"],
                tenure_months=int(row["tenure_months"]),
                monthly_charges=float(row["monthly_charges"]),
                support_calls=int(row["support_calls"]),
                contract=row["contract"],
                churned=row["churned"] == "1",
            )
            for row in csv.DictReader(handle)
        ]


def tenure_bucket(months):
    """Name the tenure bucket a number of months falls into."""
    if months < 0:
        raise ValueError(f"tenure cannot be negative: {months}")
    for low, high, name in BUCKETS:
        if low <= months < high:
            return name
    raise AssertionError("unreachable")


def churn_rate(customers, key=lambda c: tenure_bucket(c.tenure_months)):
    """Share of churned customers per group, as {group: (rate, count)}."""
    totals = defaultdict(lambda: [0, 0])
    for customer in customers:
        group = totals[key(customer)]
        group[0] += customer.churned
        group[1] += 1
    order = {name: i for i, (_, _, name) in enumerate(BUCKETS)}
    groups = sorted(totals.items(), key=lambda item: (order.get(item[0], len(order)), str(item[0])))
    return {name: (churned / count, count) for name, (churned, count) in groups}
