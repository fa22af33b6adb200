def ks_statistic(a: list[float], b: list[float]) -> float:
    """Two-sample Kolmogorov-Smirnov statistic: the largest gap between the two empirical CDFs."""
    if not a or not b:
        raise ValueError("both samples must be non-empty")
    xs, ys = sorted(a), sorted(b)  # sorted() copies: the caller's lists stay as they were
    n, m = len(xs), len(ys)
    i = j = 0
    d = 0.0
    while i < n and j < m:
        x = min(xs[i], ys[j])
        # Step past every copy of x on both sides before comparing: the CDFs are step functions,
        # and between the copies of a tied value neither is defined.
        while i < n and xs[i] == x:
            i += 1
        while j < m and ys[j] == x:
            j += 1
        d = max(d, abs(i / n - j / m))
    return d
