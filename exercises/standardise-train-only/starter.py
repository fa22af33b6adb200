def standardise(
    train: list[list[float]], test: list[list[float]]
) -> tuple[list[list[float]], list[list[float]]]:
    """Scale each column to zero mean and unit variance with statistics from ``train`` only.

    Population standard deviation; a constant training column becomes 0.0. Raises ValueError for an
    empty train or rows of different widths.
    """
    raise NotImplementedError
