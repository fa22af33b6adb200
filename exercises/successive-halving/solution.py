def successive_halving(
    n_configs: int, min_resource: int, eta: int, max_resource: int | None = None
) -> list[tuple[int, int]]:
    """The rungs of successive halving: (configurations still running, resource each gets) per rung."""
    if n_configs < 1 or min_resource < 1:
        raise ValueError("n_configs and min_resource must be at least 1")
    if eta < 2:
        raise ValueError("eta must be at least 2")
    if max_resource is not None and max_resource < min_resource:
        raise ValueError("max_resource must be at least min_resource")
    rungs = [(n_configs, min_resource)]
    n, r = n_configs, min_resource
    while n > 1:
        n, r = max(n // eta, 1), r * eta  # keep the best 1/eta (at least one), give each eta times more
        if max_resource is not None and r > max_resource:
            break
        rungs.append((n, r))
    return rungs
