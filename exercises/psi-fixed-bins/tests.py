# ruff: noqa: PT011
import math

import pytest
from solution import psi

DECILE_EDGES = [1, 2, 3, 4, 5, 6, 7, 8, 9]


def test_decile_table():
    reference = [b + 0.5 for b in range(10) for _ in range(10)]
    counts = [5, 6, 8, 9, 10, 10, 11, 12, 13, 16]
    current = [b + 0.5 for b in range(10) for _ in range(counts[b])]
    got = psi(reference, current, DECILE_EDGES)
    want = 0.10127753878419056
    assert math.isclose(got, want, rel_tol=1e-9), f"the 10-bin table gave {got}, expected {want}"


def test_value_on_an_edge_goes_to_the_bin_above():
    got = psi([0.0, 1.0], [1.0, 1.0, 2.0], [1.0])
    want = 4.60431846666895
    assert math.isclose(got, want, rel_tol=1e-9), (
        f"psi([0.0, 1.0], [1.0, 1.0, 2.0], [1.0]) returned {got}, expected {want}: 1.0 is in [1.0, inf)"
    )


def test_empty_current_bin_uses_the_floor():
    got = psi([1, 2, 3, 4], [3, 4, 5, 6], [2.5])
    want = (1e-4 - 0.5) * math.log(1e-4 / 0.5) + (1.0 - 0.5) * math.log(1.0 / 0.5)
    assert math.isclose(got, want, rel_tol=1e-9), f"an empty current bin gave {got}, expected {want}"


def test_empty_bin_on_both_sides_adds_nothing():
    got = psi([1, 2, 3, 4], [3, 4, 5, 6], [2.5, 10])
    want = psi([1, 2, 3, 4], [3, 4, 5, 6], [2.5])
    assert math.isclose(got, want, rel_tol=1e-9), f"a bin empty on both sides changed PSI: {got} != {want}"


def test_floor_is_the_one_given():
    got = psi([1, 2, 3, 4], [3, 4, 5, 6], [2.5], floor=0.01)
    want = 2.263464862939764
    assert math.isclose(got, want, rel_tol=1e-9), f"floor=0.01 gave {got}, expected {want}"


def test_tails_below_the_first_and_above_the_last_edge():
    got = psi([-5.0, 0.5, 7.0, 7.0], [0.5, 0.5, 99.0, -3.0], [0.0, 1.0])
    want = 0.34657359027997264
    assert math.isclose(got, want, rel_tol=1e-9), f"values beyond the outer edges gave {got}, expected {want}"


def test_no_edges_is_one_bin():
    got = psi([1, 2, 3], [10, 20], [])
    assert math.isclose(got, 0.0, abs_tol=1e-12), f"one bin holds everything, PSI must be 0.0, got {got}"


def test_symmetric_without_empty_bins():
    a, b = [1, 2, 2, 3, 4], [2, 3, 3, 4, 4, 4]
    forward, backward = psi(a, b, [2.5, 3.5]), psi(b, a, [2.5, 3.5])
    assert math.isclose(forward, backward, rel_tol=1e-12), f"psi(a, b) = {forward} but psi(b, a) = {backward}"


def test_large_samples():
    reference = [i % 10 + 0.5 for i in range(100_000)]
    current = [i % 10 + 0.5 for i in range(50_000)] + [9.5] * 50_000
    got = psi(reference, current, DECILE_EDGES)
    want = 9 * (0.05 - 0.1) * math.log(0.5) + (0.55 - 0.1) * math.log(5.5)
    assert math.isclose(got, want, rel_tol=1e-9), f"100,000 values gave {got}, expected {want}"


def test_empty_sample_raises():
    with pytest.raises(ValueError):
        psi([], [1.0], [0.5])
    with pytest.raises(ValueError):
        psi([1.0], [], [0.5])


def test_edges_not_strictly_increasing_raise():
    with pytest.raises(ValueError):
        psi([1, 2], [1, 2], [2.0, 1.0])
    with pytest.raises(ValueError):
        psi([1, 2], [1, 2], [1.5, 1.5])


def test_floor_must_be_positive():
    with pytest.raises(ValueError):
        psi([1, 2], [1, 2], [1.5], floor=0.0)
