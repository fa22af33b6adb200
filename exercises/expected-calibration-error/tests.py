# ruff: noqa: PT011
import math

import pytest
from solution import expected_calibration_error


def test_probability_one_is_in_the_last_bin():
    got = expected_calibration_error([1, 1, 0], [1.0, 0.95, 1.0])
    want = 0.3166666666666667
    assert math.isclose(got, want), f"probabilities of 1.0 returned {got}, expected {want}"


def test_bins_are_weighted_by_their_size():
    y, p = [], []
    table = [(400, 0.1, 32), (250, 0.3, 55), (150, 0.5, 60), (120, 0.7, 66), (80, 0.9, 62)]
    for count, predicted, positives in table:
        p += [predicted] * count
        y += [1] * positives + [0] * (count - positives)
    got = expected_calibration_error(y, p, n_bins=5)
    assert math.isclose(got, 0.071), f"the five-bin reliability table returned {got}, expected 0.071"


def test_mixed_bins():
    got = expected_calibration_error([1, 0, 1, 1, 0, 1], [0.9, 0.8, 0.7, 0.95, 0.2, 0.1], n_bins=5)
    want = 0.34166666666666673
    assert math.isclose(got, want), f"returned {got}, expected {want}"


def test_value_on_a_boundary_goes_to_the_bin_above():
    got = expected_calibration_error([0, 1, 1], [0.25, 0.5, 0.75], n_bins=2)
    assert math.isclose(got, 1 / 3), f"0.5 belongs to [0.5, 1.0): returned {got}, expected 1/3"


def test_perfect_calibration_at_the_extremes():
    got = expected_calibration_error([0, 0, 1, 1], [0.0, 0.0, 1.0, 1.0])
    assert math.isclose(got, 0.0, abs_tol=1e-12), f"returned {got}, expected 0.0"


def test_one_bin_compares_the_means():
    got = expected_calibration_error([1, 0, 0], [0.9, 0.6, 0.3], n_bins=1)
    assert math.isclose(got, 0.6 - 1 / 3), f"one bin returned {got}, expected |1/3 - 0.6|"


def test_large_input():
    p = [((i % 10) + 0.5) / 10 for i in range(100_000)]
    y = [1 if (i // 10) % 10 < i % 10 else 0 for i in range(100_000)]
    got = expected_calibration_error(y, p)
    assert math.isclose(got, 0.05), f"every bin off by 0.05 returned {got}, expected 0.05"


def test_invalid_lengths_and_empty_input():
    with pytest.raises(ValueError):
        expected_calibration_error([1, 0], [0.5])
    with pytest.raises(ValueError):
        expected_calibration_error([], [])


def test_invalid_probabilities_labels_and_bins():
    with pytest.raises(ValueError):
        expected_calibration_error([1, 0], [1.2, 0.5])
    with pytest.raises(ValueError):
        expected_calibration_error([1, 0], [-0.1, 0.5])
    with pytest.raises(ValueError):
        expected_calibration_error([1, 2], [0.9, 0.5])
    with pytest.raises(ValueError):
        expected_calibration_error([1, 0], [0.9, 0.5], n_bins=0)
