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
    """ "wait", "rollback" or "promote": a one-sided two-proportion z-test of the canary's error rate."""
    for errors, total in ((baseline_errors, baseline_total), (canary_errors, canary_total)):
        if total < 0 or not 0 <= errors <= total:
            raise ValueError("error counts must be between 0 and their totals")
    if min_requests < 1:
        raise ValueError("min_requests must be at least 1")
    if not 0 < alpha < 1:
        raise ValueError("alpha must be in (0, 1)")
    if baseline_total < min_requests or canary_total < min_requests:
        return "wait"
    p_base = baseline_errors / baseline_total
    p_canary = canary_errors / canary_total
    pooled = (baseline_errors + canary_errors) / (baseline_total + canary_total)
    se = math.sqrt(pooled * (1 - pooled) * (1 / baseline_total + 1 / canary_total))
    if se == 0:  # no errors at all (or nothing but errors): the two rates are equal
        return "promote"
    z = (p_canary - p_base) / se
    return "rollback" if z > NormalDist().inv_cdf(1 - alpha) else "promote"
