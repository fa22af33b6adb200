def canary_decision(
    baseline_errors: int,
    baseline_total: int,
    canary_errors: int,
    canary_total: int,
    *,
    min_requests: int = 1000,
    alpha: float = 0.05,
) -> str:
    """ "wait", "rollback" or "promote": a one-sided two-proportion z-test of the canary's error rate.

    Raises ValueError for counts outside [0, total], min_requests < 1, or alpha outside (0, 1).
    """
    raise NotImplementedError
