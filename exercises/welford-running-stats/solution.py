import math


class RunningStats:
    """Count, mean and sample variance of a stream in one pass (Welford), mergeable across shards (Chan)."""

    def __init__(self) -> None:
        self._count = 0
        self._mean = 0.0
        self._m2 = 0.0  # the sum of squared deviations from the current mean

    def add(self, x: float) -> None:
        self._count += 1
        delta = x - self._mean
        self._mean += delta / self._count
        self._m2 += delta * (x - self._mean)  # uses the old and the new mean: no catastrophic cancellation

    def merge(self, other: "RunningStats") -> "RunningStats":
        """The statistics of both streams together, as a new object; neither input changes."""
        merged = RunningStats()
        n = self._count + other._count
        if n == 0:
            return merged
        delta = other._mean - self._mean
        merged._count = n
        merged._mean = self._mean + delta * other._count / n
        merged._m2 = self._m2 + other._m2 + delta * delta * self._count * other._count / n
        return merged

    @property
    def count(self) -> int:
        return self._count

    @property
    def mean(self) -> float:
        return self._mean if self._count else math.nan

    @property
    def variance(self) -> float:
        """Sample variance (divided by n - 1); NaN with fewer than two values."""
        return self._m2 / (self._count - 1) if self._count > 1 else math.nan
