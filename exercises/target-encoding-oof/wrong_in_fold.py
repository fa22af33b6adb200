"""Plain target encoding over all rows: each row's encoding includes its own target (a label leak)."""

from collections import defaultdict


def target_encode_oof(
    categories: list[str], targets: list[float], n_folds: int, smoothing: float
) -> list[float]:
    n = len(categories)
    if len(targets) != n or not 2 <= n_folds <= n or smoothing < 0:
        raise ValueError("invalid input")
    prior = sum(targets) / n
    sums: defaultdict[str, float] = defaultdict(float)
    counts: defaultdict[str, int] = defaultdict(int)
    for c, y in zip(categories, targets, strict=True):
        sums[c] += y
        counts[c] += 1
    return [(sums[c] + smoothing * prior) / (counts[c] + smoothing) for c in categories]
