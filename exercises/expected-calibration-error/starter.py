def expected_calibration_error(y_true: list[int], probs: list[float], n_bins: int = 10) -> float:
    """ECE over ``n_bins`` equal-width bins of predicted probability, weighted by bin size.

    A probability of 1.0 belongs to the last bin. Raises ValueError for lists of different lengths,
    empty lists, n_bins < 1, a label other than 0 or 1, or a probability outside [0, 1].
    """
    raise NotImplementedError
