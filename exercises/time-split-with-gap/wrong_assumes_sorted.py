"""Cuts by position as if the rows were sorted by time: correct on sorted input, wrong on a real table."""


def time_split(
    timestamps: list[int], cutoff: int, gap: int, horizon: int | None = None
) -> tuple[list[int], list[int]]:
    if gap < 0:
        raise ValueError("gap must be non-negative")
    if horizon is not None and horizon <= 0:
        raise ValueError("horizon must be positive")
    n = len(timestamps)
    first_gap = next((i for i, t in enumerate(timestamps) if t >= cutoff - gap), n)
    first_test = next((i for i, t in enumerate(timestamps) if t >= cutoff), n)
    end = n if horizon is None else next((i for i, t in enumerate(timestamps) if t >= cutoff + horizon), n)
    train, test = list(range(first_gap)), list(range(first_test, end))
    if not train or not test:
        raise ValueError("the split leaves no training or no test rows")
    return train, test
