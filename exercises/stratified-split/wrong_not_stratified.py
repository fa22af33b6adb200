"""Shuffles all rows together and cuts once: class proportions in the test set are left to chance."""

import math
import random


def stratified_split(labels: list[str | int], test_fraction: float, seed: int) -> tuple[list[int], list[int]]:
    if not 0 < test_fraction < 1:
        raise ValueError("test_fraction must be strictly between 0 and 1")
    rows = list(range(len(labels)))
    random.Random(seed).shuffle(rows)
    n_test = math.floor(len(rows) * test_fraction + 0.5)
    return sorted(rows[n_test:]), sorted(rows[:n_test])
