def recalibrate(q: float, keep_rate: float) -> float:
    """The real probability behind a score q from a model trained with negatives kept at keep_rate.

    Raises ValueError unless 0 < keep_rate <= 1 and 0 <= q <= 1.
    """
    raise NotImplementedError
