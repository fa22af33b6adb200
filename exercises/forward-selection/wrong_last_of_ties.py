"""Uses >= while scanning the candidates: of equal scores it keeps the last one listed, not the first."""

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
        top, top_score = None, float("-inf")
        for f in remaining:
            s = score([*selected, f])
            if s >= top_score:
                top, top_score = f, s
        if top is None or top_score - best <= min_gain:
            break
        selected.append(top)
        remaining.remove(top)
        best = top_score
    return selected
