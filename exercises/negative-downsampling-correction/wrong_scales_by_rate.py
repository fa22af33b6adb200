"""Multiplies the score by the keep rate: close for tiny scores only, and 1.0 no longer maps to 1.0."""


def recalibrate(q: float, keep_rate: float) -> float:
    if not 0 < keep_rate <= 1:
        raise ValueError("keep_rate must be in (0, 1]")
    if not 0 <= q <= 1:
        raise ValueError("q must be a probability in [0, 1]")
    return q * keep_rate
