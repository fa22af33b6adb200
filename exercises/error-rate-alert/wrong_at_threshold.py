"""Fires at rate >= threshold: a service sitting exactly at its objective raises an alert."""

from collections import deque


class ErrorRateAlert:
    def __init__(self, window: float, threshold: float, min_count: int) -> None:
        if window <= 0 or not 0 <= threshold < 1 or min_count < 1:
            raise ValueError("invalid settings")
        self._window = window
        self._threshold = threshold
        self._min_count = min_count
        self._events: deque[tuple[float, bool]] = deque()
        self._errors = 0
        self._latest = float("-inf")

    def record(self, timestamp: float, is_error: bool) -> None:
        if timestamp < self._latest:
            raise ValueError("timestamps must not go backwards")
        self._latest = timestamp
        self._events.append((timestamp, is_error))
        self._errors += is_error

    def firing(self, now: float) -> bool:
        if now < self._latest:
            raise ValueError("now is before the latest recorded event")
        while self._events and self._events[0][0] <= now - self._window:
            self._errors -= self._events.popleft()[1]
        count = len(self._events)
        return count >= self._min_count and self._errors / count >= self._threshold
