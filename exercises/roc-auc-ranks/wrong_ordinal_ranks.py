"""Ranks tied scores by their position in the sort, not their average rank: ties depend on input order."""


def roc_auc(y_true: list[int], scores: list[float]) -> float:
    if len(y_true) != len(scores):
        raise ValueError("y_true and scores must have the same length")
    if any(y not in (0, 1) for y in y_true):
        raise ValueError("labels must be 0 or 1")
    n_pos = sum(y_true)
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("ROC-AUC needs at least one positive and one negative")
    order = sorted(range(len(scores)), key=scores.__getitem__)
    rank_sum_pos = sum(rank for rank, k in enumerate(order, start=1) if y_true[k] == 1)
    return (rank_sum_pos - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
