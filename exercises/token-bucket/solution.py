from collections.abc import Callable


class TokenBucket:
    """A token-bucket rate limiter: bursts up to ``capacity``, refilled at ``refill_rate`` tokens a second."""

    def __init__(self, capacity: float, refill_rate: float, clock: Callable[[], float]) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        if refill_rate <= 0:
            raise ValueError("refill_rate must be positive")
        self._capacity = capacity
        self._rate = refill_rate
        self._clock = clock
        self._tokens = capacity  # a new bucket starts full
        self._last = clock()

    def allow(self, cost: float = 1.0) -> bool:
        """Take ``cost`` tokens and return True, or return False and take nothing."""
        if cost <= 0:
            raise ValueError("cost must be positive")
        now = self._clock()
        if now > self._last:  # a clock that steps back neither adds nor removes tokens
            self._tokens = min(self._capacity, self._tokens + (now - self._last) * self._rate)
            self._last = now
        if cost <= self._tokens:
            self._tokens -= cost
            return True
        return False
