"""Computes the category statistics out of fold but the prior over all rows, own target included."""

from collections import defaultdict


def target_encode_oof(
    categories: list[str], targets: list[float], n_folds: int, smoothing: float
) -> list[float]:
    n = len(categories)
    if len(targets) != n or not 2 <= n_folds <= n or smoothing < 0:
        raise ValueError("invalid input")
    prior = sum(targets) / n
    sums: defaultdict[tuple[int, str], float] = defaultdict(float)
    counts: defaultdict[tuple[int, str], int] = defaultdict(int)
    for i, (c, y) in enumerate(zip(categories, targets, strict=True)):
        sums[i % n_folds, c] += y
        counts[i % n_folds, c] += 1
    encoded = []
    for i, c in enumerate(categories):
        s = sum(sums[f, c] for f in range(n_folds) if f != i % n_folds)
        k = sum(counts[f, c] for f in range(n_folds) if f != i % n_folds)
        encoded.append((s + smoothing * prior) / (k + smoothing) if k + smoothing > 0 else prior)
    return encoded
