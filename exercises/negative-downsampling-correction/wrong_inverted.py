"""Multiplies the negative side by the keep rate instead of dividing: the correction goes the wrong way."""


def recalibrate(q: float, keep_rate: float) -> float:
    if not 0 < keep_rate <= 1:
        raise ValueError("keep_rate must be in (0, 1]")
    if not 0 <= q <= 1:
        raise ValueError("q must be a probability in [0, 1]")
    return q / (q + (1 - q) * keep_rate)
