from pathlib import Path

import pytest

from churn.features import Customer, load_customers
from churn.model import ChurnModel, main

DATA = Path(__file__).resolve().parents[1] / "data" / "customers.csv"


def test_score_is_a_probability():
    score = ChurnModel().score(Customer("x", 1, 99.0, 5, "month-to-month", True))
    assert 0.0 < score < 1.0


def test_long_contracts_score_lower():
    model = ChurnModel()
    risky = Customer("r", 2, 80.0, 4, "month-to-month", True)
    loyal = Customer("l", 48, 40.0, 0, "two-year", False)
    assert model.score(risky) > model.score(loyal)


def test_accuracy_on_the_sample_data():
    assert ChurnModel().accuracy(load_customers(DATA)) >= 0.8


def test_accuracy_needs_customers():
    with pytest.raises(ValueError):
        ChurnModel().accuracy([])


def test_command_prints_one_line_per_customer(capsys):
    assert main([str(DATA)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 40
