"""Ignores the judged pool: relevant items the ranker never retrieved do not lower the score."""

import math


def ndcg_at_k(ranked: list[float], k: int, judged: list[float] | None = None) -> float:
    if k < 1:
        raise ValueError("k must be at least 1")
    if any(r < 0 for r in ranked) or any(r < 0 for r in judged or []):
        raise ValueError("relevance grades must be non-negative")

    def dcg(grades: list[float]) -> float:
        return sum(g / math.log2(i + 2) for i, g in enumerate(grades[:k]))

    ideal = dcg(sorted(ranked, reverse=True))
    return dcg(ranked) / ideal if ideal > 0 else 0.0
