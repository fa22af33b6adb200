"""Builds the ideal order from the top k results only: a relevant item pushed below k vanishes from it."""

import math


def ndcg_at_k(ranked: list[float], k: int, judged: list[float] | None = None) -> float:
    if k < 1:
        raise ValueError("k must be at least 1")
    pool = ranked[:k] if judged is None else judged
    if any(r < 0 for r in ranked) or any(r < 0 for r in pool):
        raise ValueError("relevance grades must be non-negative")

    def dcg(grades: list[float]) -> float:
        return sum(g / math.log2(i + 2) for i, g in enumerate(grades[:k]))

    ideal = dcg(sorted(pool, reverse=True))
    return dcg(ranked) / ideal if ideal > 0 else 0.0
