import math

from solution import psi


def test_example_1():
    got = psi([1, 2, 3, 4], [1, 2, 3, 4], [2.5])
    assert math.isclose(got, 0.0, abs_tol=1e-12), f"psi of two identical samples returned {got}, expected 0.0"


def test_example_2():
    got = psi([1, 2, 3, 4, 5, 6], [2, 4, 5, 5, 6, 6], [2.5, 4.5])
    want = 0.46209812037329684
    assert math.isclose(got, want, rel_tol=1e-9), (
        f"psi([1, 2, 3, 4, 5, 6], [2, 4, 5, 5, 6, 6], [2.5, 4.5]) returned {got}, expected {want}"
    )
