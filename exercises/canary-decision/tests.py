# ruff: noqa: PT011
import pytest
from solution import canary_decision


def test_wait_for_enough_requests():
    assert canary_decision(50, 10_000, 30, 999) == "wait", "the canary has 999 of the 1,000 requests needed"
    assert canary_decision(5, 999, 0, 5_000) == "wait", "the baseline has too few requests"
    assert canary_decision(50, 10_000, 30, 500, min_requests=500) == "rollback", (
        "500 is enough at min_requests=500"
    )


def test_one_sided_at_the_boundary():
    # 16 errors in 2,000 (0.8 %) against 0.5 %: pooled z = 1.656, just above 1.645.
    got = canary_decision(50, 10_000, 16, 2_000)
    assert got == "rollback", f"z = 1.656 > 1.645 must roll back, got {got!r}"
    got = canary_decision(50, 10_000, 15, 2_000)
    assert got == "promote", f"z = 1.391 < 1.645 must promote, got {got!r}"


def test_pooled_standard_error():
    # 17 errors in 2,000: the pooled z is 1.918 (roll back); an unpooled one would be 1.612.
    got = canary_decision(50, 10_000, 17, 2_000)
    assert got == "rollback", f"pooled z = 1.918 must roll back, got {got!r}"


def test_a_better_canary_is_promoted():
    got = canary_decision(50, 10_000, 1, 2_000)
    assert got == "promote", f"0.05 % errors against 0.5 % (z = -2.82) is better, got {got!r}"


def test_alpha_moves_the_critical_value():
    got = canary_decision(50, 10_000, 17, 2_000, alpha=0.01)
    assert got == "promote", f"z = 1.918 is below the 1 % critical value 2.326, got {got!r}"


def test_no_errors_anywhere():
    got = canary_decision(0, 5_000, 0, 2_000)
    assert got == "promote", f"no errors on either side must promote (and not divide by zero), got {got!r}"


def test_nothing_but_errors():
    got = canary_decision(5_000, 5_000, 2_000, 2_000)
    assert got == "promote", f"equal rates of 100 % give se = 0: promote, got {got!r}"


def test_invalid_counts():
    with pytest.raises(ValueError):
        canary_decision(11, 10, 0, 10)
    with pytest.raises(ValueError):
        canary_decision(0, 10, -1, 10)
    with pytest.raises(ValueError):
        canary_decision(0, -10, 0, 10)


def test_invalid_settings():
    with pytest.raises(ValueError):
        canary_decision(5, 2_000, 5, 2_000, min_requests=0)
    for alpha in (0.0, 1.0, 1.5):
        with pytest.raises(ValueError):
            canary_decision(5, 2_000, 5, 2_000, alpha=alpha)
