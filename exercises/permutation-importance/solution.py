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
    """For each column, the mean drop in ``metric`` (higher is better) when that column alone is shuffled."""
    if not X:
        raise ValueError("X must have at least one row")
    if len(y) != len(X):
        raise ValueError("X and y must have the same number of rows")
    width = len(X[0])
    if any(len(row) != width for row in X):
        raise ValueError("every row must have the same number of columns")
    if n_repeats < 1:
        raise ValueError("n_repeats must be at least 1")
    rng = random.Random(seed)
    baseline = metric(y, predict(X))
    importances = []
    for j in range(width):
        drops = []
        for _ in range(n_repeats):
            column = [row[j] for row in X]
            rng.shuffle(column)
            # New rows: the caller's X is never modified, and the other columns stay in place.
            shuffled = [[*row[:j], value, *row[j + 1 :]] for row, value in zip(X, column, strict=True)]
            drops.append(baseline - metric(y, predict(shuffled)))
        importances.append(sum(drops) / n_repeats)
    return importances
