def time_split(
    timestamps: list[int], cutoff: int, gap: int, horizon: int | None = None
) -> tuple[list[int], list[int]]:
    """Row indices for training (t < cutoff - gap) and testing (cutoff <= t < cutoff + horizon).

    Raises ValueError for gap < 0, a horizon that is not positive, or an empty train or test side.
    """
    raise NotImplementedError
