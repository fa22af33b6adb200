"""Merges one value at a time: inside a run of tied values it measures a gap that does not exist."""


def ks_statistic(a: list[float], b: list[float]) -> float:
    if not a or not b:
        raise ValueError("both samples must be non-empty")
    xs, ys = sorted(a), sorted(b)
    n, m = len(xs), len(ys)
    i = j = 0
    d = 0.0
    while i < n and j < m:
        if xs[i] <= ys[j]:
            i += 1
        else:
            j += 1
        d = max(d, abs(i / n - j / m))
    return d
