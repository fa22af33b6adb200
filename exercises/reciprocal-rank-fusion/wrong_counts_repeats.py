"""Scores every position of every list: an id repeated within one list votes for itself twice."""

from collections import defaultdict


def reciprocal_rank_fusion(rankings: list[list[str]], k: int = 60) -> list[tuple[str, float]]:
    if k < 0:
        raise ValueError("k must be non-negative")
    scores: defaultdict[str, float] = defaultdict(float)
    for ranking in rankings:
        for rank, doc in enumerate(ranking, start=1):
            scores[doc] += 1 / (k + rank)
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))
