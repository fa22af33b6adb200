import math

from solution import expected_calibration_error


def test_example_1():
    got = expected_calibration_error([0, 1, 0, 1], [0.25, 0.25, 0.75, 0.75], n_bins=2)
    assert math.isclose(got, 0.25), f"two bins, each off by 0.25: returned {got}, expected 0.25"


def test_example_2():
    got = expected_calibration_error([0, 1, 1, 0], [0.2, 0.2, 0.6, 0.6], n_bins=5)
    assert math.isclose(got, 0.2), f"gaps of 0.3 and 0.1 in equal bins: returned {got}, expected 0.2"
