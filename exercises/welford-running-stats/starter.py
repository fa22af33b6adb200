class RunningStats:
    """Count, mean and sample variance of a stream in one pass (Welford), mergeable across shards (Chan)."""

    def __init__(self) -> None:
        raise NotImplementedError

    def add(self, x: float) -> None:
        raise NotImplementedError

    def merge(self, other: "RunningStats") -> "RunningStats":
        """The statistics of both streams together, as a new object; neither input changes."""
        raise NotImplementedError

    @property
    def count(self) -> int:
        raise NotImplementedError

    @property
    def mean(self) -> float:
        """NaN with no values."""
        raise NotImplementedError

    @property
    def variance(self) -> float:
        """Sample variance (divided by n - 1); NaN with fewer than two values."""
        raise NotImplementedError
