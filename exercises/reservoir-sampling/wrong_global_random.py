"""Seeds and draws from the global random generator: it resets the state every other caller relies on."""

import random
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def reservoir_sample(stream: Iterable[T], k: int, seed: int) -> list[T]:
    if k < 0:
        raise ValueError("k must be non-negative")
    random.seed(seed)
    sample: list[T] = []
    for i, item in enumerate(stream):
        if i < k:
            sample.append(item)
        else:
            j = random.randint(0, i)
            if j < k:
                sample[j] = item
    return sample
