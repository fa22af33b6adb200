"""Counts every relevant position, so a passage returned twice counts twice and recall can pass 1."""


def recall_and_mrr(results: list[list[str]], relevant: list[set[str]], k: int) -> tuple[float, float]:
    if len(results) != len(relevant) or k < 1:
        raise ValueError("one relevant set per query, and k >= 1")
    recalls, reciprocal_ranks = [], []
    for returned, wanted in zip(results, relevant, strict=True):
        if not wanted:
            continue
        top = returned[:k]
        recalls.append(sum(1 for doc in top if doc in wanted) / len(wanted))
        rank = next((i for i, doc in enumerate(top, start=1) if doc in wanted), None)
        reciprocal_ranks.append(1 / rank if rank else 0.0)
    if not recalls:
        raise ValueError("no query has a relevant id")
    return sum(recalls) / len(recalls), sum(reciprocal_ranks) / len(reciprocal_ranks)
