"""Trusts the clock blindly: a step back gives a negative elapsed time that removes tokens."""

from collections.abc import Callable


class TokenBucket:
    def __init__(self, capacity: float, refill_rate: float, clock: Callable[[], float]) -> None:
        if capacity <= 0 or refill_rate <= 0:
            raise ValueError("capacity and refill_rate must be positive")
        self._capacity = capacity
        self._rate = refill_rate
        self._clock = clock
        self._tokens = capacity
        self._last = clock()

    def allow(self, cost: float = 1.0) -> bool:
        if cost <= 0:
            raise ValueError("cost must be positive")
        now = self._clock()
        self._tokens = min(self._capacity, self._tokens + (now - self._last) * self._rate)
        self._last = now
        if cost <= self._tokens:
            self._tokens -= cost
            return True
        return False
