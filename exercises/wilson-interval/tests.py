# ruff: noqa: PT011
import math

import pytest
from solution import wilson_interval


def close(got, want):
    return all(math.isclose(g, w, rel_tol=1e-9, abs_tol=1e-12) for g, w in zip(got, want, strict=True))


def test_zero_successes_keep_an_upper_bound():
    got = wilson_interval(0, 50)
    want = (0.0, 0.07134759913335868)
    assert close(got, want), f"wilson_interval(0, 50) returned {got}, expected {want}"


def test_all_successes_keep_a_lower_bound():
    got = wilson_interval(50, 50)
    want = (0.9286524008666414, 1.0)
    assert close(got, want), f"wilson_interval(50, 50) returned {got}, expected {want}"


def test_bounds_stay_inside_zero_one():
    for k, n in [(0, 1), (1, 1), (0, 3), (3, 3), (1, 1000), (999, 1000)]:
        low, high = wilson_interval(k, n)
        assert 0.0 <= low <= k / n <= high <= 1.0, f"wilson_interval({k}, {n}) returned {(low, high)}"


def test_other_confidence_levels():
    got90, got99 = wilson_interval(7, 20, 0.90), wilson_interval(7, 20, 0.99)
    want90, want99 = (0.20226004005676104, 0.5334873111515283), (0.14639344137693885, 0.6283381789526871)
    assert close(got90, want90), f"wilson_interval(7, 20, 0.90) returned {got90}, expected {want90}"
    assert close(got99, want99), f"wilson_interval(7, 20, 0.99) returned {got99}, expected {want99}"


def test_mirror_image():
    low, high = wilson_interval(7, 20, 0.90)
    mirror = wilson_interval(13, 20, 0.90)
    assert close(mirror, (1 - high, 1 - low)), f"13/20 should mirror 7/20: got {mirror} for {(low, high)}"


def test_large_n_is_narrow_and_centred():
    got = wilson_interval(500_000, 1_000_000)
    want = (0.4990200198900048, 0.5009799801099952)
    assert close(got, want), f"wilson_interval(500000, 1000000) returned {got}, expected {want}"


def test_invalid_n_raises():
    with pytest.raises(ValueError):
        wilson_interval(0, 0)
    with pytest.raises(ValueError):
        wilson_interval(0, -5)


def test_invalid_successes_raise():
    with pytest.raises(ValueError):
        wilson_interval(11, 10)
    with pytest.raises(ValueError):
        wilson_interval(-1, 10)


def test_invalid_confidence_raises():
    for confidence in (0.0, 1.0, 1.5, -0.2):
        with pytest.raises(ValueError):
            wilson_interval(5, 10, confidence)
