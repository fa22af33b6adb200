"""Divides by n instead of n - 1 (population variance) and returns 0.0 instead of NaN for one value."""

import math


class RunningStats:
    def __init__(self) -> None:
        self._count = 0
        self._mean = 0.0
        self._m2 = 0.0

    def add(self, x: float) -> None:
        self._count += 1
        delta = x - self._mean
        self._mean += delta / self._count
        self._m2 += delta * (x - self._mean)

    def merge(self, other: "RunningStats") -> "RunningStats":
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
        return self._m2 / self._count if self._count else math.nan
