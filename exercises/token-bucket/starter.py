from collections.abc import Callable


class TokenBucket:
    """A token-bucket rate limiter: bursts up to ``capacity``, refilled at ``refill_rate`` tokens a second."""

    def __init__(self, capacity: float, refill_rate: float, clock: Callable[[], float]) -> None:
        raise NotImplementedError

    def allow(self, cost: float = 1.0) -> bool:
        """Take ``cost`` tokens and return True, or return False and take nothing."""
        raise NotImplementedError
