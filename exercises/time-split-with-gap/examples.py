from solution import time_split

WEEKLY = [0, 7, 14, 21, 28, 35]  # day numbers of six weekly snapshots


def test_example_1():
    got = time_split(WEEKLY, cutoff=20, gap=0)
    want = ([0, 1, 2], [3, 4, 5])
    assert got == want, f"time_split(weekly, cutoff=20, gap=0) returned {got}, expected {want}"


def test_example_2():
    got = time_split(WEEKLY, cutoff=28, gap=3)
    want = ([0, 1, 2, 3], [4, 5])
    assert got == want, f"time_split(weekly, cutoff=28, gap=3) returned {got}, expected {want}"
