def recalibrate(q: float, keep_rate: float) -> float:
    """The real probability behind a score q from a model trained with negatives kept at keep_rate."""
    if not 0 < keep_rate <= 1:
        raise ValueError("keep_rate must be in (0, 1]")
    if not 0 <= q <= 1:
        raise ValueError("q must be a probability in [0, 1]")
    # Each kept negative stands for 1 / keep_rate real ones: scale the negative odds back up.
    return q / (q + (1 - q) / keep_rate)
