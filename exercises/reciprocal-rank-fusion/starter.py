def reciprocal_rank_fusion(rankings: list[list[str]], k: int = 60) -> list[tuple[str, float]]:
    """Merge ranked lists by the sum of 1 / (k + rank), ranks from 1; best first, ties by id.

    Raises ValueError for k < 0.
    """
    raise NotImplementedError
