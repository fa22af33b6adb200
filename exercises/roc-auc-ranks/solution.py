def roc_auc(y_true: list[int], scores: list[float]) -> float:
    """ROC-AUC from ranks (Mann-Whitney U); tied scores share their average rank."""
    if len(y_true) != len(scores):
        raise ValueError("y_true and scores must have the same length")
    if any(y not in (0, 1) for y in y_true):
        raise ValueError("labels must be 0 or 1")
    n_pos = sum(y_true)
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("ROC-AUC needs at least one positive and one negative")
    order = sorted(range(len(scores)), key=scores.__getitem__)
    rank_sum_pos = 0.0
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and scores[order[end + 1]] == scores[order[start]]:
            end += 1
        average_rank = (start + end) / 2 + 1  # ranks are 1-based
        rank_sum_pos += average_rank * sum(y_true[k] for k in order[start : end + 1])
        start = end + 1
    return (rank_sum_pos - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
