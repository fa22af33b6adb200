"""Uses > instead of >=: a score exactly at the threshold is predicted negative."""


def precision_recall_at(y_true: list[int], scores: list[float], threshold: float) -> tuple[float, float]:
    if len(y_true) != len(scores):
        raise ValueError("y_true and scores must have the same length")
    if not y_true:
        raise ValueError("no examples")
    if any(y not in (0, 1) for y in y_true):
        raise ValueError("labels must be 0 or 1")
    tp = fp = fn = 0
    for y, s in zip(y_true, scores, strict=True):
        predicted = s > threshold
        tp += predicted and y == 1
        fp += predicted and y == 0
        fn += not predicted and y == 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall
