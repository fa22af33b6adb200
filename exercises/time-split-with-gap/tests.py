# ruff: noqa: PT011
import pytest
from solution import time_split


def test_unsorted_rows():
    got = time_split([5, 1, 9, 3, 7, 8, 2, 10], cutoff=7, gap=2)
    want = ([1, 3, 6], [2, 4, 5, 7])
    assert got == want, f"unsorted timestamps returned {got}, expected {want}"


def test_boundaries_are_half_open():
    got = time_split([3, 4, 5, 6], cutoff=6, gap=2)
    assert got == ([0], [3]), f"t = 4 is in the gap and t = 6 in the test set: got {got}, expected ([0], [3])"


def test_repeated_timestamps_stay_together():
    got = time_split([4, 4, 1, 1, 6, 6], cutoff=4, gap=0)
    assert got == ([2, 3], [0, 1, 4, 5]), f"returned {got}, expected ([2, 3], [0, 1, 4, 5])"


def test_horizon_ends_the_test_window():
    got = time_split([1, 2, 3, 4, 5, 6, 7], cutoff=4, gap=1, horizon=2)
    assert got == ([0, 1], [3, 4]), f"a horizon of 2 from day 4 keeps days 4 and 5: got {got}"


def test_large_table():
    timestamps = [i % 1000 for i in range(100_000)]
    train, test = time_split(timestamps, cutoff=900, gap=30)
    assert (len(train), len(test)) == (87_000, 10_000), f"got {len(train)} train and {len(test)} test rows"
    assert train[:3] == [0, 1, 2], f"train starts {train[:3]}"
    assert test[:3] == [900, 901, 902], f"test starts {test[:3]}"
    _, window = time_split(timestamps, cutoff=900, gap=30, horizon=50)
    assert len(window) == 5_000, f"a 50-day horizon kept {len(window)} test rows, expected 5000"


def test_invalid_gap_or_horizon():
    with pytest.raises(ValueError):
        time_split([1, 2, 3], cutoff=2, gap=-1)
    with pytest.raises(ValueError):
        time_split([1, 2, 3], cutoff=2, gap=0, horizon=0)


def test_no_training_rows():
    with pytest.raises(ValueError):
        time_split([5, 6, 7], cutoff=6, gap=1)


def test_no_test_rows():
    with pytest.raises(ValueError):
        time_split([1, 2, 3], cutoff=10, gap=0)
    with pytest.raises(ValueError):
        time_split([1, 2, 3, 8], cutoff=4, gap=0, horizon=2)
