from collections import deque


class ErrorRateAlert:
    """Fires when the error rate over the last ``window`` seconds exceeds ``threshold`` on enough requests."""

    def __init__(self, window: float, threshold: float, min_count: int) -> None:
        if window <= 0:
            raise ValueError("window must be positive")
        if not 0 <= threshold < 1:
            raise ValueError("threshold must be in [0, 1)")
        if min_count < 1:
            raise ValueError("min_count must be at least 1")
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
        # An event exactly `window` seconds old has left the window.
        while self._events and self._events[0][0] <= now - self._window:
            _, was_error = self._events.popleft()
            self._errors -= was_error
        count = len(self._events)
        return count >= self._min_count and self._errors / count > self._threshold
