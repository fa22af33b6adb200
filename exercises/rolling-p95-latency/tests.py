# ruff: noqa: PT011
import pytest
from solution import RollingPercentile


def feed(values, window, percentile=95.0):
    tracker = RollingPercentile(window, percentile)
    for v in values:
        tracker.add(v)
    return tracker.value()


def test_empty_window_gives_none():
    assert RollingPercentile(10).value() is None, "no values yet must give None"


def test_hundred_values():
    got = feed(range(1, 101), window=1000)
    assert got == 95, f"the p95 of 1..100 is 95, got {got}"


def test_rank_rounds_up():
    got = feed(range(1, 11), window=5)
    assert got == 10, f"the window holds 6..10; rank ceil(4.75) = 5 gives 10, got {got}"
    got = feed(range(1, 11), window=5, percentile=50)
    assert got == 8, f"the p50 of 6..10 is at rank ceil(2.5) = 3, which is 8, got {got}"


def test_the_oldest_value_leaves():
    got = feed([100, 1, 2, 3], window=3)
    assert got == 3, f"100 is the oldest and must leave; the window is [1, 2, 3]: got {got}"
    got = feed([1, 50, 60, 70], window=3)
    assert got == 70, f"1 is the oldest and must leave; the window is [50, 60, 70]: got {got}"


def test_repeated_values_leave_one_at_a_time():
    got = feed([7, 7, 7, 1], window=3, percentile=50)
    assert got == 7, f"the window is [7, 7, 1], its p50 is 7: got {got}"


def test_fewer_values_than_the_window():
    assert feed([3.5], window=10) == 3.5, "one value is every percentile"
    assert feed([2, 9, 4], window=10, percentile=100) == 9, "p100 is the maximum"
    assert feed([2, 9, 4, 7], window=10, percentile=50) == 4, "the p50 of 4 values is the 2nd smallest"


def test_value_can_be_read_at_every_step():
    tracker = RollingPercentile(window=3, percentile=50)
    got = []
    for v in [5, 1, 4, 8, 2]:
        tracker.add(v)
        got.append(tracker.value())
    assert got == [5, 1, 4, 4, 4], f"p50 after each add: got {got}, expected [5, 1, 4, 4, 4]"


def test_long_stream():
    got = feed([(i * 7) % 1000 for i in range(100_000)], window=1000)
    assert got == 949, f"the last 1000 values are 0..999 in some order; their p95 is 949, got {got}"


def test_invalid_settings():
    with pytest.raises(ValueError):
        RollingPercentile(0)
    for percentile in (0, -5, 100.5):
        with pytest.raises(ValueError):
            RollingPercentile(10, percentile)
