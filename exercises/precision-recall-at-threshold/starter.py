def precision_recall_at(y_true: list[int], scores: list[float], threshold: float) -> tuple[float, float]:
    """Precision and recall when every score at or above ``threshold`` is predicted positive.

    An undefined ratio is 0.0. Raises ValueError for lists of different lengths, empty lists, or a
    label other than 0 or 1.
    """
    raise NotImplementedError
