"""Takes the first rows of each class without shuffling: the split inherits the table's order."""

import math
from collections import defaultdict


def stratified_split(labels: list[str | int], test_fraction: float, seed: int) -> tuple[list[int], list[int]]:
    if not 0 < test_fraction < 1:
        raise ValueError("test_fraction must be strictly between 0 and 1")
    rows_of: defaultdict[str | int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        rows_of[label].append(i)
    train: list[int] = []
    test: list[int] = []
    for rows in rows_of.values():
        n = len(rows)
        n_test = min(max(math.floor(n * test_fraction + 0.5), 1), n - 1) if n > 1 else 0
        test.extend(rows[:n_test])
        train.extend(rows[n_test:])
    return sorted(train), sorted(test)
