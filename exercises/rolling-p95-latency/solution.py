import math
from bisect import bisect_left, insort
from collections import deque


class RollingPercentile:
    """The nearest-rank percentile of the last ``window`` values of a stream (say latencies)."""

    def __init__(self, window: int, percentile: float = 95.0) -> None:
        if window < 1:
            raise ValueError("window must be at least 1")
        if not 0 < percentile <= 100:
            raise ValueError("percentile must be in (0, 100]")
        self._window = window
        self._percentile = percentile
        self._arrivals: deque[float] = deque()  # oldest first, to know what leaves
        self._sorted: list[float] = []  # the same values in order, to read a rank

    def add(self, value: float) -> None:
        self._arrivals.append(value)
        insort(self._sorted, value)
        if len(self._arrivals) > self._window:
            oldest = self._arrivals.popleft()
            del self._sorted[bisect_left(self._sorted, oldest)]

    def value(self) -> float | None:
        """The smallest value with at least ``percentile`` % of the window at or below it; None if empty."""
        n = len(self._sorted)
        if n == 0:
            return None
        rank = math.ceil(self._percentile * n / 100)  # 1-based nearest rank
        return self._sorted[rank - 1]
