class RollingPercentile:
    """The nearest-rank percentile of the last ``window`` values of a stream (say latencies)."""

    def __init__(self, window: int, percentile: float = 95.0) -> None:
        raise NotImplementedError

    def add(self, value: float) -> None:
        raise NotImplementedError

    def value(self) -> float | None:
        """The value at 1-based rank ceil(percentile / 100 * n) of the sorted window; None if empty."""
        raise NotImplementedError
