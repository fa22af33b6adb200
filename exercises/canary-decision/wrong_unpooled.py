"""Uses the unpooled standard error: near the boundary its z is smaller and a real regression is promoted."""

import math
from statistics import NormalDist


def canary_decision(
    baseline_errors: int,
    baseline_total: int,
    canary_errors: int,
    canary_total: int,
    *,
    min_requests: int = 1000,
    alpha: float = 0.05,
) -> str:
    for errors, total in ((baseline_errors, baseline_total), (canary_errors, canary_total)):
        if total < 0 or not 0 <= errors <= total:
            raise ValueError("error counts must be between 0 and their totals")
    if min_requests < 1 or not 0 < alpha < 1:
        raise ValueError("invalid settings")
    if baseline_total < min_requests or canary_total < min_requests:
        return "wait"
    p_b = baseline_errors / baseline_total
    p_c = canary_errors / canary_total
    se = math.sqrt(p_b * (1 - p_b) / baseline_total + p_c * (1 - p_c) / canary_total)
    if se == 0:
        return "promote"
    z = (p_c - p_b) / se
    return "rollback" if z > NormalDist().inv_cdf(1 - alpha) else "promote"
