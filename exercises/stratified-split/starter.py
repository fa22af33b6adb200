def stratified_split(labels: list[str | int], test_fraction: float, seed: int) -> tuple[list[int], list[int]]:
    """Train and test row indices, each class split in the same proportion; both lists sorted.

    Each class with n >= 2 rows puts floor(n * test_fraction + 0.5), clamped to [1, n - 1], rows in
    the test set; a single-row class goes to training. Raises ValueError unless 0 < test_fraction < 1.
    """
    raise NotImplementedError
