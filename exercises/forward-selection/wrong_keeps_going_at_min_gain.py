"""Stops only when the gain is below min_gain: a gain exactly equal to it (zero by default) keeps adding."""

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
    selected: list[str] = []
    remaining = list(features)
    best = score([])
    while remaining and (max_features is None or len(selected) < max_features):
        candidate_score, candidate = max(((score([*selected, f]), f) for f in remaining), key=lambda p: p[0])
        if candidate_score - best < min_gain:
            break
        selected.append(candidate)
        remaining.remove(candidate)
        best = candidate_score
    return selected
