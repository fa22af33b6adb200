from collections.abc import Callable


def forward_select(
    features: list[str],
    score: Callable[[list[str]], float],
    max_features: int | None = None,
    min_gain: float = 0.0,
) -> list[str]:
    """Greedy forward selection: add the feature that raises ``score`` most while it gains > min_gain.

    Ties go to the feature listed first. Raises ValueError for duplicate features, a negative
    max_features, or a negative min_gain.
    """
    raise NotImplementedError
