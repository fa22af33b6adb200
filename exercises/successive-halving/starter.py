def successive_halving(
    n_configs: int, min_resource: int, eta: int, max_resource: int | None = None
) -> list[tuple[int, int]]:
    """The rungs of successive halving: (configurations still running, resource each gets) per rung.

    Raises ValueError for n_configs < 1, min_resource < 1, eta < 2, or max_resource < min_resource.
    """
    raise NotImplementedError
