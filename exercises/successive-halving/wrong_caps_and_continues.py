"""Caps the resource at max_resource and carries on: rungs repeat at the same budget."""


def successive_halving(
    n_configs: int, min_resource: int, eta: int, max_resource: int | None = None
) -> list[tuple[int, int]]:
    if n_configs < 1 or min_resource < 1 or eta < 2:
        raise ValueError("invalid arguments")
    if max_resource is not None and max_resource < min_resource:
        raise ValueError("max_resource must be at least min_resource")
    rungs = [(n_configs, min_resource)]
    n, r = n_configs, min_resource
    while n > 1:
        n, r = max(n // eta, 1), r * eta
        if max_resource is not None:
            r = min(r, max_resource)
        rungs.append((n, r))
    return rungs
