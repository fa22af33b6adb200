def assign_variant(user_id: str, experiment: str, weights: dict[str, float]) -> str:
    """The variant of ``experiment`` a user sees: deterministic, salted by the experiment, weighted.

    Raises ValueError for empty weights, a negative weight, or weights that are all 0.
    """
    raise NotImplementedError
