from solution import missing_fields

CARD = {
    "name": "fraud-scorer",
    "owner": "risk-ml@example.com",
    "training_data": {"source": "s3://lake/fraud/2024-06", "rows": 1_200_000},
    "metrics": {"auc": 0.91},
    "limitations": "",
}


def test_example_1():
    got = missing_fields(CARD, ["name", "owner", "training_data.source", "metrics.auc"])
    assert got == [], f"every required field is filled in: got {got}"


def test_example_2():
    got = missing_fields(CARD, ["owner", "intended_use", "limitations", "metrics.recall"])
    want = ["intended_use", "limitations", "metrics.recall"]
    assert got == want, f"returned {got}, expected {want}"
