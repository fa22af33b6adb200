def expected_calibration_error(y_true: list[int], probs: list[float], n_bins: int = 10) -> float:
    """ECE over ``n_bins`` equal-width bins of predicted probability, weighted by bin size."""
    if len(y_true) != len(probs):
        raise ValueError("y_true and probs must have the same length")
    if not y_true:
        raise ValueError("no predictions")
    if n_bins < 1:
        raise ValueError("n_bins must be at least 1")
    if any(y not in (0, 1) for y in y_true):
        raise ValueError("labels must be 0 or 1")
    if any(not 0.0 <= p <= 1.0 for p in probs):
        raise ValueError("probabilities must be in [0, 1]")
    count = [0] * n_bins
    sum_prob = [0.0] * n_bins
    positives = [0] * n_bins
    for y, p in zip(y_true, probs, strict=True):
        b = min(int(p * n_bins), n_bins - 1)  # p = 1.0 belongs to the last bin
        count[b] += 1
        sum_prob[b] += p
        positives[b] += y
    n = len(y_true)
    return sum(abs(positives[b] - sum_prob[b]) / n for b in range(n_bins) if count[b])
