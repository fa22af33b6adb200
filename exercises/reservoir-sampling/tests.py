# ruff: noqa: PT011
import random
from collections import Counter

import pytest
from solution import reservoir_sample


def test_every_item_is_equally_likely():
    counts = Counter(x for seed in range(2000) for x in reservoir_sample(range(10), 3, seed))
    # Each item should appear 2000 * 3/10 = 600 times; the standard deviation is about 20.
    far = {item: c for item, c in sorted(counts.items()) if abs(c - 600) > 100}
    assert not far, f"over 2000 seeds, these items were picked far from 600 times: {far}"


def test_first_and_last_items_can_be_dropped():
    samples = [reservoir_sample(range(10), 3, seed) for seed in range(200)]
    assert any(0 not in s for s in samples), "the first item is in every sample"
    assert any(9 not in s for s in samples), "the last item is in every sample"


def test_reads_a_generator_once_without_len():
    reads = []

    def stream():
        for i in range(500):
            reads.append(i)
            yield i

    got = reservoir_sample(stream(), 4, seed=1)
    assert len(got) == 4, f"expected 4 items, got {got}"
    assert reads == list(range(500)), "the generator must be read once, start to end"


def test_same_seed_same_sample():
    first = reservoir_sample(iter(range(10_000)), 7, seed=99)
    again = reservoir_sample(iter(range(10_000)), 7, seed=99)
    other = reservoir_sample(iter(range(10_000)), 7, seed=100)
    assert again == first, "the same seed must give the same sample"
    assert other != first, "seeds 99 and 100 gave the same sample"


def test_global_random_state_is_untouched():
    random.seed(5)
    expected = random.random()
    random.seed(5)
    reservoir_sample(range(1000), 10, seed=3)
    assert random.random() == expected, "the function drew from (or reseeded) the global random generator"


def test_exactly_k_items():
    got = reservoir_sample("abcd", 4, seed=0)
    assert got == ["a", "b", "c", "d"], f"a stream of exactly k items is returned whole: got {got}"


def test_k_zero_and_empty_stream():
    assert reservoir_sample(range(100), 0, seed=0) == [], "k = 0 must give []"
    assert reservoir_sample([], 3, seed=0) == [], "an empty stream must give []"


def test_long_stream():
    got = reservoir_sample(range(100_000), 5, seed=0)
    assert len(set(got)) == 5, f"expected 5 distinct items, got {got}"
    assert max(got) >= 5, f"after 100,000 items the sample is still the first five: {got}"


def test_negative_k():
    with pytest.raises(ValueError):
        reservoir_sample(range(10), -1, seed=0)
