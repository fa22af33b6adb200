# ruff: noqa: PT011
import math

import pytest
from solution import ks_statistic


def test_identical_samples_score_zero():
    got = ks_statistic([1, 2, 2, 3, 5], [1, 2, 2, 3, 5])
    assert math.isclose(got, 0.0, abs_tol=1e-12), f"two identical samples returned {got}, expected 0.0"


def test_ties_across_samples():
    got = ks_statistic([1, 1, 2], [1, 2, 2])
    assert math.isclose(got, 1 / 3), f"ks_statistic([1, 1, 2], [1, 2, 2]) returned {got}, expected 1/3"


def test_ties_within_and_across_unsorted():
    got = ks_statistic([-1.5, 0.25, 0.25, 3], [0.25, 0.25, -2, 7, 7])
    assert math.isclose(got, 0.4), f"returned {got}, expected 0.4 (the gap is at x = 3)"


def test_maximum_at_a_point_of_the_second_sample():
    got = ks_statistic([5, 6, 7, 8], [1, 2, 3, 9])
    assert math.isclose(got, 0.75), f"ks_statistic([5, 6, 7, 8], [1, 2, 3, 9]) returned {got}, expected 0.75"


def test_different_sizes():
    got = ks_statistic([1, 2, 3, 4], [2.5])
    assert math.isclose(got, 0.5), f"ks_statistic([1, 2, 3, 4], [2.5]) returned {got}, expected 0.5"


def test_single_values():
    assert math.isclose(ks_statistic([1], [1]), 0.0, abs_tol=1e-12), "[1] against [1] must be 0.0"
    assert math.isclose(ks_statistic([1], [2]), 1.0), "[1] against [2] must be 1.0"


def test_symmetric():
    a, b = [0.3, 1.2, 1.2, 4.0, 2.2], [1.2, 5.0, 0.1]
    assert math.isclose(ks_statistic(a, b), ks_statistic(b, a)), "ks_statistic(a, b) != ks_statistic(b, a)"


def test_inputs_are_not_modified():
    a, b = [3, 1, 2], [6, 4, 5]
    ks_statistic(a, b)
    assert (a, b) == ([3, 1, 2], [6, 4, 5]), f"the inputs were modified: {a}, {b}"


def test_large_shifted_samples():
    a = [i % 100 for i in range(100_000)]
    b = [i % 100 + 10 for i in range(100_000)]
    got = ks_statistic(a, b)
    assert math.isclose(got, 0.1), f"a uniform grid shifted by 10 of 100 steps returned {got}, expected 0.1"


def test_empty_sample_raises():
    with pytest.raises(ValueError):
        ks_statistic([], [1.0])
    with pytest.raises(ValueError):
        ks_statistic([1.0], [])
