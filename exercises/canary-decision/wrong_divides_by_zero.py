"""No guard for se = 0: a canary and baseline without a single error crash the pipeline."""

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
    pooled = (baseline_errors + canary_errors) / (baseline_total + canary_total)
    se = math.sqrt(pooled * (1 - pooled) * (1 / baseline_total + 1 / canary_total))
    z = (canary_errors / canary_total - baseline_errors / baseline_total) / se
    return "rollback" if z > NormalDist().inv_cdf(1 - alpha) else "promote"
