from collections import defaultdict


def target_encode_oof(
    categories: list[str], targets: list[float], n_folds: int, smoothing: float
) -> list[float]:
    """Out-of-fold smoothed target encoding: each row is encoded from the other folds' rows only."""
    n = len(categories)
    if len(targets) != n:
        raise ValueError("categories and targets must have the same length")
    if not 2 <= n_folds <= n:
        raise ValueError("n_folds must be between 2 and the number of rows")
    if smoothing < 0:
        raise ValueError("smoothing must be non-negative")
    # Totals over all rows and per fold; out-of-fold = total - in-fold, so the whole pass is O(n).
    total_sum, total_count = sum(targets), n
    fold_sum = [0.0] * n_folds
    fold_count = [0] * n_folds
    cat_sum: defaultdict[str, float] = defaultdict(float)
    cat_count: defaultdict[str, int] = defaultdict(int)
    fold_cat_sum: defaultdict[tuple[int, str], float] = defaultdict(float)
    fold_cat_count: defaultdict[tuple[int, str], int] = defaultdict(int)
    for i, (c, y) in enumerate(zip(categories, targets, strict=True)):
        f = i % n_folds
        fold_sum[f] += y
        fold_count[f] += 1
        cat_sum[c] += y
        cat_count[c] += 1
        fold_cat_sum[f, c] += y
        fold_cat_count[f, c] += 1
    encoded = []
    for i, c in enumerate(categories):
        f = i % n_folds
        prior = (total_sum - fold_sum[f]) / (total_count - fold_count[f])
        s = cat_sum[c] - fold_cat_sum[f, c]
        k = cat_count[c] - fold_cat_count[f, c]
        encoded.append((s + smoothing * prior) / (k + smoothing) if k + smoothing > 0 else prior)
    return encoded
