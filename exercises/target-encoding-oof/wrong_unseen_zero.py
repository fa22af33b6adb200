"""Encodes a category absent from the other folds as 0.0, which reads as "never positive", not "unknown"."""

from collections import defaultdict


def target_encode_oof(
    categories: list[str], targets: list[float], n_folds: int, smoothing: float
) -> list[float]:
    n = len(categories)
    if len(targets) != n or not 2 <= n_folds <= n or smoothing < 0:
        raise ValueError("invalid input")
    fold_sum = [0.0] * n_folds
    fold_count = [0] * n_folds
    sums: defaultdict[tuple[int, str], float] = defaultdict(float)
    counts: defaultdict[tuple[int, str], int] = defaultdict(int)
    for i, (c, y) in enumerate(zip(categories, targets, strict=True)):
        fold_sum[i % n_folds] += y
        fold_count[i % n_folds] += 1
        sums[i % n_folds, c] += y
        counts[i % n_folds, c] += 1
    encoded = []
    for i, c in enumerate(categories):
        f = i % n_folds
        prior = (sum(fold_sum) - fold_sum[f]) / (n - fold_count[f])
        s = sum(sums[g, c] for g in range(n_folds) if g != f)
        k = sum(counts[g, c] for g in range(n_folds) if g != f)
        encoded.append((s + smoothing * prior) / (k + smoothing) if k else 0.0)
    return encoded
