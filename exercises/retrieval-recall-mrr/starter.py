def recall_and_mrr(results: list[list[str]], relevant: list[set[str]], k: int) -> tuple[float, float]:
    """Mean recall@k and MRR@k of a retriever over labelled queries with at least one relevant id.

    Raises ValueError for lists of different lengths, k < 1, or no query with a relevant id.
    """
    raise NotImplementedError
