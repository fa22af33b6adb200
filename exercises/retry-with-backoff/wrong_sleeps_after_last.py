"""Sleeps after every failure, the last one included: the caller waits for nothing before seeing the error."""

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
    ceiling = min(base_delay, max_delay)
    last_error: Exception | None = None
    for _ in range(max_attempts):
        try:
            return fn()
        except retry_on as error:
            last_error = error
            sleep(rng.uniform(0, ceiling))
            ceiling = min(ceiling * 2, max_delay)
    assert last_error is not None
    raise last_error
