"""Ranks tied values by their position: a constant column sorted by label looks perfectly predictive."""


def leaky_features(
    features: dict[str, list[float]],
    labels: list[int],
    label_times: list[float],
    feature_times: dict[str, list[float]],
    max_auc: float = 0.95,
) -> dict[str, str]:
    n = len(labels)
    if len(label_times) != n or any(len(v) != n for v in [*features.values(), *feature_times.values()]):
        raise ValueError("every column must have one value per row")
    if any(y not in (0, 1) for y in labels) or len(set(labels)) < 2:
        raise ValueError("labels must be 0 or 1, with both classes present")
    if not 0.5 < max_auc <= 1:
        raise ValueError("max_auc must be in (0.5, 1]")
    leaks: dict[str, str] = {}
    n_pos = sum(labels)
    for name in sorted(features):
        times = feature_times.get(name)
        if times is not None and any(ft > lt for ft, lt in zip(times, label_times, strict=True)):
            leaks[name] = "recorded after label"
            continue
        order = sorted(range(n), key=features[name].__getitem__)
        rank_sum = sum(rank for rank, k in enumerate(order, start=1) if labels[k] == 1)
        auc = (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * (n - n_pos))
        if max(auc, 1 - auc) >= max_auc:
            leaks[name] = "too predictive"
    return leaks
