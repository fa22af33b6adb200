def psi(reference: list[float], current: list[float], edges: list[float], floor: float = 1e-4) -> float:
    """Population stability index of ``current`` against ``reference`` over fixed bin edges.

    A value equal to an edge belongs to the bin above it; each share is raised to at least ``floor``.
    Raises ValueError for an empty sample, edges not strictly increasing, or a floor that is not positive.
    """
    raise NotImplementedError
