def roc_auc(y_true: list[int], scores: list[float]) -> float:
    """ROC-AUC from ranks (Mann-Whitney U); tied scores share their average rank.

    Raises ValueError for lists of different lengths, a label other than 0 or 1, or a single class.
    """
    raise NotImplementedError
