"""Truncates the rank with int() instead of rounding up: one position too low unless p * n / 100 is whole."""

from bisect import bisect_left, insort
from collections import deque


class RollingPercentile:
    def __init__(self, window: int, percentile: float = 95.0) -> None:
        if window < 1 or not 0 < percentile <= 100:
            raise ValueError("window must be at least 1 and percentile in (0, 100]")
        self._window = window
        self._percentile = percentile
        self._arrivals: deque[float] = deque()
        self._sorted: list[float] = []

    def add(self, value: float) -> None:
        self._arrivals.append(value)
        insort(self._sorted, value)
        if len(self._arrivals) > self._window:
            del self._sorted[bisect_left(self._sorted, self._arrivals.popleft())]

    def value(self) -> float | None:
        n = len(self._sorted)
        if n == 0:
            return None
        return self._sorted[max(int(self._percentile * n / 100), 1) - 1]
