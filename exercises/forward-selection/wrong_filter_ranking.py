"""Scores each feature alone once and adds them in that order: a filter method that misses combinations."""

from collections.abc import Callable


def forward_select(
    features: list[str],
    score: Callable[[list[str]], float],
    max_features: int | None = None,
    min_gain: float = 0.0,
) -> list[str]:
    if len(set(features)) != len(features) or min_gain < 0:
        raise ValueError("invalid arguments")
    if max_features is not None and max_features < 0:
        raise ValueError("max_features must be non-negative")
    ranked = sorted(features, key=lambda f: -score([f]))
    selected: list[str] = []
    best = score([])
    for f in ranked:
        if max_features is not None and len(selected) >= max_features:
            break
        candidate = score([*selected, f])
        if candidate - best <= min_gain:
            break
        selected.append(f)
        best = candidate
    return selected
