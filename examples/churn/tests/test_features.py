from pathlib import Path

import pytest

from churn.features import Customer, churn_rate, load_customers, tenure_bucket

DATA = Path(__file__).resolve().parents[1] / "data" / "customers.csv"


@pytest.mark.parametrize(
    ("months", "bucket"),
    [(0, "0-6m"), (5, "0-6m"), (6, "6-12m"), (12, "1-2y"), (23, "1-2y"), (24, "2y+"), (120, "2y+")],
)
def test_tenure_bucket(months, bucket):
    assert tenure_bucket(months) == bucket


def test_negative_tenure_is_rejected():
    with pytest.raises(ValueError, match="negative"):
        tenure_bucket(-1)


def test_load_customers_reads_every_row():
    customers = load_customers(DATA)
    assert len(customers) == 40
    assert all(isinstance(c, Customer) for c in customers)


def test_churn_rate_per_bucket():
    customers = [
        Customer("a", 2, 70.0, 3, "month-to-month", True),
        Customer("b", 3, 20.0, 0, "two-year", False),
        Customer("c", 30, 50.0, 1, "one-year", False),
    ]
    assert churn_rate(customers) == {"0-6m": (0.5, 2), "2y+": (0.0, 1)}
