import math

from solution import roc_auc


def test_example_1():
    got = roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
    assert math.isclose(got, 0.75), f"roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = {got}, expected 0.75"


def test_example_2():
    got = roc_auc([1, 0, 1, 0], [0.9, 0.1, 0.8, 0.3])
    assert math.isclose(got, 1.0), f"a perfect ranking returned {got}, expected 1.0"
