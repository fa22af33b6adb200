def time_split(
    timestamps: list[int], cutoff: int, gap: int, horizon: int | None = None
) -> tuple[list[int], list[int]]:
    """Row indices for training (before cutoff - gap) and testing (from cutoff, for horizon)."""
    if gap < 0:
        raise ValueError("gap must be non-negative")
    if horizon is not None and horizon <= 0:
        raise ValueError("horizon must be positive")
    end = None if horizon is None else cutoff + horizon
    train = [i for i, t in enumerate(timestamps) if t < cutoff - gap]
    test = [i for i, t in enumerate(timestamps) if t >= cutoff and (end is None or t < end)]
    if not train or not test:
        raise ValueError("the split leaves no training or no test rows")
    return train, test
