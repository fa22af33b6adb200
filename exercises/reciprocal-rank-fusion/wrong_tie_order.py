"""Sorts by score only: ties keep dict insertion order, so the output depends on the order of the lists."""

from collections import defaultdict


def reciprocal_rank_fusion(rankings: list[list[str]], k: int = 60) -> list[tuple[str, float]]:
    if k < 0:
        raise ValueError("k must be non-negative")
    scores: defaultdict[str, float] = defaultdict(float)
    for ranking in rankings:
        seen: set[str] = set()
        for rank, doc in enumerate(ranking, start=1):
            if doc not in seen:
                seen.add(doc)
                scores[doc] += 1 / (k + rank)
    return sorted(scores.items(), key=lambda item: -item[1])
