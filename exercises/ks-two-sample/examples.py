import math

from solution import ks_statistic


def test_example_1():
    reference = [3.1, 4.0, 4.4, 5.2, 5.9, 6.3, 7.0, 7.8, 8.5, 9.6]
    current = [5.0, 6.1, 6.8, 7.4, 8.2, 8.9, 9.3, 10.1, 11.0, 12.4]
    got = ks_statistic(reference, current)
    assert math.isclose(got, 0.4), f"ks_statistic on the session lengths returned {got}, expected 0.4"


def test_example_2():
    got = ks_statistic([1, 2, 3], [4, 5, 6])
    assert math.isclose(got, 1.0), f"ks_statistic([1, 2, 3], [4, 5, 6]) returned {got}, expected 1.0"
