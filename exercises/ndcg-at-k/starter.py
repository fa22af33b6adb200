def ndcg_at_k(ranked: list[float], k: int, judged: list[float] | None = None) -> float:
    """NDCG@k with linear gain; the ideal order comes from ``judged`` (all graded items) if given.

    Returns 0.0 when no item is relevant. Raises ValueError for k < 1 or a negative grade.
    """
    raise NotImplementedError
