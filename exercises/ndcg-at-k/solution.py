import math


def ndcg_at_k(ranked: list[float], k: int, judged: list[float] | None = None) -> float:
    """NDCG@k with linear gain; the ideal order comes from ``judged`` (all graded items) if given."""
    if k < 1:
        raise ValueError("k must be at least 1")
    pool = ranked if judged is None else judged
    if any(r < 0 for r in ranked) or any(r < 0 for r in pool):
        raise ValueError("relevance grades must be non-negative")

    def dcg(grades: list[float]) -> float:
        # Position i (0-based) is rank i + 1, discounted by log2(rank + 1) = log2(i + 2).
        return sum(g / math.log2(i + 2) for i, g in enumerate(grades[:k]))

    ideal = dcg(sorted(pool, reverse=True))
    return dcg(ranked) / ideal if ideal > 0 else 0.0
