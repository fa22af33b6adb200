"""Divides without a guard: nothing predicted positive (or no positive label) raises ZeroDivisionError."""


def precision_recall_at(y_true: list[int], scores: list[float], threshold: float) -> tuple[float, float]:
    if len(y_true) != len(scores):
        raise ValueError("y_true and scores must have the same length")
    if not y_true:
        raise ValueError("no examples")
    if any(y not in (0, 1) for y in y_true):
        raise ValueError("labels must be 0 or 1")
    tp = sum(1 for y, s in zip(y_true, scores, strict=True) if s >= threshold and y == 1)
    predicted = sum(1 for s in scores if s >= threshold)
    actual = sum(y_true)
    return tp / predicted, tp / actual
