"""Interpolates linearly between ranks: it reports latencies that no request had."""

from collections import deque


class RollingPercentile:
    def __init__(self, window: int, percentile: float = 95.0) -> None:
        if window < 1 or not 0 < percentile <= 100:
            raise ValueError("window must be at least 1 and percentile in (0, 100]")
        self._percentile = percentile
        self._values: deque[float] = deque(maxlen=window)

    def add(self, value: float) -> None:
        self._values.append(value)

    def value(self) -> float | None:
        if not self._values:
            return None
        ordered = sorted(self._values)
        position = (len(ordered) - 1) * self._percentile / 100
        low = int(position)
        high = min(low + 1, len(ordered) - 1)
        return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
