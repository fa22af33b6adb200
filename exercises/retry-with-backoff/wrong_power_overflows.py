"""Computes base_delay * 2 ** attempt before capping it: past attempt 1023 that raises OverflowError."""

import random
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def call_with_retry(
    fn: Callable[[], T],
    *,
    max_attempts: int,
    base_delay: float,
    max_delay: float,
    sleep: Callable[[float], None],
    rng: random.Random,
    retry_on: tuple[type[Exception], ...] = (Exception,),
) -> T:
    if max_attempts < 1:
        raise ValueError("max_attempts must be at least 1")
    if base_delay < 0 or max_delay < 0:
        raise ValueError("delays must be non-negative")
    for attempt in range(max_attempts):
        try:
            return fn()
        except retry_on:
            if attempt == max_attempts - 1:
                raise
            sleep(rng.uniform(0, min(max_delay, base_delay * 2**attempt)))
    raise AssertionError("unreachable")
