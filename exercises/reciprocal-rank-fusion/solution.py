from collections import defaultdict


def reciprocal_rank_fusion(rankings: list[list[str]], k: int = 60) -> list[tuple[str, float]]:
    """Merge ranked lists by the sum of 1 / (k + rank); best first, ties by id."""
    if k < 0:
        raise ValueError("k must be non-negative")
    scores: defaultdict[str, float] = defaultdict(float)
    for ranking in rankings:
        seen: set[str] = set()
        for rank, doc in enumerate(ranking, start=1):
            if doc in seen:  # a list that repeats an id votes for it once, at its best rank
                continue
            seen.add(doc)
            scores[doc] += 1 / (k + rank)
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))
