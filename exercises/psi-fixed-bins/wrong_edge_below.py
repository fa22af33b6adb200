"""bisect_left: a value equal to an edge lands in the bin below it instead of the bin above."""

import math
from bisect import bisect_left
from itertools import pairwise


def psi(reference: list[float], current: list[float], edges: list[float], floor: float = 1e-4) -> float:
    if not reference or not current:
        raise ValueError("both samples must be non-empty")
    if floor <= 0:
        raise ValueError("floor must be positive")
    if any(a >= b for a, b in pairwise(edges)):
        raise ValueError("edges must be strictly increasing")

    def shares(values: list[float]) -> list[float]:
        counts = [0] * (len(edges) + 1)
        for x in values:
            counts[bisect_left(edges, x)] += 1
        return [max(c / len(values), floor) for c in counts]

    return sum((a - e) * math.log(a / e) for e, a in zip(shares(reference), shares(current), strict=True))
