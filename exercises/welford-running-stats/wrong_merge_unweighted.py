"""Merges by averaging the two means and adding the M2 values: wrong unless the shards are alike."""

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
        merged._count = self._count + other._count
        if self._count and other._count:
            merged._mean = (self._mean + other._mean) / 2
        else:
            merged._mean = self._mean if self._count else other._mean
        merged._m2 = self._m2 + other._m2
        return merged

    @property
    def count(self) -> int:
        return self._count

    @property
    def mean(self) -> float:
        return self._mean if self._count else math.nan

    @property
    def variance(self) -> float:
        return self._m2 / (self._count - 1) if self._count > 1 else math.nan
