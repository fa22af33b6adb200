def ks_statistic(a: list[float], b: list[float]) -> float:
    """Two-sample Kolmogorov-Smirnov statistic: the largest gap between the two empirical CDFs.

    Raises ValueError if either sample is empty; does not modify the inputs.
    """
    raise NotImplementedError
