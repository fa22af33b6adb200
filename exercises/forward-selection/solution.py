from collections.abc import Callable


def forward_select(
    features: list[str],
    score: Callable[[list[str]], float],
    max_features: int | None = None,
    min_gain: float = 0.0,
) -> list[str]:
    """Greedy forward selection: add the feature that raises ``score`` most while it gains > min_gain."""
    if len(set(features)) != len(features):
        raise ValueError("feature names must be unique")
    if max_features is not None and max_features < 0:
        raise ValueError("max_features must be non-negative")
    if min_gain < 0:
        raise ValueError("min_gain must be non-negative")
    selected: list[str] = []
    remaining = list(features)
    best = score([])
    while remaining and (max_features is None or len(selected) < max_features):
        # max() keeps the first of equal scores: ties go to the feature listed first.
        candidate_score, candidate = max(
            ((score([*selected, f]), f) for f in remaining), key=lambda pair: pair[0]
        )
        if candidate_score - best <= min_gain:
            break
        selected.append(candidate)
        remaining.remove(candidate)
        best = candidate_score
    return selected
