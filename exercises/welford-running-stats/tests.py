import math

from solution import RunningStats


def stats_of(values):
    stats = RunningStats()
    for x in values:
        stats.add(x)
    return stats


def test_large_values_close_together():
    stats = stats_of([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])
    assert math.isclose(stats.mean, 1e9 + 10), f"mean is {stats.mean}, expected 1000000010.0"
    assert math.isclose(stats.variance, 30.0), (
        f"variance is {stats.variance}, expected 30.0 (not E[x^2] - E[x]^2)"
    )


def test_empty_and_single_value():
    empty = RunningStats()
    assert empty.count == 0, "a new object has count 0"
    assert math.isnan(empty.mean), f"the mean of nothing must be NaN, got {empty.mean}"
    assert math.isnan(empty.variance), f"the variance of nothing must be NaN, got {empty.variance}"
    one = stats_of([3.5])
    assert one.mean == 3.5, f"the mean of [3.5] is {one.mean}"
    assert math.isnan(one.variance), f"the sample variance of one value must be NaN, got {one.variance}"


def test_merge_of_unequal_shards():
    merged = stats_of([1, 2, 3]).merge(stats_of([10] * 5))
    assert merged.count == 8, f"count is {merged.count}, expected 8"
    assert math.isclose(merged.mean, 7.0), f"mean is {merged.mean}, expected 7.0 (weighted by shard size)"
    assert math.isclose(merged.variance, 17.428571428571427), (
        f"variance is {merged.variance}, expected 17.4286"
    )


def test_merge_keeps_the_spread_between_shards():
    merged = stats_of([0, 0]).merge(stats_of([10, 10]))
    assert math.isclose(merged.variance, 100 / 3), f"[0, 0, 10, 10] has variance 33.33, got {merged.variance}"


def test_merge_with_an_empty_side():
    full = stats_of([1.0, 2.0, 4.0])
    for merged in (full.merge(RunningStats()), RunningStats().merge(full)):
        assert merged.count == 3, f"count is {merged.count}, expected 3"
        assert math.isclose(merged.mean, 7 / 3), f"mean is {merged.mean}"
        assert math.isclose(merged.variance, 7 / 3), f"variance is {merged.variance}"
    both_empty = RunningStats().merge(RunningStats())
    assert both_empty.count == 0, "merging two empty objects is empty"
    assert math.isnan(both_empty.mean), "and its mean is NaN"


def test_merge_changes_neither_input():
    a, b = stats_of([1, 2, 3]), stats_of([10, 20])
    merged = a.merge(b)
    assert merged is not a, "merge must return a new object"
    assert merged is not b, "merge must return a new object"
    assert (a.count, a.mean, b.count, b.mean) == (3, 2.0, 2, 15.0), "merge modified an input"


def test_many_shards_in_any_order():
    values = [((i * 37) % 101) / 7 for i in range(1000)]
    whole = stats_of(values)
    shards = [stats_of(values[i : i + 100]) for i in range(0, 1000, 100)]
    merged = RunningStats()
    for shard in reversed(shards):
        merged = merged.merge(shard)
    assert merged.count == whole.count, "the merged count differs"
    assert math.isclose(merged.mean, whole.mean), f"merged mean {merged.mean} != {whole.mean}"
    assert math.isclose(merged.variance, whole.variance), (
        f"merged variance {merged.variance} != {whole.variance}"
    )


def test_long_stream():
    stats = stats_of(i % 10 for i in range(100_000))
    assert math.isclose(stats.mean, 4.5), f"mean is {stats.mean}, expected 4.5"
    want = 8.25 * 100_000 / 99_999
    assert math.isclose(stats.variance, want), f"variance is {stats.variance}, expected {want}"
