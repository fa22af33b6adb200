"""Shuffles each column inside X and never restores it: later columns see broken data, X is corrupted."""

import random
from collections.abc import Callable


def permutation_importance(
    predict: Callable[[list[list[float]]], list[float]],
    X: list[list[float]],
    y: list[float],
    metric: Callable[[list[float], list[float]], float],
    n_repeats: int,
    seed: int,
) -> list[float]:
    if not X or len(y) != len(X) or any(len(row) != len(X[0]) for row in X) or n_repeats < 1:
        raise ValueError("invalid input")
    rng = random.Random(seed)
    baseline = metric(y, predict(X))
    importances = []
    for j in range(len(X[0])):
        drops = []
        for _ in range(n_repeats):
            column = [row[j] for row in X]
            rng.shuffle(column)
            for row, value in zip(X, column, strict=True):
                row[j] = value
            drops.append(baseline - metric(y, predict(X)))
        importances.append(sum(drops) / n_repeats)
    return importances
