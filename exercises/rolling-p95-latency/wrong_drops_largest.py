"""Drops the largest value instead of the oldest: old spikes vanish at once, old lows never leave."""

from bisect import insort


class RollingPercentile:
    def __init__(self, window: int, percentile: float = 95.0) -> None:
        if window < 1 or not 0 < percentile <= 100:
            raise ValueError("window must be at least 1 and percentile in (0, 100]")
        self._window = window
        self._percentile = percentile
        self._sorted: list[float] = []

    def add(self, value: float) -> None:
        insort(self._sorted, value)
        if len(self._sorted) > self._window:
            self._sorted.pop()

    def value(self) -> float | None:
        n = len(self._sorted)
        if n == 0:
            return None
        rank = -(-self._percentile * n // 100)
        return self._sorted[int(rank) - 1]
