"""Evaluates the CDFs only at the values of the first sample, so a maximum at a value of b is missed."""

from bisect import bisect_right


def ks_statistic(a: list[float], b: list[float]) -> float:
    if not a or not b:
        raise ValueError("both samples must be non-empty")
    xs, ys = sorted(a), sorted(b)
    return max(abs(bisect_right(xs, x) / len(xs) - bisect_right(ys, x) / len(ys)) for x in xs)
