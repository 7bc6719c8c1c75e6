"""A small logistic churn score whose weights a reviewer can read."""

import argparse
import math
import sys

from churn.features import load_customers

WEIGHTS = {
    "intercept": -1.2,
    "tenure_months": -0.08,
    "monthly_charges": 0.025,
    "support_calls": 0.45,
    "month_to_month": 1.1,
}


class ChurnModel:
    """Logistic score over four features; `weights` defaults to the fitted WEIGHTS."""

    def __init__(self, weights=None):
        self.weights = dict(WEIGHTS if weights is None else weights)

    def score(self, customer):
        """Probability that the customer churns."""
        w = self.weights
        z = (
            w["intercept"]
            + w["tenure_months"] * customer.tenure_months
            + w["monthly_charges"] * customer.monthly_charges
            + w["support_calls"] * customer.support_calls
            + w["month_to_month"] * (customer.contract == "month-to-month")
        )
        return 1.0 / (1.0 + math.exp(-z))

    def accuracy(self, customers, threshold=0.5):
        """Share of customers whose churn the score predicts at `threshold`."""
        if not customers:
            raise ValueError("no customers to score")
        hits = sum((self.score(c) >= threshold) == c.churned for c in customers)
        return hits / len(customers)


def main(argv=None):
    """Print the churn score of every customer in a CSV file."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("csv", help="customer table, as data/customers.csv")
    args = parser.parse_args(argv)
    model = ChurnModel()
    for customer in load_customers(args.csv):
        print(f"{customer.customer_id}\t{model.score(customer):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
