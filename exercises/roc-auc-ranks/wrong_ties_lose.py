"""Counts (positive, negative) pairs with > only: a tie counts as a loss instead of one half."""


def roc_auc(y_true: list[int], scores: list[float]) -> float:
    if len(y_true) != len(scores):
        raise ValueError("y_true and scores must have the same length")
    if any(y not in (0, 1) for y in y_true):
        raise ValueError("labels must be 0 or 1")
    positives = [s for y, s in zip(y_true, scores, strict=True) if y == 1]
    negatives = [s for y, s in zip(y_true, scores, strict=True) if y == 0]
    if not positives or not negatives:
        raise ValueError("ROC-AUC needs at least one positive and one negative")
    wins = sum(1 for p in positives for q in negatives if p > q)
    return wins / (len(positives) * len(negatives))
