from solution import promote

CHAMPION = {"auc": 0.75, "recall": 0.5}


def test_example_1():
    candidate = {"auc": 0.8125, "recall": 0.5}
    got = promote(
        "1.4.0",
        CHAMPION,
        candidate,
        primary="auc",
        min_gain=0.0,
        guardrails={"recall": 0.0},
        change="retrain",
    )
    assert got == ("1.5.0", []), f"a better retrained model becomes 1.5.0: got {got}"


def test_example_2():
    candidate = {"auc": 0.8125, "recall": 0.25}
    got = promote(
        "1.4.0",
        CHAMPION,
        candidate,
        primary="auc",
        min_gain=0.0,
        guardrails={"recall": 0.125},
        change="retrain",
    )
    assert got == (None, ["guardrail:recall"]), f"recall fell by 0.25, more than 0.125: got {got}"
