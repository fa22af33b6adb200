import random
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def reservoir_sample(stream: Iterable[T], k: int, seed: int) -> list[T]:
    """A uniform random sample of k items from a stream of unknown length, in one pass and O(k) memory."""
    if k < 0:
        raise ValueError("k must be non-negative")
    rng = random.Random(seed)
    sample: list[T] = []
    for i, item in enumerate(stream):
        if i < k:
            sample.append(item)
        else:
            j = rng.randint(0, i)  # item i (0-based) is kept with probability k / (i + 1)
            if j < k:
                sample[j] = item
    return sample
