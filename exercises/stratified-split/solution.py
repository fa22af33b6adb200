import math
import random
from collections import defaultdict


def stratified_split(labels: list[str | int], test_fraction: float, seed: int) -> tuple[list[int], list[int]]:
    """Train and test row indices, each class split in the same proportion; both lists sorted."""
    if not 0 < test_fraction < 1:
        raise ValueError("test_fraction must be strictly between 0 and 1")
    rows_of: defaultdict[str | int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        rows_of[label].append(i)
    rng = random.Random(seed)  # a private generator: the global one is shared and unseeded
    train: list[int] = []
    test: list[int] = []
    for label in sorted(rows_of):  # a fixed class order, so the seed alone fixes the result
        rows = rows_of[label]
        n = len(rows)
        n_test = math.floor(n * test_fraction + 0.5) if n > 1 else 0
        n_test = min(max(n_test, 1), n - 1) if n > 1 else 0
        rng.shuffle(rows)
        test.extend(rows[:n_test])
        train.extend(rows[n_test:])
    return sorted(train), sorted(test)
