import math

from solution import RunningStats


def stats_of(values):
    stats = RunningStats()
    for x in values:
        stats.add(x)
    return stats


def test_example_1():
    stats = stats_of([2, 4, 4, 4, 5, 5, 7, 9])
    got = (stats.count, stats.mean, stats.variance)
    assert got[0] == 8, f"count is {got[0]}, expected 8"
    assert math.isclose(got[1], 5.0), f"mean is {got[1]}, expected 5.0"
    assert math.isclose(got[2], 32 / 7), f"sample variance is {got[2]}, expected 32/7 = 4.5714"


def test_example_2():
    merged = stats_of([2, 4, 4, 4]).merge(stats_of([5, 5, 7, 9]))
    assert merged.count == 8, f"merged count is {merged.count}, expected 8"
    assert math.isclose(merged.mean, 5.0), f"merged mean is {merged.mean}, expected 5.0"
    assert math.isclose(merged.variance, 32 / 7), f"merged variance is {merged.variance}, expected 32/7"
