def recall_and_mrr(results: list[list[str]], relevant: list[set[str]], k: int) -> tuple[float, float]:
    """Mean recall@k and MRR@k of a retriever over labelled queries with at least one relevant id."""
    if len(results) != len(relevant):
        raise ValueError("results and relevant must have one entry per query")
    if k < 1:
        raise ValueError("k must be at least 1")
    recalls: list[float] = []
    reciprocal_ranks: list[float] = []
    for returned, wanted in zip(results, relevant, strict=True):
        if not wanted:
            continue  # a query with nothing relevant cannot be scored
        top = returned[:k]
        recalls.append(len(set(top) & wanted) / len(wanted))  # a repeated id counts once
        rank = next((position for position, doc in enumerate(top, start=1) if doc in wanted), None)
        reciprocal_ranks.append(1 / rank if rank else 0.0)
    if not recalls:
        raise ValueError("no query has a relevant id")
    return sum(recalls) / len(recalls), sum(reciprocal_ranks) / len(reciprocal_ranks)
