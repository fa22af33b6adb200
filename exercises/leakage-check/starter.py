def leaky_features(
    features: dict[str, list[float]],
    labels: list[int],
    label_times: list[float],
    feature_times: dict[str, list[float]],
    max_auc: float = 0.95,
) -> dict[str, str]:
    """Features that leak the label, by name (sorted): "recorded after label" or "too predictive".

    Raises ValueError for columns of the wrong length, labels that are not 0/1 with both classes,
    or max_auc outside (0.5, 1].
    """
    raise NotImplementedError
