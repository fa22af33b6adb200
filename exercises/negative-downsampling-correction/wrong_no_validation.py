"""No validation: keep_rate 0 raises ZeroDivisionError and out-of-range inputs return nonsense."""


def recalibrate(q: float, keep_rate: float) -> float:
    return q / (q + (1 - q) / keep_rate)
