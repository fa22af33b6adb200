def wilson_interval(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval ``(low, high)`` for ``successes`` out of ``n`` trials.

    Raises ValueError for n <= 0, successes outside [0, n], or confidence outside (0, 1).
    """
    raise NotImplementedError
