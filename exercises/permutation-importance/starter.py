from collections.abc import Callable


def permutation_importance(
    predict: Callable[[list[list[float]]], list[float]],
    X: list[list[float]],
    y: list[float],
    metric: Callable[[list[float], list[float]], float],
    n_repeats: int,
    seed: int,
) -> list[float]:
    """For each column, the mean drop in ``metric`` (higher is better) when that column alone is shuffled.

    Raises ValueError for an empty X, X and y of different lengths, ragged rows, or n_repeats < 1.
    """
    raise NotImplementedError
