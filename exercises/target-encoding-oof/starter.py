def target_encode_oof(
    categories: list[str], targets: list[float], n_folds: int, smoothing: float
) -> list[float]:
    """Out-of-fold smoothed target encoding: each row is encoded from the other folds' rows only.

    Row i is in fold i % n_folds. Raises ValueError for lists of different lengths, n_folds outside
    [2, len(categories)], or a negative smoothing.
    """
    raise NotImplementedError
