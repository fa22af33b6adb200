"""Flags only auc >= max_auc: a feature that separates the classes backwards (AUC near 0) passes."""


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
    for name in sorted(features):
        times = feature_times.get(name)
        if times is not None and any(ft > lt for ft, lt in zip(times, label_times, strict=True)):
            leaks[name] = "recorded after label"
        elif _roc_auc(labels, features[name]) >= max_auc:
            leaks[name] = "too predictive"
    return leaks


def _roc_auc(labels: list[int], scores: list[float]) -> float:
    order = sorted(range(len(scores)), key=scores.__getitem__)
    n_pos = sum(labels)
    rank_sum = 0.0
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and scores[order[end + 1]] == scores[order[start]]:
            end += 1
        rank_sum += ((start + end) / 2 + 1) * sum(labels[k] for k in order[start : end + 1])
        start = end + 1
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * (len(labels) - n_pos))
