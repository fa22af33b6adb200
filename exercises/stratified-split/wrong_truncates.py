"""Rounds the per-class test count down with int(): 5 rows at 0.5 give 2 test rows instead of 3."""

import random
from collections import defaultdict


def stratified_split(labels: list[str | int], test_fraction: float, seed: int) -> tuple[list[int], list[int]]:
    if not 0 < test_fraction < 1:
        raise ValueError("test_fraction must be strictly between 0 and 1")
    rows_of: defaultdict[str | int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        rows_of[label].append(i)
    rng = random.Random(seed)
    train: list[int] = []
    test: list[int] = []
    for label in sorted(rows_of):
        rows = rows_of[label]
        n = len(rows)
        n_test = min(max(int(n * test_fraction), 1), n - 1) if n > 1 else 0
        rng.shuffle(rows)
        test.extend(rows[:n_test])
        train.extend(rows[n_test:])
    return sorted(train), sorted(test)
