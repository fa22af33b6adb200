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
    """Call ``fn`` until it succeeds, sleeping with capped exponential backoff and full jitter in between.

    Raises ValueError for max_attempts < 1 or a negative delay; re-raises fn's last error at the end.
    """
    raise NotImplementedError
