import math
from statistics import NormalDist


def wilson_interval(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a proportion: ``successes`` out of ``n`` trials."""
    if n <= 0:
        raise ValueError("n must be positive")
    if not 0 <= successes <= n:
        raise ValueError("successes must be between 0 and n")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be strictly between 0 and 1")
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)  # two-sided: 1.959964 for 95 %
    p = successes / n
    z2n = z * z / n
    centre = (p + z2n / 2) / (1 + z2n)
    half = z * math.sqrt(p * (1 - p) / n + z2n / (4 * n)) / (1 + z2n)
    # At 0 or n successes one bound is 0 or 1 exactly; clamp the rounding error.
    return max(0.0, centre - half), min(1.0, centre + half)
