"""Customer churn features and scoring."""

from churn.features import churn_rate, load_customers, tenure_bucket
from churn.model import ChurnModel

__all__ = ["ChurnModel", "churn_rate", "load_customers", "tenure_bucket"]
