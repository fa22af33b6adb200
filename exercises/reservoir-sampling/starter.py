from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def reservoir_sample(stream: Iterable[T], k: int, seed: int) -> list[T]:
    """A uniform random sample of k items from a stream of unknown length, in one pass and O(k) memory.

    Raises ValueError for k < 0.
    """
    raise NotImplementedError
