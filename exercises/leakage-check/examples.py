from solution import leaky_features

LABELS = [0, 0, 0, 1, 1, 1]
LABEL_TIMES = [10] * 6


def test_example_1():
    features = {"chargeback_count": [0, 0, 0, 2, 1, 3], "age": [30, 41, 25, 33, 52, 38]}
    got = leaky_features(features, LABELS, LABEL_TIMES, {})
    want = {"chargeback_count": "too predictive"}
    assert got == want, f"returned {got}, expected {want}"


def test_example_2():
    features = {"refund_amount": [0, 0, 9, 0, 9, 7], "age": [30, 41, 25, 33, 52, 38]}
    times = {"refund_amount": [12] * 6, "age": [1] * 6}
    got = leaky_features(features, LABELS, LABEL_TIMES, times)
    want = {"refund_amount": "recorded after label"}
    assert got == want, f"returned {got}, expected {want}"
