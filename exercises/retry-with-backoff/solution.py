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
    """Call ``fn`` until it succeeds, sleeping with capped exponential backoff and full jitter in between."""
    if max_attempts < 1:
        raise ValueError("max_attempts must be at least 1")
    if base_delay < 0 or max_delay < 0:
        raise ValueError("delays must be non-negative")
    ceiling = min(base_delay, max_delay)
    for attempt in range(1, max_attempts + 1):
        try:
            return fn()
        except retry_on:
            if attempt == max_attempts:
                raise  # out of attempts: the caller sees the last error itself
            sleep(rng.uniform(0, ceiling))
            # Doubling the capped value never overflows, unlike base_delay * 2 ** attempt.
            ceiling = min(ceiling * 2, max_delay)
    raise AssertionError("unreachable")
